// Runs: common random numbers across design points, outputs as defined, shards that add up.
import { describe, expect, it } from 'vitest';
import { createSimulation, periodsPerYear, valueOf } from '../../../src/model/index.ts';
import { createRunner, rowHeader, runExperiment, runRow } from '../../../src/experiment/run.ts';
import { pointScenario } from '../../../src/experiment/plan.ts';
import { plan, tinyScenario } from './helpers.ts';

function allRuns(p: ReturnType<typeof plan>, shard = { index: 0, count: 1 }): Map<number, number[]> {
  const out = new Map<number, number[]>();
  runExperiment(p, shard, (run, values) => out.set(run, Array.from(values)));
  return out;
}

describe('common random numbers', () => {
  const p = plan({
    factors: [{ path: 'firms[0].price', levels: [0.9, 1.3, 0.9] }],
    design: { type: 'sweep' },
    replicates: 3,
    outputs: [
      { measure: 'profit', statistic: 'total' },
      { measure: 'retention', statistic: 'mean' },
      { measure: 'customers', firm: 1, statistic: 'final' },
    ],
  });
  const runs = allRuns(p);
  it('two points equal in every factor give identical outputs, replicate by replicate', () => {
    for (let r = 0; r < 3; r++) expect(runs.get(2 * 3 + r)).toEqual(runs.get(0 * 3 + r));
  });
  it('points that differ give different outputs, and replicates differ from each other', () => {
    expect(runs.get(3)).not.toEqual(runs.get(0));
    expect(runs.get(1)).not.toEqual(runs.get(0));
  });
  it("a point at the base's own values reproduces the base scenario's replicate exactly", () => {
    const base = tinyScenario({ seed: 3 });
    const q = plan({ factors: [{ path: 'firms[0].price', levels: [base.firms[0].price, 2] }], design: { type: 'sweep' }, replicates: 2 });
    const runOne = createRunner(q);
    for (let r = 0; r < 2; r++) {
      const sim = createSimulation(base, r);
      let total = 0;
      for (let t = 0; t < base.horizon; t++) total += valueOf(sim.step(), 0, 'profit');
      expect(runOne(r)[0]).toBe(total);
    }
  });
});

describe('outputs', () => {
  it('mean, final and total over a window, and discounted money, as defined', () => {
    const p = plan({
      factors: [{ path: 'firms[0].programme', levels: [0.05], fromPeriod: 2 }],
      design: { type: 'sweep' },
      replicates: 1,
      outputs: [
        { name: 'pv', measure: 'profit', statistic: 'total', discounted: true },
        { name: 'meanRet', measure: 'retention', firm: 2, segment: 'high', statistic: 'mean', window: { from: 2, to: 5 } },
        { name: 'last', measure: 'programmeCost', statistic: 'final', window: { from: 0, to: 6 } },
        { name: 'cost', measure: 'programmeCost', statistic: 'total', window: { from: 0, to: 1 } },
      ],
    });
    const s = pointScenario(p, 0);
    const d = Math.pow(1 + s.market.annualDiscountRate, 1 / periodsPerYear(s)) - 1;
    const sim = createSimulation(s, 0);
    const periods = Array.from({ length: s.horizon }, () => sim.step());
    const pv = periods.reduce((a, x, t) => a + valueOf(x, 0, 'profit') / Math.pow(1 + d, t + 1), 0);
    const ret = periods
      .slice(2, 6)
      .map((x) => valueOf(x, 2, 'retention', 1))
      .filter(Number.isFinite);
    const [v0, v1, v2, v3] = createRunner(p)(0);
    expect(v0).toBeCloseTo(pv, 6);
    expect(v1).toBeCloseTo(ret.reduce((a, x) => a + x, 0) / ret.length, 12);
    expect(v2).toBe(valueOf(periods[6], 0, 'programmeCost'));
    expect(v2).toBeGreaterThan(0);
    expect(v3).toBe(0); // the programme starts at period 2
  });
  it('rows carry the digest, run, point, replicate, seed, factor values and outputs', () => {
    const p = plan({ replicates: 2 });
    expect(rowHeader(p)).toEqual(['experiment', 'run', 'point', 'replicate', 'seed', 'firms[0].price', 'total_profit_firm0']);
    expect(runRow(p, 5, [42])).toEqual([p.digest, 5, 2, 1, 3, 1.2, 42]);
  });
});

describe('whole-number factors', () => {
  it('a sweep of a whole-number range has each whole number once, and the runs counted match (fuzz counterexample)', () => {
    const p = plan({ factors: [{ path: 'burnIn', range: { from: 6, to: 7 } }], design: { type: 'sweep', n: 3 }, replicates: 2 });
    expect(p.points).toEqual([[6], [7]]);
    expect(p.runs).toBe(4);
    expect([...allRuns(p).keys()]).toEqual([0, 1, 2, 3]);
  });
});

describe('shards', () => {
  it('n shards hold every run exactly once, with the same outputs as the whole', () => {
    const p = plan({ factors: [{ path: 'behaviour.offerRate', range: { from: 0.02, to: 0.1 } }], design: { type: 'lhs', n: 5 }, replicates: 2 });
    const whole = allRuns(p);
    expect([...whole.keys()]).toEqual(Array.from({ length: 10 }, (_, i) => i));
    for (const n of [1, 3, 4, 12]) {
      const joined = new Map<number, number[]>();
      for (let i = 0; i < n; i++)
        for (const [run, v] of allRuns(p, { index: i, count: n })) {
          expect(run % n).toBe(i);
          expect(joined.has(run)).toBe(false);
          joined.set(run, v);
        }
      expect(new Map([...joined].sort((a, b) => a[0] - b[0]))).toEqual(whole);
    }
  });
});
