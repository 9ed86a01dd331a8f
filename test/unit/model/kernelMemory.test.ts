// A simulation's memory and the kernel on it (src/model/kernelMemory.ts), pinned where the
// scenario-level tests leave it free (mutation testing, README "Mutation testing"): the memory is
// exactly the pages its buffers need, the arena packs them 8-byte aligned and refuses what does
// not fit, the kernel refuses a population it did not allocate and an attribution before one is
// attached, and the WebAssembly engine runs its own module on its own memory, leaving the
// JavaScript build's memory alone.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/model/index.ts';
import { kernelOf } from '../../../src/model/simulation.ts';
import { createKernel, type Engine } from '../../../src/model/kernelMemory.ts';
import { allocatePopulation } from '../../../src/model/population.ts';
import { createTally } from '../../../src/model/tally.ts';
import { initializePopulation } from '../../../src/model/initialize.ts';
import { createMarket, resolveMarket } from '../../../src/model/market.ts';
import { compileParams, perPeriod } from '../../../src/model/params.ts';
import { createDecisionPlan, planDecisions } from '../../../src/model/plan.ts';
import { prepareTables } from '../../../src/model/tables.ts';
import { createStream, drawKey } from '../../../src/model/rng.ts';
import { bindHeap, setU32, u16at } from '../../../src/model/kernel/platform.ts';
import * as L from '../../../src/model/kernel/layout.generated.ts';
import { quietScenario } from '../mechanisms/customers.ts';
import { scenario } from './helpers.ts';

const PAGE = 65536;
const ENGINES: Engine[] = ['typescript', 'wasm'];

/** A kernel for `size` customers of `firms` firms with its population and tallies allocated,
 *  and where its arena stands then (a zero-length allocation sits at the next free byte). */
function filled(size: number, firms: number, engine: Engine) {
  const kernel = createKernel(size, firms, engine);
  const pop = allocatePopulation(size, firms, kernel.allocate);
  const tally = createTally(firms, kernel.allocate);
  const end = kernel.allocate(Uint8Array, 0).byteOffset;
  return { kernel, pop, tally, end, bytes: pop.provider.buffer.byteLength };
}

describe('the memory of a kernel', () => {
  it('is the whole pages its buffers, population and tallies take, for sizes on either side of page edges', () => {
    // the first size whose buffers pass p pages (bisection), and the sizes around it, where a
    // count of the bytes a few short or a few over would give a page too few or too many
    const endAt = (size: number) => filled(size, 2, 'typescript').end;
    for (let p = 1; p <= 3; p++) {
      let lo = 1;
      let hi = 4000;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (endAt(mid) > p * PAGE) hi = mid;
        else lo = mid + 1;
      }
      expect(endAt(lo - 1)).toBeLessThanOrEqual(p * PAGE);
      for (let size = lo - 8; size <= lo + 8; size++) {
        const { end, bytes } = filled(size, 2, 'typescript');
        expect(bytes).toBe(Math.ceil(end / PAGE) * PAGE);
      }
      expect(filled(lo, 2, 'typescript').bytes).toBe((p + 1) * PAGE);
    }
    for (const engine of ENGINES) {
      const { end, bytes } = filled(700, 3, engine);
      expect(bytes).toBe(Math.ceil(end / PAGE) * PAGE);
    }
  });
  it('packs allocations 8-byte aligned from where the last one ended, and refuses one byte past the end', () => {
    for (const engine of ENGINES) {
      const { kernel, end, bytes } = filled(50, 2, engine);
      expect(end % 8).toBe(0);
      const a = kernel.allocate(Uint8Array, 3);
      const b = kernel.allocate(Float64Array, 2);
      const c = kernel.allocate(Uint16Array, 1);
      expect([a.byteOffset, b.byteOffset, c.byteOffset]).toEqual([end, end + 8, end + 24]);
      expect([a.length, b.length, c.length]).toEqual([3, 2, 1]);
      const free = bytes - (end + 32);
      expect(kernel.allocate(Uint8Array, free).byteOffset + free).toBe(bytes); // exactly full is fine
      expect(() => kernel.allocate(Uint8Array, 1)).toThrow(`kernel memory: ${bytes + 8} bytes do not fit in ${bytes}`);
    }
  });
});

/** A kernel run by hand, as createSimulation runs it (no burn-in): its population drawn from
 *  `s`, the market resolved and the tables prepared for each period, then one step. */
function byHand(engine: Engine) {
  const s = perPeriod(scenario({ seed: 3, population: { size: 400 }, market: { openness: 1 } }));
  const K = s.firms.length;
  const kernel = createKernel(s.population.size, K, engine);
  const pop = allocatePopulation(s.population.size, K, kernel.allocate);
  initializePopulation(pop, s, createStream(s.seed, 0), 0);
  const tally = createTally(K, kernel.allocate);
  kernel.attach(pop, tally);
  const market = createMarket(s);
  const params = compileParams(s);
  const plan = createDecisionPlan(K);
  const draws = drawKey(s.seed, 0);
  const shares = Float64Array.from(s.firms, (f) => f.initialShare);
  return {
    kernel,
    pop,
    tally,
    draws,
    /** Period t, its moves added to `moves`. */
    step(t: number, moves: Float64Array) {
      resolveMarket(market, s, t);
      prepareTables(market, params, shares);
      planDecisions(plan, market, params, pop.size);
      kernel.step(pop, market, params, plan, draws, { moves }, tally, t);
    },
  };
}

describe('the kernel on its memory', () => {
  it('runs on WebAssembly unless told otherwise', () => {
    expect(createKernel(10, 2).engine).toBe('wasm');
  });
  it('counts each step it runs in the draw key, and adds its moves to the flows it is given', () => {
    for (const engine of ENGINES) {
      const a = byHand(engine);
      const b = byHand(engine);
      for (let t = 0; t < 3; t++) {
        const fresh = new Float64Array((a.pop.firms + 1) ** 2);
        const carried = new Float64Array(fresh.length).fill(1);
        a.step(t, fresh);
        b.step(t, carried);
        expect(a.draws.steps).toBe(t + 1);
        expect(fresh.some((x) => x > 0)).toBe(true);
        expect(Array.from(carried)).toEqual(Array.from(fresh, (x) => 1 + x));
      }
    }
  });
  it('lays out again for another population or other tallies, and refuses them when not its own', () => {
    for (const engine of ENGINES) {
      const { kernel, pop, tally, draws } = byHand(engine);
      type Step = Parameters<typeof kernel.step>;
      const empty = <T>() => ({}) as T;
      const stepWith = (p: Step[0], acc: Step[6]) => () =>
        kernel.step(p, empty<Step[1]>(), empty<Step[2]>(), empty<Step[3]>(), draws, { moves: new Float64Array(16) }, acc, 0);
      expect(stepWith(allocatePopulation(400, pop.firms), tally)).toThrow('kernel: the population and tallies must be allocated by it');
      expect(stepWith(pop, createTally(pop.firms))).toThrow('kernel: the population and tallies must be allocated by it');
    }
  });
  it('refuses a population it did not allocate', () => {
    for (const engine of ENGINES) {
      const kernel = createKernel(10, 2, engine);
      const pop = allocatePopulation(10, 2);
      // deliberately empty stand-ins: the kernel checks the population first and must refuse it
      // before it reads any of them
      type Step = Parameters<typeof kernel.step>;
      const empty = <T>() => ({}) as T;
      const step = () =>
        kernel.step(pop, empty<Step[1]>(), empty<Step[2]>(), empty<Step[3]>(), empty<Step[4]>(), { moves: new Float64Array(9) }, createTally(2), 0);
      expect(step).toThrow('kernel: the population and tallies must be allocated by it');
    }
  });
  it('refuses an attribution before a population is attached', () => {
    for (const engine of ENGINES) expect(() => createKernel(10, 2, engine).attribute(0)).toThrow('kernel: attribute() before a population is attached');
  });
  it('the WebAssembly engine leaves the JavaScript build’s memory alone; the JavaScript engine binds its own', () => {
    const s = quietScenario({ horizon: 2 });
    const mine = new ArrayBuffer(PAGE);
    bindHeap(mine);
    const wasm = createSimulation(s, 0, 'wasm');
    wasm.step();
    kernelOf(wasm).attribute(0);
    setU32(0, 0, 123);
    expect(new Uint32Array(mine)[0]).toBe(123);
    const js = createSimulation(s, 0, 'typescript');
    js.step();
    setU32(0, 1, 456); // now the JavaScript engine's memory
    expect(new Uint32Array(mine)[1]).toBe(0);
    expect(Array.from(wasm.step().values)).toEqual(Array.from(js.step().values));
    // the JavaScript engine runs the kernel's JavaScript build: its layout points at this
    // simulation's arrays (a size no other test here uses, so no other layout matches)
    const own = createSimulation(quietScenario({ population: { size: 123 } }), 0, 'typescript');
    own.step();
    expect([L.tenure, L.joined]).toEqual([own.pop.tenure.byteOffset, own.pop.joined.byteOffset]);
    expect(Array.from({ length: 123 }, (_, i) => u16at(L.tenure, i))).toEqual(Array.from(own.pop.tenure));
    // and each attributes a customer alike: a loyalty type and a finite margin
    for (const i of [0, 1, 2]) {
      const w = kernelOf(wasm).attribute(i);
      expect(Number.isInteger(w.type) && Number.isFinite(w.margin)).toBe(true);
      expect(kernelOf(js).attribute(i)).toEqual(w);
    }
  });
});
