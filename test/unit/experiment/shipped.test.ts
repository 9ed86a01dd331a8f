// The shipped example: it plans as documented, and its answer (README, "Experiments") holds:
// no programme reward rate in 0–10% breaks even in the loyalty-programme market.
import { describe, expect, it } from 'vitest';
import { loadExperiment } from '../../../src/cli/experimentLoad.ts';
import { summarisePoints } from '../../../src/experiment/analysis.ts';
import { createRunner } from '../../../src/experiment/run.ts';

const file = new URL('../../../scenarios/experiments/programme-break-even.json', import.meta.url).pathname;

describe('scenarios/experiments/programme-break-even.json', () => {
  const loaded = loadExperiment(file);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const plan = loaded.plan;

  it('sweeps our programme from period 24 over 0 … 0.1 in 11 levels, 10 replicates', () => {
    expect(plan.factors[0].lever).toEqual({ firm: 0, lever: 'programme', fromPeriod: 24 });
    expect(plan.points.map((p) => p[0])).toEqual([0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1]);
    expect([plan.replicates, plan.runs, plan.base.horizon]).toEqual([10, 110, 84]);
    expect(plan.outputs[0]).toMatchObject({ name: 'discountedProfit', measure: 'profit', statistic: 'total', discounted: true, from: 0, to: 83 });
  });

  it('answers: at 1% and 10% discounted profit is below no programme (90% interval of the paired difference, 5 of its 10 replicates)', () => {
    const runOne = createRunner(plan);
    const k = plan.outputs.length;
    const results = new Float64Array(plan.runs * k).fill(NaN);
    // missing runs stay NaN and are left out of the intervals
    for (const point of [0, 1, 10]) for (let r = 0; r < 5; r++) results.set(runOne(point * plan.replicates + r), (point * plan.replicates + r) * k);
    const points = summarisePoints(plan, results);
    for (const point of [1, 10]) {
      const diff = points[point].vsFirst[0];
      expect(diff.ciHi).toBeLessThan(0);
      expect(points[point].vsFirst[1].ciLo).toBeGreaterThan(0); // retention rises all the same
    }
    expect(points[10].vsFirst[0].mean).toBeLessThan(points[1].vsFirst[0].mean);
  });
});
