// The customers: one typed array per attribute, indexed by customer id, allocated once.
//
// Numeric types, chosen on purpose: continuous psychological states are Float32 (enough
// resolution for 1–5 scales; half the memory of Float64). All arithmetic runs in float64 and is
// rounded to float32 once per store, which is IEEE-exact in every JS engine, so Node and
// Chromium give bit-identical states. Categorical states are Uint8, counters Uint16.
import * as C from './kernel/customer.ts';
import { CUSTOMER_ARRAYS } from './layout.ts';

export const NO_PROVIDER = C.NO_PROVIDER;

/** Value tier by category budget: top 20%, next 30%, bottom 50% (the 80/20 rule). */
export const TIERS = ['high', 'mid', 'low'] as const;
export type Tier = (typeof TIERS)[number];

/** Bits of `happened`: what happened to a customer this period (reset every period). */
export const HAPPENED = {
  failure: C.FAILURE,
  major: C.MAJOR,
  complained: C.COMPLAINED,
  resolved: C.RESOLVED,
  quick: C.QUICK,
  offer: C.OFFER,
  searched: C.SEARCHED,
  switched: C.SWITCHED, // arrived from a rival this period
  left: C.LEFT, // left the provider this period (to a rival or out of the category)
  entered: C.ENTERED, // arrived from outside the category this period
} as const;

/** Bits of `traits`: fixed for life. A kinship tie is to one firm, stored in bits 4–6. */
export const TRAIT = { kin: C.KIN, numberTie: C.NUMBER_TIE } as const;
export const KIN_FIRM_SHIFT = C.KIN_FIRM_SHIFT;

/** Whether customer traits `t` hold a kinship tie to firm k. */

export interface Population {
  readonly size: number;
  readonly firms: number;
  // who and where
  readonly provider: Uint8Array; // firm index, or NO_PROVIDER for prospects outside the category
  readonly lastProvider: Uint8Array; // firm left most recently, for defectors and terrorists
  readonly tier: Uint8Array;
  readonly traits: Uint8Array;
  readonly tenure: Uint16Array; // periods with the current provider
  readonly joined: Uint16Array; // period the current relationship started (cohort)
  // psychology (1–5 scales unless noted)
  readonly satisfaction: Float32Array;
  readonly expectation: Float32Array;
  readonly trust: Float32Array; // 0–1: cognitive < 1/3 ≤ affective < 2/3 ≤ behavioural
  readonly switchingCost: Float32Array; // habit and learning, utility points
  readonly priceSensitivity: Float32Array;
  readonly dealSensitivity: Float32Array;
  // money
  readonly budget: Float32Array; // category spend per period
  readonly walletShare: Float32Array; // share of budget spent with the provider (客户占有率)
  // outputs of the last period
  readonly loyaltyType: Uint8Array;
  readonly jsClass: Uint8Array;
  readonly happened: Uint16Array;
  readonly grudge: Uint16Array; // periods a terrorist keeps talking
  // constants: fit with each firm (fit[i * firms + k], ±127 = ±matchSpread) and freedom of choice
  readonly fit: Int8Array;
  readonly freedom: Uint8Array; // free to choose while freedom < 256 · openness
}

/** A typed-array constructor: Uint8Array, Float32Array… */
export interface TypedArrayType<T> {
  new (length: number): T;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** Makes a zeroed typed array of `length` elements: by default on the JS heap; a simulation
 *  (kernelMemory.ts) hands out views of its one memory, which the kernel reads, instead. */
export type Allocate = <T>(Type: TypedArrayType<T>, length: number) => T;

export const onHeap: Allocate = (Type, length) => new Type(length);

/** The customers' arrays, in the order and types of layout.ts CUSTOMER_ARRAYS. */
export function allocatePopulation(size: number, firms: number, allocate: Allocate = onHeap): Population {
  const pop: Record<string, unknown> = { size, firms };
  for (const [name, Type, per] of CUSTOMER_ARRAYS) pop[name] = allocate<ArrayBufferView>(Type, per === 'perFirm' ? size * firms : size);
  (pop.provider as Uint8Array).fill(NO_PROVIDER);
  (pop.lastProvider as Uint8Array).fill(NO_PROVIDER);
  return pop as unknown as Population;
}

/** Bytes of state per customer: what the benchmark reports. */
export function bytesPerCustomer(pop: Population): number {
  let bytes = 0;
  for (const v of Object.values(pop)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
  return bytes / pop.size;
}

/** The Population's arrays are exactly the layout's customer arrays (a compile-time check). */
type LayoutNames = (typeof CUSTOMER_ARRAYS)[number][0];
type ArrayNames = Exclude<keyof Population, 'size' | 'firms'>;
export const LAYOUT_MATCHES_POPULATION: [LayoutNames] extends [ArrayNames] ? ([ArrayNames] extends [LayoutNames] ? true : never) : never = true;
