// Runs the period loop compiled to WebAssembly (wasm/period.as.ts) with the same arguments as
// the TypeScript passes (period.ts stepCustomers). The customers live in the module's memory:
// every Population array is a view of it, so nothing is copied in or out but the firms' small
// per-period tables, the period's scalars and the random stream's 130 words.
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import { allocatePopulation, type Allocate, type Population } from './population.ts';
import type { Stream } from './rng.ts';
import { KNOWN_FIT } from './utility.ts';
import { UNIT_SD } from './drivers/experience.ts';
import type { DecisionPlan, Flows } from './drivers/decision.ts';
import { BLOCK, EVENTS, MOOD, SUM, TYPE_CLASS, createTally } from './tally.ts';
import { M } from './measures.ts';
import { PERIOD_WASM_BASE64 } from './wasm/period.wasm.ts';

interface PeriodExports {
  layout(table: number, block: number, sum0: number, typeClass: number, events: number, mood: number, churned: number, switchedOut: number, exited: number, js0: number): void;
  step(size: number, K: number, t: number, ri: number, rw: number): number;
  rngW(): number;
}

/** The customer arrays, in the order the kernel's layout() reads them. */
const POPULATION_ORDER = [
  'provider', 'lastProvider', 'tier', 'traits', 'tenure', 'joined', 'satisfaction', 'expectation', 'trust',
  'switchingCost', 'priceSensitivity', 'dealSensitivity', 'budget', 'walletShare', 'loyaltyType', 'jsClass',
  'happened', 'grudge', 'fit', 'freedom',
] as const satisfies readonly (keyof Population)[];

/** The period's scalars, in the order of the kernel's `enum S`. */
export const SCALARS = [
  'fitScale', 'qualitySd', 'baseSatisfaction', 'disconfirmationWeight', 'priceWeightInSatisfaction', 'satisfactionMemory',
  'expectationAdaptation', 'expectationDrift', 'trustGain', 'trustLoss', 'norm', 'exitRate', 'freeBelow', 'searchBelow', 'searchRate',
  'wS', 'wT', 'wPrice', 'wIncentive', 'wKinship', 'fitWeight', 'tieCost', 'noiseSd', 'terroristThreshold', 'terroristPeriods',
  'majorShare', 'complaintRate', 'failureImpact', 'recoveryBonus', 'doWithout',
] as const;

function scalarsOf(m: Market, p: Params): Record<(typeof SCALARS)[number], number> {
  return {
    fitScale: p.fitScale, qualitySd: p.qualityNoise * UNIT_SD, baseSatisfaction: p.baseSatisfaction,
    disconfirmationWeight: p.disconfirmationWeight, priceWeightInSatisfaction: p.priceWeightInSatisfaction,
    satisfactionMemory: p.satisfactionMemory, expectationAdaptation: p.expectationAdaptation, expectationDrift: p.expectationDrift,
    trustGain: p.trustGain, trustLoss: p.trustLoss, norm: m.norm, exitRate: p.leaveCategoryRate, freeBelow: 256 * m.openness,
    searchBelow: p.searchThreshold, searchRate: p.searchRate, wS: p.wSatisfaction, wT: p.wTrust, wPrice: p.wPrice,
    wIncentive: p.wIncentive, wKinship: p.wKinship, fitWeight: p.disconfirmationWeight * KNOWN_FIT * p.fitScale,
    tieCost: p.numberTieCost * m.numberTieRemaining, noiseSd: p.decisionNoise * UNIT_SD, terroristThreshold: p.terroristThreshold,
    terroristPeriods: p.terroristPeriods, majorShare: p.majorShare, complaintRate: p.complaintRate, failureImpact: p.failureImpact,
    recoveryBonus: p.recoveryBonus, doWithout: p.doWithout,
  };
}

let compiled: WebAssembly.Module | null = null;
/** Compiled once per thread; 4 KB, so compiling synchronously is allowed everywhere. */
function periodModule(): WebAssembly.Module {
  return (compiled ??= new WebAssembly.Module(Uint8Array.from(atob(PERIOD_WASM_BASE64), (c) => c.charCodeAt(0))));
}

const PAGE = 65536;
/** Customers per chunk of the kernel (its CHUNK): the draws buffer holds four words for each. */
const CHUNK = 1024;

/** The firms' per-period tables, in the order the kernel's layout() reads them: each table's
 *  type, its length for K firms, and where its values come from this period. */
const FIRM_TABLES = [
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
] as const satisfies readonly (readonly [string, typeof Float64Array | typeof Uint8Array, (K: number) => number, (m: Market, p: Params, plan: DecisionPlan) => ArrayLike<number>])[];

/** A bump allocator over `memory`, 8-byte aligned, from byte 8 (0 stays a null pointer). */
function arena(memory: WebAssembly.Memory): Allocate {
  let next = 8;
  return (Type, length) => {
    const at = next;
    next = (next + length * Type.BYTES_PER_ELEMENT + 7) & ~7;
    if (next > memory.buffer.byteLength) throw new Error(`wasm period: ${next} bytes do not fit in ${memory.buffer.byteLength}`);
    return new Type(memory.buffer, at, length);
  };
}

/** Bytes `allocateAll` asks for from an arena (8-byte aligned, after the 8-byte null), without allocating them. */
function bytesOf(allocateAll: (allocate: Allocate) => void): number {
  let bytes = 8;
  allocateAll((Type, length) => {
    bytes += (length * Type.BYTES_PER_ELEMENT + 7) & ~7;
    return new Type(0);
  });
  return bytes;
}

/** Everything the kernel keeps beside the customers and tallies: the firms' tables, the moves,
 *  the period's scalars, the random state and a chunk's draws, and the table of offsets. */
function allocateKernel(allocate: Allocate, K: number) {
  const tables = FIRM_TABLES.map(([, Type, length]) => allocate<Float64Array | Uint8Array>(Type, length(K)));
  const moves = allocate(Float64Array, (K + 1) * (K + 1));
  const scalars = allocate(Float64Array, SCALARS.length);
  // xor4096's 128 words and a mirror of the first four (the kernel's SIMD fill reads past 127)
  const state = allocate(Int32Array, 132);
  const draws = allocate(Uint32Array, CHUNK * 4);
  const stakes = allocate(Float64Array, 25); // 1 + min(tenure, 24) / 24
  const rivalRecords = allocate(Float64Array, K * K * 4);
  // the offsets: customers, firm tables, moves, then scalars, state, tallies, draws, stakes, records
  const table = allocate(Uint32Array, POPULATION_ORDER.length + FIRM_TABLES.length + 7);
  return { tables, moves, scalars, state, draws, stakes, rivalRecords, table };
}

export interface WasmPeriod {
  /** Allocates the population and the tallies in the module's memory. */
  readonly allocate: Allocate;
  /** stepCustomers() (period.ts), run as WebAssembly. `pop` and `acc` must come from `allocate`. */
  step(pop: Population, m: Market, p: Params, plan: DecisionPlan, rng: Stream, flows: Flows, acc: Float64Array, t: number): void;
}

/** A WebAssembly period loop with memory for `size` customers of `firms` firms. */
export function createWasmPeriod(size: number, firms: number): WasmPeriod {
  const K = firms;
  const bytes = bytesOf((a) => {
    allocateKernel(a, K);
    allocatePopulation(size, K, a);
    createTally(K, a);
  });
  const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / PAGE) });
  const allocate = arena(memory);
  const { tables, moves, scalars, state, draws, stakes, rivalRecords, table } = allocateKernel(allocate, K);
  const kernel = new WebAssembly.Instance(periodModule(), {
    env: {
      memory,
      abort() {
        throw new Error('wasm period: abort');
      },
    },
  }).exports as unknown as PeriodExports;
  let bound: Population | null = null;

  function bind(pop: Population, acc: Float64Array): void {
    const own = (a: ArrayBufferView) => a.buffer === memory.buffer;
    const customers = POPULATION_ORDER.map((name) => pop[name]);
    if (!customers.every(own) || !own(acc)) throw new Error('wasm period: the population and tallies must be allocated by it');
    const offsets = [...customers, ...tables, moves, scalars, state, acc, draws, stakes, rivalRecords].map((a) => a.byteOffset);
    table.set(offsets);
    kernel.layout(table.byteOffset, BLOCK, SUM.spend, TYPE_CLASS, EVENTS, MOOD, M.churned, M.switchedOut, M.exited, M.js_apostle);
    bound = pop;
  }

  function step(pop: Population, m: Market, p: Params, plan: DecisionPlan, rng: Stream, flows: Flows, acc: Float64Array, t: number): void {
    if (bound !== pop) bind(pop, acc);
    FIRM_TABLES.forEach(([, , , source], n) => tables[n].set(source(m, p, plan)));
    moves.fill(0);
    const values = scalarsOf(m, p);
    SCALARS.forEach((name, n) => (scalars[n] = values[name]));
    state.set(rng.X);
    rng.i = kernel.step(pop.size, K, t, rng.i, rng.w);
    rng.w = kernel.rngW();
    rng.X.set(state.subarray(0, 128));
    for (let n = 0; n < moves.length; n++) flows.moves[n] += moves[n];
  }

  return { allocate, step };
}

