// The customers: one typed array per attribute, indexed by customer id, allocated once.
//
// Numeric types, chosen on purpose: continuous psychological states are Float32 (enough
// resolution for 1–5 scales; half the memory of Float64). All arithmetic runs in float64 and is
// rounded to float32 once per store, which is IEEE-exact in every JS engine, so Node and
// Chromium give bit-identical states. Categorical states are Uint8, counters Uint16.
export const NO_PROVIDER = 255;

/** Value tier by category budget: top 20%, next 30%, bottom 50% (the 80/20 rule). */
export const TIERS = ['high', 'mid', 'low'] as const;
export type Tier = (typeof TIERS)[number];

/** Bits of `happened`: what happened to a customer this period (reset every period). */
export const HAPPENED = {
  failure: 1,
  major: 2,
  complained: 4,
  resolved: 8,
  quick: 16,
  offer: 32,
  searched: 64,
  switched: 128, // arrived from a rival this period
  left: 256, // left the provider this period (to a rival or out of the category)
  entered: 512, // arrived from outside the category this period
} as const;

/** Bits of `traits`: fixed for life. A kinship tie is to one firm, stored in bits 4–6. */
export const TRAIT = { kin: 1, numberTie: 2 } as const;
export const KIN_FIRM_SHIFT = 4;

/** Whether customer traits `t` hold a kinship tie to firm k. */
export const kinTo = (t: number, k: number) => (t & TRAIT.kin) !== 0 && t >> KIN_FIRM_SHIFT === k;

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
  readonly grudge: Uint8Array; // periods a terrorist keeps talking
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

/** Makes a zeroed typed array of `length` elements: by default on the JS heap; the WebAssembly
 *  period (wasmKernel.ts) hands out views of its own memory instead. */
export type Allocate = <T>(Type: TypedArrayType<T>, length: number) => T;

export const onHeap: Allocate = (Type, length) => new Type(length);

export function allocatePopulation(size: number, firms: number, allocate: Allocate = onHeap): Population {
  const u8 = (n = size) => allocate(Uint8Array, n);
  const u16 = () => allocate(Uint16Array, size);
  const f32 = () => allocate(Float32Array, size);
  return {
    size,
    firms,
    provider: u8().fill(NO_PROVIDER),
    lastProvider: u8().fill(NO_PROVIDER),
    tier: u8(),
    traits: u8(),
    tenure: u16(),
    joined: u16(),
    satisfaction: f32(),
    expectation: f32(),
    trust: f32(),
    switchingCost: f32(),
    priceSensitivity: f32(),
    dealSensitivity: f32(),
    budget: f32(),
    walletShare: f32(),
    loyaltyType: u8(),
    jsClass: u8(),
    happened: u16(),
    grudge: u8(),
    fit: allocate(Int8Array, size * firms),
    freedom: u8(),
  };
}

/** Bytes of state per customer: what the benchmark reports. */
export function bytesPerCustomer(pop: Population): number {
  let bytes = 0;
  for (const v of Object.values(pop)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
  return bytes / pop.size;
}
