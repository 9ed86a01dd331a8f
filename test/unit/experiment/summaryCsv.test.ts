// The saved results summary as a CSV: one row per design point × output with the factor
// values, mean and interval, then the optimisation's finalists marked best / runner-up /
// worse; missing values are empty cells; names cannot run as spreadsheet formulas.
import { describe, expect, it } from 'vitest';
import { summarisePoints, type PointSummary } from '../../../src/experiment/analysis.ts';
import type { OptimiseReport } from '../../../src/experiment/optimise.ts';
import type { Plan } from '../../../src/experiment/plan.ts';
import { summariseForSaving } from '../../../src/experiment/saved.ts';
import { saveOptimisation } from '../../../src/experiment/savedOptimisation.ts';
import { summaryCsv, summaryHeader, summaryRows } from '../../../src/experiment/summaryCsv.ts';
import { plan as planOf } from './helpers.ts';

const outputs = [
  { name: 'profit', measure: 'profit', statistic: 'total' },
  { name: 'retention', measure: 'retention' },
];

const interval = (mean: number, ciLo: number, ciHi: number) => ({ mean, lo: NaN, hi: NaN, ciLo, ciHi, n: 3 });
const finalist = (values: number[], mean: number, indistinguishable: boolean, vs: number) => ({
  values,
  search: { value: mean, violation: 0 },
  objective: interval(mean, mean - 1, mean + 1),
  constraints: [{ name: 'retention', mean: interval(0.9, 0.88, 0.92), min: 0.5, max: null, shareMet: 1 }],
  vsBest: interval(vs, vs - 0.5, vs + 0.5),
  indistinguishable,
});
const report: OptimiseReport = {
  evaluations: 12,
  runs: 30,
  searchReplicates: [0, 1],
  freshReplicates: [2, 3, 4],
  best: finalist([1.1], 100, true, 0),
  runnerUps: [finalist([1.05], 99.5, true, -0.5), finalist([0.9], 90, false, -10)],
  feasibleFound: true,
};

describe('the results summary as a CSV', () => {
  const plan = planOf({
    factors: [{ path: 'firms[0].price', range: { from: 0.8, to: 1.2 } }],
    design: { type: 'sweep', n: 3 },
    outputs,
    optimise: { objective: 'profit', constraints: [{ output: 'retention', min: 0.5 }], restarts: 1, evaluations: 12, freshReplicates: 3, finalists: 3 },
  });
  // replicate r of point p, output j: 10p + j + r/10 (so the means are known)
  const results = Float64Array.from({ length: plan.runs * 2 }, (_, i) => {
    const run = Math.floor(i / 2);
    return 10 * Math.floor(run / plan.replicates) + (i % 2) + (run % plan.replicates) / 10;
  });
  const points = summarisePoints(plan, results);
  const summary = summariseForSaving(plan, points, {}, saveOptimisation(report, []))!;

  it('has one row per design point × output, then per finalist × objective and constraint', () => {
    expect(summaryHeader(plan)).toEqual(['experiment', 'source', 'point', 'role', 'firms[0].price', 'output', 'mean', 'lo', 'hi', 'interval']);
    const rows = summaryRows(plan, summary);
    expect(rows).toHaveLength(3 * 2 + 3 * 2);
    const x = (p: PointSummary, j: number) => [p.outputs[j].mean, p.outputs[j].lo, p.outputs[j].hi].map((v) => Number(v.toPrecision(7)));
    expect(rows.slice(0, 6)).toEqual(
      points.flatMap((p) => [
        [plan.digest, 'design', p.point, '', p.factors[0], 'profit', ...x(p, 0), 'runs_90'],
        [plan.digest, 'design', p.point, '', p.factors[0], 'retention', ...x(p, 1), 'runs_90'],
      ]),
    );
    expect(rows[2].slice(4, 7)).toEqual([1, 'profit', 10.05]);
    expect(rows.slice(6)).toEqual([
      [plan.digest, 'optimisation', 0, 'best', 1.1, 'profit', 100, 99, 101, 'mean_ci_90'],
      [plan.digest, 'optimisation', 0, 'best', 1.1, 'retention', 0.9, 0.88, 0.92, 'mean_ci_90'],
      [plan.digest, 'optimisation', 1, 'runner-up', 1.05, 'profit', 99.5, 98.5, 100.5, 'mean_ci_90'],
      [plan.digest, 'optimisation', 1, 'runner-up', 1.05, 'retention', 0.9, 0.88, 0.92, 'mean_ci_90'],
      [plan.digest, 'optimisation', 2, 'worse', 0.9, 'profit', 90, 89, 91, 'mean_ci_90'],
      [plan.digest, 'optimisation', 2, 'worse', 0.9, 'retention', 0.9, 0.88, 0.92, 'mean_ci_90'],
    ]);
  });

  it('writes missing values as empty cells, and the design alone when there was no optimisation', () => {
    const first = summariseForSaving(
      plan,
      summarisePoints(
        plan,
        results.map((v, i) => (i < 2 * plan.replicates ? NaN : v)),
      ),
    )!;
    const lines = summaryCsv(plan, first).trim().split('\n');
    expect(lines).toHaveLength(1 + 3 * 2);
    expect(lines[1]).toBe(`${plan.digest},design,0,,0.8,profit,,,,runs_90`);
    expect(lines.every((l) => !l.includes('optimisation'))).toBe(true);
  });

  it('guards names against spreadsheet formulas through the shared writer', () => {
    // the planner refuses such names; a plan that somehow had one still writes it inert
    const hostile: Plan = { ...plan, outputs: [{ ...plan.outputs[0], name: '=HYPERLINK("x")' }, plan.outputs[1]] };
    const lines = summaryCsv(hostile, summary).split('\n');
    expect(lines[1]).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(lines.some((l) => l.includes(',=HYPERLINK'))).toBe(false);
  });
});
