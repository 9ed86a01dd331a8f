// Runs the period loop compiled to WebAssembly (wasm/period.as.ts) with the same arguments as
// the TypeScript passes (period.ts stepCustomers). The customers live in the module's memory:
// every Population array is a view of it, so nothing is copied in or out but the firms' small
// per-period tables and the random stream's 130 words. Rare events call back into the same
// TypeScript functions the passes use.
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import { allocatePopulation, type Allocate, type Population } from './population.ts';
import type { Stream } from './rng.ts';
import { createParts, KNOWN_FIT } from './utility.ts';
import { UNIT_SD, serviceEvent } from './drivers/experience.ts';
import { afterFailure, enter, leave, switchTo, type DecisionPlan, type Flows } from './drivers/decision.ts';
import { BLOCK, EVENTS, MOOD, SUM, TYPE_CLASS, createTally } from './tally.ts';
import { M } from './measures.ts';
import { PERIOD_WASM_BASE64 } from './wasm/period.wasm.ts';

interface PeriodExports {
  layout(customers: number, firms: number, state: number, tallies: number, block: number, sum0: number, typeClass: number, events: number, mood: number, churned: number, switchedOut: number, exited: number, js0: number): void;
  step(size: number, K: number, ri: number, rw: number, ...scalars: number[]): number;
  rngW(): number;
}

let compiled: WebAssembly.Module | null = null;
/** Compiled once per thread; 4 KB, so compiling synchronously is allowed everywhere. */
function periodModule(): WebAssembly.Module {
  return (compiled ??= new WebAssembly.Module(Uint8Array.from(atob(PERIOD_WASM_BASE64), (c) => c.charCodeAt(0))));
}

const PAGE = 65536;

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

/** Bytes a population of `size` customers of `firms` firms takes (its arrays, 8-byte aligned). */
function populationBytes(size: number, firms: number): number {
  let bytes = 0;
  allocatePopulation(size, firms, (Type, length) => {
    bytes += (length * Type.BYTES_PER_ELEMENT + 7) & ~7;
    return new Type(0);
  });
  return bytes;
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
  const tableBytes = 16 * 8 * (K * K + 8) + 128 * 4 + 35 * 4 + 8 * createTally(K).length + 4096;
  const memory = new WebAssembly.Memory({ initial: Math.ceil((populationBytes(size, K) + tableBytes) / PAGE) });
  const allocate = arena(memory);
  const f64 = (n: number) => allocate(Float64Array, n);
  const tables = {
    typical: f64(K * 3), personal: f64(K * 3), failureRate: f64(K), price: f64(K), promise: f64(K), programme: f64(K),
    lockIn: f64(K), offerDiscount: f64(K), offerCum: f64(K * K), entryCum: f64(K), hasRival: allocate(Uint8Array, K),
    rivals: allocate(Uint8Array, K * K), rivalCount: allocate(Uint8Array, K), expectBase: f64(K), expectPrice: f64(K), priceGap: f64(K * K),
  };
  const state = allocate(Int32Array, 128);
  const pointers = allocate(Uint32Array, 19 + 16);

  // what the rare-path callbacks act on: the period being run
  let now: { pop: Population; m: Market; p: Params; flows: Flows; t: number } | null = null;
  const parts = createParts();
  const env = {
    memory,
    abort() {
      throw new Error('wasm period: abort');
    },
    failure: (i: number, k: number, u: number) => serviceEvent(now!.pop, now!.m, now!.p, i, k, u),
    enter: (i: number, j: number) => enter(now!.pop, now!.m, now!.p, now!.flows, i, j, now!.t),
    leave: (i: number, k: number) => leave(now!.pop, now!.p, now!.flows, i, k, now!.m.firms),
    afterFailure: (i: number, k: number, u: number, free: number) =>
      afterFailure(now!.pop, now!.m, now!.p, now!.flows, i, k, u, free === 1, parts, now!.t) ? 1 : 0,
    switchTo: (i: number, k: number, j: number) => switchTo(now!.pop, now!.m, now!.p, now!.flows, i, k, j, now!.t),
  };
  const kernel = new WebAssembly.Instance(periodModule(), { env }).exports as unknown as PeriodExports;
  let bound: Population | null = null;

  function bind(pop: Population, acc: Float64Array): void {
    const own = (a: ArrayBufferView) => a.buffer === memory.buffer;
    const customers = [
      pop.provider, pop.lastProvider, pop.tier, pop.traits, pop.tenure, pop.satisfaction, pop.expectation, pop.trust,
      pop.switchingCost, pop.priceSensitivity, pop.dealSensitivity, pop.budget, pop.walletShare, pop.loyaltyType,
      pop.jsClass, pop.happened, pop.grudge, pop.fit, pop.freedom,
    ];
    if (!customers.every(own) || !own(acc)) throw new Error('wasm period: the population and tallies must be allocated by it');
    customers.forEach((a, n) => (pointers[n] = a.byteOffset));
    Object.values(tables).forEach((a, n) => (pointers[19 + n] = a.byteOffset));
    kernel.layout(pointers.byteOffset, pointers.byteOffset + 19 * 4, state.byteOffset, acc.byteOffset,
      BLOCK, SUM.spend, TYPE_CLASS, EVENTS, MOOD, M.churned, M.switchedOut, M.exited, M.js_apostle);
    bound = pop;
  }

  function step(pop: Population, m: Market, p: Params, plan: DecisionPlan, rng: Stream, flows: Flows, acc: Float64Array, t: number): void {
    if (bound !== pop) bind(pop, acc);
    tables.typical.set(m.typical);
    tables.personal.set(m.personal);
    tables.failureRate.set(m.failureRate);
    tables.price.set(m.lever.price);
    tables.promise.set(m.lever.promise);
    tables.programme.set(m.lever.programme);
    tables.lockIn.set(m.lever.lockIn);
    tables.offerDiscount.set(m.lever.offerDiscount);
    tables.offerCum.set(plan.offerCum);
    tables.entryCum.set(plan.entryCum);
    tables.hasRival.set(plan.hasRival);
    tables.rivals.set(m.rivals);
    tables.rivalCount.set(m.rivalCount);
    tables.expectBase.set(m.expectBase);
    tables.expectPrice.set(m.expectPrice);
    tables.priceGap.set(m.priceGap);
    state.set(rng.X);
    now = { pop, m, p, flows, t };
    try {
      rng.i = kernel.step(
        pop.size, K, rng.i, rng.w,
        p.fitScale, p.qualityNoise * UNIT_SD, p.baseSatisfaction, p.disconfirmationWeight, p.priceWeightInSatisfaction,
        p.satisfactionMemory, p.expectationAdaptation, p.expectationDrift, p.trustGain, p.trustLoss, m.norm,
        p.leaveCategoryRate, 256 * m.openness, p.searchThreshold, p.searchRate,
        p.wSatisfaction, p.wTrust, p.wIncentive, p.wKinship, p.disconfirmationWeight * KNOWN_FIT * p.fitScale,
        p.numberTieCost * m.numberTieRemaining, p.terroristThreshold,
        p.wPrice, p.decisionNoise * UNIT_SD,
      );
      rng.w = kernel.rngW();
      rng.X.set(state);
    } finally {
      now = null;
    }
  }

  return { allocate, step };
}

