// The period loop (simulation.ts) on hand-built markets: what it hands from one period to the
// next (the prospects still outside the category, last period's market shares), the burn-in
// and the scenario it runs under, the discount per period behind lifetime value, and the shape
// of what a period returns. The counts of a few thousand prospects entering are statistical, on
// a fixed seed, within 5 standard deviations of what the rules give (MODEL.md §2 step 4).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulation, M, MEASURE_COUNT, NO_PROVIDER, periodsPerYear, SEGMENTS, valueOf, type Simulation } from '../../../src/model/index.ts';
import { kernelOf } from '../../../src/model/simulation.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { place, quietFirm, quietScenario } from './customers.ts';
import { ENGINE } from './engine.ts';

const customers = (sim: Simulation, firm?: number) => {
  let n = 0;
  for (let i = 0; i < sim.pop.size; i++) if (firm === undefined ? sim.pop.provider[i] !== NO_PROVIDER : sim.pop.provider[i] === firm) n++;
  return n;
};

/** `expected` customers entered, give or take 5 standard deviations of a binomial draw of
 *  `trials` prospects each entering with chance expected / trials. */
const entered = (n: number, expected: number, trials: number) => {
  const p = expected / trials;
  expect(Math.abs(n - expected)).toBeLessThan(5 * Math.sqrt(trials * p * (1 - p)));
};

/** 10,000 people, 1% in the category at the start unless told, and no entry of their own: only
 *  firm 0's spend brings prospects in, 2,000 a period (spend / acquisition cost) however many
 *  are left, since the chance of entering is that number over the prospects still outside. */
const N = 10_000;
const buying = (over: { burnIn?: number; spend?: number; cost?: number; inCategory?: number } = {}): Scenario =>
  quietScenario({
    burnIn: over.burnIn ?? 0,
    population: { size: N, inCategory: over.inCategory ?? 0.01 },
    firms: [quietFirm({ acquisitionSpend: over.spend ?? 2000, acquisitionCost: over.cost ?? 1 }), quietFirm()],
  });

describe('the prospects a period starts with', () => {
  it('are counted at the start and then as everyone less last period’s customers, so spend wins the same number each period', () => {
    // half of them outside at the start: 2,000 of about 5,000, then of about 3,000, then the
    // last 1,000 or so all enter (a chance of 2,000 over them, held to 1)
    const sim = createSimulation(buying({ inCategory: 0.5 }), 0, ENGINE);
    const start = customers(sim);
    entered(start, N / 2, N);
    const first = sim.step();
    const afterFirst = customers(sim);
    entered(afterFirst - start, 2000, N - start);
    // who came in from outside the category (row K = 2) to firm 0, in a (K + 1) × (K + 1) table
    expect(first.moves.length).toBe(9);
    expect(first.moves[2 * 3 + 0]).toBe(afterFirst - start);
    expect(Array.from(first.moves).reduce((a, x) => a + x, 0)).toBe(afterFirst - start);
    sim.step();
    const afterSecond = customers(sim);
    entered(afterSecond - afterFirst, 2000, N - afterFirst);
    expect(N - afterSecond).toBeLessThan(2000);
    sim.step();
    expect(customers(sim)).toBe(N);
  });
});

describe('the burn-in', () => {
  it('runs burnIn periods before period 0, at period 0’s conditions, and period 0 comes next', () => {
    const sim = createSimulation(buying({ burnIn: 2 }), 0, ENGINE);
    expect(sim.t).toBe(0);
    const settled = customers(sim);
    // 1% at the start, then 2000 twice, over about 9,900 then 7,900 prospects
    expect(Math.abs(settled - 4100)).toBeLessThan(5 * Math.sqrt(N * 0.01 + 9900 * 0.2 * 0.8 + 7900 * 0.25 * 0.75));
    expect(sim.step().period).toBe(0);
    expect(sim.t).toBe(1);
    entered(customers(sim) - settled, 2000, N - settled);
  });
  it('draws the population from the burn-in scenario and takes its starting shares', () => {
    const under = quietScenario({
      population: { inCategory: 1 },
      firms: [quietFirm({ quality: 4, initialShare: 1 }), quietFirm({ quality: 3, initialShare: 0 })],
    });
    const s = quietScenario({ population: { inCategory: 0.01 }, firms: [quietFirm({ quality: 4 }), quietFirm({ quality: 3 })] });
    const sim = createSimulation(s, 0, ENGINE, { burnInUnder: under });
    expect(customers(sim, 0)).toBe(11);
    sim.step();
    // the norm of period 0 weighs quality by the starting shares (+ 0.01 each, tables.ts)
    expect(sim.market.norm).toBeCloseTo((1.01 * 4 + 0.01 * 3) / 1.02, 12);
  });
  it('runs under the burn-in scenario’s market and parameters, then under the scenario’s own', () => {
    // the scenario buys no one (no spend; or spend at a cost of 10 million a customer)
    for (const s of [buying({ burnIn: 1, spend: 0 }), buying({ burnIn: 1, cost: 1e7 })]) {
      const sim = createSimulation(s, 0, ENGINE, { burnInUnder: buying({ burnIn: 1 }) });
      const settled = customers(sim);
      entered(settled, 2000 + 100, N);
      sim.step();
      expect(customers(sim)).toBe(settled);
    }
  });
  it('needs the burn-in scenario to share the seed, the burn-in, the population size and the number of firms', () => {
    const s = quietScenario({ burnIn: 1 });
    expect(() => createSimulation(s, 0, ENGINE, { burnInUnder: quietScenario({ burnIn: 1, market: { openness: 0.5 } }) })).not.toThrow();
    expect(() => createSimulation(s, 0, ENGINE, { burnInUnder: quietScenario({ burnIn: 1, seed: 6 }) })).toThrow(
      'burn-in under another scenario needs the same seed',
    );
    expect(() => createSimulation(s, 0, ENGINE, { burnInUnder: quietScenario({ burnIn: 2 }) })).toThrow(/needs the same burnIn$/);
    expect(() => createSimulation(s, 0, ENGINE, { burnInUnder: quietScenario({ burnIn: 1, population: { size: 12 } }) })).toThrow(
      /needs the same population\.size$/,
    );
    expect(() => createSimulation(s, 0, ENGINE, { burnInUnder: quietScenario({ burnIn: 1, firms: [quietFirm(), quietFirm(), quietFirm()] }) })).toThrow(
      /needs the same firms$/,
    );
    expect(() => createSimulation(s, 0, ENGINE, { burnInUnder: quietScenario({ seed: 6, population: { size: 12 } }) })).toThrow(
      /needs the same seed, burnIn, population\.size$/,
    );
  });
});

describe('last period’s market shares', () => {
  // 8 customers with firm 0 (quality 4), 3 with firm 1 (quality 3); nobody moves in the quiet market
  let sim: Simulation;
  beforeEach(() => {
    sim = createSimulation(quietScenario({ firms: [quietFirm({ quality: 4 }), quietFirm({ quality: 3 })] }), 0, ENGINE);
    for (let i = 0; i < 11; i++) place(sim, i, { provider: i < 8 ? 0 : 1 });
  });
  it('weigh the next period’s norm; the first period takes the initial shares', () => {
    sim.step();
    expect(sim.market.norm).toBeCloseTo((0.51 * 4 + 0.51 * 3) / 1.02, 12);
    const summary = sim.step();
    expect(valueOf(summary, 0, 'marketShare')).toBeCloseTo(8 / 11, 12);
    const share = [8 / 11 + 0.01, 3 / 11 + 0.01];
    expect(sim.market.norm).toBeCloseTo((share[0] * 4 + share[1] * 3) / (share[0] + share[1]), 12);
    sim.step();
    expect(sim.market.norm).toBeCloseTo((share[0] * 4 + share[1] * 3) / (share[0] + share[1]), 12);
  });
  it('come with one block of measures per firm and segment, period by period', () => {
    const summaries = [sim.step(), sim.step(), sim.step()];
    expect(summaries.map((x) => x.period)).toEqual([0, 1, 2]);
    expect(sim.t).toBe(3);
    for (const x of summaries) {
      expect(x.firms).toBe(2);
      expect(x.values.length).toBe(2 * SEGMENTS.length * MEASURE_COUNT);
      expect(x.values[SEGMENTS.length * MEASURE_COUNT + M.customers]).toBe(3);
    }
  });
});

describe('the discount per period behind lifetime value', () => {
  it('is (1 + annual rate)^(1 / periods a year) − 1', () => {
    for (const periodUnit of ['month', 'quarter'] as const) {
      const s = quietScenario({ periodUnit, market: { annualDiscountRate: 0.1 } });
      expect(periodsPerYear(s)).toBe(periodUnit === 'month' ? 12 : 4);
      const summary = createSimulation(s, 0, ENGINE).step();
      const d = Math.pow(1.1, 1 / periodsPerYear(s)) - 1;
      // nobody leaves: lifetime value is this period's contribution per customer × (1 + d) / d
      const perCustomer = valueOf(summary, 0, 'profit') / valueOf(summary, 0, 'customers');
      expect(perCustomer).toBeGreaterThan(0);
      expect(valueOf(summary, 0, 'clv')).toBeCloseTo((perCustomer * (1 + d)) / d, 6);
    }
  });
});

describe('kernelOf', () => {
  it('gives the kernel a simulation runs on, and refuses anything else', () => {
    const sim = createSimulation(quietScenario(), 0, ENGINE);
    expect(kernelOf(sim)).toBeDefined();
    expect(() => kernelOf({ ...sim })).toThrow('not a simulation made by createSimulation');
  });

  // the source's own default, read past the mutation set-up (stryker.setup.ts), which gives
  // createSimulation a JavaScript default so kernel mutants reach a test
  it('runs WebAssembly when no engine is named', async () => {
    const actual = await vi.importActual<typeof import('../../../src/model/simulation.ts')>('../../../src/model/simulation.ts');
    expect(actual.kernelOf(actual.createSimulation(quietScenario(), 0)).engine).toBe('wasm');
  });
});
