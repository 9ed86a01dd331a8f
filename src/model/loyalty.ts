// Loyalty types and Jones–Sasser classes by name, for the measures, the inspector and the UI.
// The attribution itself — why a customer stays, by counterfactual against its strongest
// rival, and its class — is a mechanism of the kernel (drivers/loyalty.ts, the order of rules
// is written there); attribute() (attribute.ts) runs it for one customer.
import * as L from './drivers/loyalty.ts';
import { AFFECTION_ZONE, DEFECTION_ZONE } from './kernel/scales.ts';

export const LOYALTY_TYPES = ['monopoly', 'inertia', 'price', 'incentive', 'value', 'kinship'] as const;
export type LoyaltyType = (typeof LOYALTY_TYPES)[number];
export const LOYALTY = { monopoly: L.MONOPOLY, inertia: L.INERTIA, price: L.PRICE, incentive: L.INCENTIVE, value: L.VALUE, kinship: L.KINSHIP } as const;

export const JS_CLASSES = ['apostle', 'loyalist', 'mercenary', 'hostage', 'defector', 'terrorist'] as const;
export type JsClass = (typeof JS_CLASSES)[number];
export const JS = {
  apostle: L.APOSTLE,
  loyalist: L.LOYALIST,
  mercenary: L.MERCENARY,
  hostage: L.HOSTAGE,
  defector: L.DEFECTOR,
  terrorist: L.TERRORIST,
} as const;

/** Jones–Sasser zones on the 1–5 satisfaction scale: defection ≤ 3.75 < indifference ≤ 4.5 < affection. */
/** The Jones–Sasser class from satisfaction, loyalty type and margin (the kernel's rule). */
export const jsClassOf = (satisfaction: number, type: number, margin: number): number => L.jsClassOf(satisfaction, type, margin);

export const ZONE = { defection: DEFECTION_ZONE, affection: AFFECTION_ZONE } as const;

export interface Attribution {
  type: number;
  /** margin + switching cost against the strongest rival; +Infinity when not free to choose. */
  margin: number;
}

export function createAttribution(): Attribution {
  return { type: LOYALTY.value, margin: 0 };
}

/** Jones–Sasser class of a current customer from its satisfaction and attribution. */
export function jonesSasser(satisfaction: number, a: Attribution): number {
  return L.jsClassOf(satisfaction, a.type, a.margin);
}

/** A 0–1 loyalty index for the satisfaction × loyalty map: 0.5 where the customer is
 *  indifferent between staying and its strongest rival. */
export function loyaltyIndex(a: Attribution): number {
  if (!Number.isFinite(a.margin)) return 0.97;
  return 0.5 + (0.5 * a.margin) / (1 + Math.abs(a.margin));
}
