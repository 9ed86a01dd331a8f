// The simulation's memory, described once: the customers' arrays, the firms' per-period tables,
// the kernel's own buffers and the period's scalars. Everything else follows from this table:
// allocatePopulation() and the kernel's memory (kernelMemory.ts) allocate in its order, and
// the kernel's glue — a pointer global per array and an index per scalar, and the layout()
// that reads the pointers — is generated from it (scripts/kernel-glue.ts writes
// kernel/layout.generated.ts; a test checks it is current). Add a row here, run
// `npm run wasm`, and the kernel can read the new array by its name.
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import type { DecisionPlan } from './plan.ts';
import { UNIT_SD, KNOWN_FIT, STAKE_TABLE } from './kernel/constants.ts';
import { BLOCK, EVENTS, MOOD, SUM, TYPE_CLASS } from './tally.ts';
import { M } from './measures.ts';

type ArrayType = typeof Uint8Array | typeof Int8Array | typeof Uint16Array | typeof Float32Array;

/** A customer array: its name in Population, its element type, and elements per customer. */
export const CUSTOMER_ARRAYS = [
  ['provider', Uint8Array, 'one'], // firm index, or NO_PROVIDER for prospects outside the category
  ['lastProvider', Uint8Array, 'one'], // firm left most recently, for defectors and terrorists
  ['tier', Uint8Array, 'one'],
  ['traits', Uint8Array, 'one'],
  ['tenure', Uint16Array, 'one'], // periods with the current provider
  ['joined', Uint16Array, 'one'], // period the current relationship started (cohort)
  ['satisfaction', Float32Array, 'one'],
  ['expectation', Float32Array, 'one'],
  ['trust', Float32Array, 'one'], // 0–1: cognitive < 1/3 ≤ affective < 2/3 ≤ behavioural
  ['switchingCost', Float32Array, 'one'], // habit and learning, utility points
  ['priceSensitivity', Float32Array, 'one'],
  ['dealSensitivity', Float32Array, 'one'],
  ['budget', Float32Array, 'one'], // category spend per period
  ['walletShare', Float32Array, 'one'], // share of budget spent with the provider (客户占有率)
  ['loyaltyType', Uint8Array, 'one'],
  ['jsClass', Uint8Array, 'one'],
  ['happened', Uint16Array, 'one'],
  ['grudge', Uint16Array, 'one'], // periods a terrorist keeps talking (a year of days is 365)
  ['fit', Int8Array, 'perFirm'], // fit[i * firms + k], ±127 = ±matchSpread
  ['freedom', Uint8Array, 'one'], // free to choose while freedom < 256 · openness
] as const satisfies readonly (readonly [string, ArrayType, 'one' | 'perFirm'])[];

type Source = (m: Market, p: Params, plan: DecisionPlan) => ArrayLike<number>;

/** The firms' tables, copied into the kernel's memory every period: type, length for K firms,
 *  and where the period's values come from. */
export const FIRM_TABLES = [
  ['typical', Float64Array, (K) => K * 3, (m) => m.typical],
  ['personal', Float64Array, (K) => K * 3, (m) => m.personal],
  ['failureRate', Float64Array, (K) => K, (m) => m.failureRate],
  ['price', Float64Array, (K) => K, (m) => m.lever.price],
  ['promise', Float64Array, (K) => K, (m) => m.lever.promise],
  ['programme', Float64Array, (K) => K, (m) => m.lever.programme],
  ['lockIn', Float64Array, (K) => K, (m) => m.lever.lockIn],
  ['offerDiscount', Float64Array, (K) => K, (m) => m.lever.offerDiscount],
  ['offerCum', Float64Array, (K) => K * K, (_, __, plan) => plan.offerCum],
  ['entryCum', Float64Array, (K) => K, (_, __, plan) => plan.entryCum],
  ['hasRival', Uint8Array, (K) => K, (_, __, plan) => plan.hasRival],
  ['rivals', Uint8Array, (K) => K * K, (m) => m.rivals],
  ['rivalCount', Uint8Array, (K) => K, (m) => m.rivalCount],
  ['expectBase', Float64Array, (K) => K, (m) => m.expectBase],
  ['expectPrice', Float64Array, (K) => K, (m) => m.expectPrice],
  ['priceGap', Float64Array, (K) => K * K, (m) => m.priceGap],
  ['complaintEncouragement', Float64Array, (K) => K, (m) => m.lever.complaintEncouragement],
  ['recoveryRate', Float64Array, (K) => K, (m) => m.lever.recoveryRate],
  ['recoverySpeed', Float64Array, (K) => K, (m) => m.lever.recoverySpeed],
  ['repurchase', Float64Array, () => 8, (_, p) => p.repurchase],
  ['stakeTable', Float64Array, () => STAKE_TABLE, (_, p) => p.stakeTable],
] as const satisfies readonly (readonly [string, typeof Float64Array | typeof Uint8Array, (K: number) => number, Source])[];

/** The kernel's own buffers: the moves, the scalars, the tallies, a chunk's draws and the
 *  tables it derives itself. Sizes are filled in by kernelMemory.ts. */
export const KERNEL_BUFFERS = ['moves', 'scalars', 'acc', 'drawBuffer', 'rivalRecords'] as const;

/** The period's scalars, each with where its value comes from. */
export const SCALARS = {
  fitScale: (m, p) => p.fitScale,
  qualitySd: (m, p) => p.qualityNoise * UNIT_SD,
  baseSatisfaction: (m, p) => p.baseSatisfaction,
  disconfirmationWeight: (m, p) => p.disconfirmationWeight,
  priceWeightInSatisfaction: (m, p) => p.priceWeightInSatisfaction,
  satisfactionMemory: (m, p) => p.satisfactionMemory,
  expectationAdaptation: (m, p) => p.expectationAdaptation,
  expectationDrift: (m, p) => p.expectationDrift,
  trustGain: (m, p) => p.trustGain,
  trustLoss: (m, p) => p.trustLoss,
  failureTrustGain: (m, p) => p.failureTrustGain,
  failureTrustLoss: (m, p) => p.failureTrustLoss,
  norm: (m) => m.norm,
  exitRate: (m, p) => p.leaveCategoryRate,
  freeBelow: (m) => 256 * m.openness,
  searchBelow: (m, p) => p.searchThreshold,
  searchRate: (m, p) => p.searchRate,
  wS: (m, p) => p.wSatisfaction,
  wT: (m, p) => p.wTrust,
  wPrice: (m, p) => p.wPrice,
  wIncentive: (m, p) => p.wIncentive,
  wKinship: (m, p) => p.wKinship,
  fitWeight: (m, p) => p.disconfirmationWeight * KNOWN_FIT * p.fitScale,
  tieCost: (m, p) => p.numberTieCost * m.numberTieRemaining,
  noiseSd: (m, p) => p.decisionNoise * UNIT_SD,
  terroristThreshold: (m, p) => p.terroristThreshold,
  terroristPeriods: (m, p) => p.terroristPeriods,
  walletAdaptation: (m, p) => p.walletAdaptation,
  majorShare: (m, p) => p.majorShare,
  complaintRate: (m, p) => p.complaintRate,
  failureImpact: (m, p) => p.failureImpact,
  recoveryBonus: (m, p) => p.recoveryBonus,
  doWithout: (m, p) => p.doWithout,
} as const satisfies Record<string, (m: Market, p: Params) => number>;

/** Names of the pointers the kernel reads in layout(), in the order of its table. */
export const POINTERS = [...CUSTOMER_ARRAYS.map(([name]) => name), ...FIRM_TABLES.map(([name]) => name), ...KERNEL_BUFFERS];

/** Integers the kernel reads once per simulation: where each count and sum sits in a firm ×
 *  tier block of the tallies (tally.ts). */
export const INTEGERS = {
  BLOCK: () => BLOCK,
  SUM0: () => SUM.spend,
  TYPE_CLASS: () => TYPE_CLASS,
  EVENTS: () => EVENTS,
  MOOD: () => MOOD,
  CHURNED: () => M.churned,
  SWITCHED_OUT: () => M.switchedOut,
  EXITED: () => M.exited,
  JS0: () => M.js_apostle,
} as const satisfies Record<string, () => number>;
