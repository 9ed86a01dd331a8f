// Why does a customer stay? (MODEL.md §3) Counterfactual attribution against the rival that
// threatens it most, using exactly the terms of the switching decision (utility.ts):
//
//   margin = value + price + incentive + kinship + switchingCost      (stays while margin ≥ 0)
//
// Attribution order — the first rule that holds names the type:
//   1. monopoly   not free to choose, or no rival is open to it            (an alternative appears)
//   2. inertia    margin < 0: it would leave if it looked; habit keeps it  (it looks)
//   3. kinship    margin − kinship < 0                                     (the tie ends)
//   4. incentive  margin − incentive < 0                                   (the rewards stop)
//   5. price      margin − price < 0                                       (a cheaper offer comes)
//   6. inertia    margin − switchingCost < 0                               (switching becomes free)
//   7. value      value alone (with any price or reward handicap) ≥ 0      (robust)
//   8. otherwise several supports hold it jointly: the largest of them names the type.
// Bought supports (kinship, incentive, price) are tested before switching cost so that loyalty a
// firm pays for is never reported as habit; value is what is left when nothing bought is needed.
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import type { Population } from './population.ts';
import { isFree } from './match.ts';
import { createParts, INCENTIVE, KINSHIP, PRICE, strongestRival, switchingCostOf, total, VALUE, type Parts } from './utility.ts';

export const LOYALTY_TYPES = ['monopoly', 'inertia', 'price', 'incentive', 'value', 'kinship'] as const;
export type LoyaltyType = (typeof LOYALTY_TYPES)[number];
export const LOYALTY = { monopoly: 0, inertia: 1, price: 2, incentive: 3, value: 4, kinship: 5 } as const;

export const JS_CLASSES = ['apostle', 'loyalist', 'mercenary', 'hostage', 'defector', 'terrorist'] as const;
export type JsClass = (typeof JS_CLASSES)[number];
export const JS = { apostle: 0, loyalist: 1, mercenary: 2, hostage: 3, defector: 4, terrorist: 5 } as const;

/** Jones–Sasser zones on the 1–5 satisfaction scale: defection ≤ 3.75 < indifference ≤ 4.5 < affection. */
export const ZONE = { defection: 3.75, affection: 4.5 } as const;

export interface Attribution {
  type: number;
  /** margin + switching cost against the strongest rival; +Infinity when not free to choose. */
  margin: number;
  parts: Parts;
}

export function createAttribution(): Attribution {
  return { type: LOYALTY.value, margin: 0, parts: createParts() };
}

/** Classifies customer i of firm k into `out`. Pure arithmetic: no random draws. */
export function attribute(pop: Population, m: Market, params: Params, i: number, k: number, out: Attribution): Attribution {
  const p = out.parts;
  const j = isFree(pop, i, m.openness) ? strongestRival(pop, m, params, i, k, p) : -1;
  if (j < 0) {
    out.type = LOYALTY.monopoly;
    out.margin = Infinity;
    return out;
  }
  const cost = switchingCostOf(pop, m, params, i, k);
  const margin = total(p) + cost;
  out.margin = margin;
  out.type = typeOf(margin, p[VALUE], p[PRICE], p[INCENTIVE], p[KINSHIP], cost);
  return out;
}

/** Type named by each rule of the attribution order, indexed by the rule's bit in typeOf(). */
const RULE_TYPE = Uint8Array.of(LOYALTY.value, LOYALTY.inertia, LOYALTY.price, LOYALTY.incentive, LOYALTY.kinship, LOYALTY.inertia);

/** Rules 2–8 of the attribution order, from the parts of the margin (rule 1 is the caller's).
 *  Rules 2–7 are tested all at once as bits, the first rule in the order on the highest bit, so
 *  the first that holds is the highest set bit: this runs for every customer every period, and
 *  which rule holds is data the branch predictor cannot guess. */
export function typeOf(margin: number, value: number, price: number, incentive: number, kinship: number, cost: number): number {
  // (once margin ≥ 0, "x > 0 and margin − x < 0" is just margin < x; below 0 rule 2 wins anyway)
  const holds =
    (+(margin < 0) << 5) |
    (+(margin < kinship) << 4) |
    (+(margin < incentive) << 3) |
    (+(margin < price) << 2) |
    (+(margin < cost) << 1) |
    +(value + Math.min(0, price) + Math.min(0, incentive) >= 0);
  if (holds !== 0) return RULE_TYPE[31 - Math.clz32(holds)];
  // rule 8, several supports hold it jointly: the largest names it
  let type: number = LOYALTY.inertia;
  let best = cost;
  if (price > best) (best = price), (type = LOYALTY.price);
  if (incentive > best) (best = incentive), (type = LOYALTY.incentive);
  if (kinship > best) type = LOYALTY.kinship;
  return type;
}

/** Jones–Sasser class of a current customer from its satisfaction and attribution. */
export function jonesSasser(satisfaction: number, a: Attribution): number {
  return jsClassOf(satisfaction, a.type, a.margin);
}

export function jsClassOf(satisfaction: number, type: number, margin: number): number {
  const zone = +(satisfaction > ZONE.defection) + +(satisfaction > ZONE.affection);
  return CLASS_TABLE[(zone * 2 + +(margin >= 0)) * LOYALTY_TYPES.length + type];
}

/** The Jones–Sasser rule, for each zone × held × type: looked up, not branched on, in the loop. */
function classRule(zone: number, held: boolean, type: number): number {
  if (zone > 0) {
    const trueLoyalty = type === LOYALTY.value || type === LOYALTY.kinship || type === LOYALTY.monopoly;
    if (held && trueLoyalty) return zone === 2 ? JS.apostle : JS.loyalist;
    return JS.mercenary;
  }
  return held ? JS.hostage : JS.defector;
}

const CLASS_TABLE = Uint8Array.from({ length: 3 * 2 * LOYALTY_TYPES.length }, (_, n) =>
  classRule(Math.floor(n / (2 * LOYALTY_TYPES.length)), Math.floor(n / LOYALTY_TYPES.length) % 2 === 1, n % LOYALTY_TYPES.length),
);

/** Jones–Sasser class of someone outside the category who left a firm. */
export function exCustomerClass(p: Params, satisfaction: number): number {
  return satisfaction < p.terroristThreshold ? JS.terrorist : JS.defector;
}

/** A 0–1 loyalty index for the satisfaction × loyalty map: 0.5 where the customer is
 *  indifferent between staying and its strongest rival. */
export function loyaltyIndex(a: Attribution): number {
  if (!Number.isFinite(a.margin)) return 0.97;
  return 0.5 + (0.5 * a.margin) / (1 + Math.abs(a.margin));
}
