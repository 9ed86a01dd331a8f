// The Experiments view's shapes give what the CLI prints: the same break-even answer, the
// same CSV, and charts' data that follow the plan (a grid for a factorial, bars for Morris).
import { describe, expect, it } from 'vitest';
import { summarisePoints, crossings } from '../../../../src/experiment/analysis.ts';
import { createRunner, rowHeader, runRow } from '../../../../src/experiment/run.ts';
import { formatExperiment } from '../../../../src/cli/experimentTable.ts';
import { csvLine } from '../../../../src/io/csv.ts';
import type { Plan } from '../../../../src/experiment/plan.ts';
import type { Evaluation } from '../../../../src/experiment/optimise.ts';
import { breakEven, heatmapGrid, responseCurve, resultsCsv, searchPath, sensitivityBars } from '../../../../src/ui/experiments/shapes.ts';
import { plan as planOf } from '../../experiment/helpers.ts';

function runAll(plan: Plan): Float64Array {
  const runOne = createRunner(plan);
  const k = plan.outputs.length;
  const out = new Float64Array(plan.runs * k);
  for (let run = 0; run < plan.runs; run++) out.set(runOne(run), run * k);
  return out;
}

describe('a sweep: response curve and break-even', () => {
  const plan = planOf({ factors: [{ path: 'firms[0].price', range: { from: 0.6, to: 1.6 } }], design: { type: 'sweep', n: 5 } });
  const results = runAll(plan);
  const points = summarisePoints(plan, results);

  it('the curve is each point mean with its 90% band, in the order of the factor', () => {
    const curve = responseCurve(points, 0);
    expect(curve.map((p) => p.x)).toEqual([0.6, 0.85, 1.1, 1.35, 1.6]);
    for (const [i, p] of curve.entries()) {
      expect(p.mean).toBe(points[i].outputs[0].mean);
      expect(p.lo).toBeLessThanOrEqual(p.mean);
      expect(p.hi).toBeGreaterThanOrEqual(p.mean);
    }
  });

  it('against the first level, the answer is the CLI’s (paired differences crossing zero)', () => {
    const b = breakEven(points, 0, { kind: 'first' });
    expect(b.complete).toBe(true);
    expect(b.level).toBe(points[0].outputs[0].mean);
    const cli = formatExperiment(plan, results);
    if (b.at.length) expect(cli).toContain(`crosses zero at firms[0].price ≈ ${b.at.map((x) => String(Number(x.toPrecision(4)))).join(', ')}`);
    else expect(cli).toMatch(/(below|above|level with) the first level at every other level/);
  });

  it('against a value, it interpolates between levels, and says honestly when it never crosses', () => {
    const means = points.map((p) => p.outputs[0].mean);
    const mid = (Math.min(...means) + Math.max(...means)) / 2;
    const b = breakEven(points, 0, { kind: 'value', value: mid });
    expect(b.at.length).toBeGreaterThan(0);
    expect(b.at).toEqual(crossings([0.6, 0.85, 1.1, 1.35, 1.6], means, mid));
    expect(breakEven(points, 0, { kind: 'value', value: Math.max(...means) + 1 }).at).toEqual([]);
  });

  it('is not complete while runs are missing, and has no level before the first level has results', () => {
    const partial = results.slice().fill(NaN, 0, plan.replicates * plan.outputs.length);
    const b = breakEven(summarisePoints(plan, partial), 0, { kind: 'first' });
    expect(b).toEqual({ level: null, at: [], complete: false });
  });

  it('the CSV is the one the CLI writes, row for row, and leaves out runs not yet done', () => {
    const done = new Uint8Array(plan.runs).fill(1);
    const k = plan.outputs.length;
    let cli = csvLine(rowHeader(plan));
    for (let run = 0; run < plan.runs; run++) cli += csvLine(runRow(plan, run, results.subarray(run * k, (run + 1) * k)));
    expect(resultsCsv(plan, results, done)).toBe(cli);
    done[3] = 0;
    expect(resultsCsv(plan, results, done).trim().split('\n')).toHaveLength(plan.runs);
  });

  it('a sweep has no heatmap and no tornado', () => {
    expect(heatmapGrid(plan, points, 0)).toBeNull();
    expect(sensitivityBars(plan, points, 0)).toBeNull();
  });
});

describe('two factors and screening', () => {
  it('a factorial of two factors fills a grid, x along, y up', () => {
    const plan = planOf({
      factors: [
        { path: 'firms[0].price', levels: [0.8, 1.2] },
        { path: 'firms[0].quality', levels: [3, 3.5, 4] },
      ],
      design: { type: 'factorial' },
      replicates: 1,
    });
    const points = summarisePoints(plan, runAll(plan));
    const g = heatmapGrid(plan, points, 0)!;
    expect(g.xs).toEqual([0.8, 1.2]);
    expect(g.ys).toEqual([3, 3.5, 4]);
    for (const p of points) expect(g.values[g.ys.indexOf(p.factors[1]) * 2 + g.xs.indexOf(p.factors[0])]).toBe(p.outputs[0].mean);
  });

  it('Morris gives one bar per factor, largest μ* first, with σ and the sign of μ', () => {
    const plan = planOf({
      factors: [
        { path: 'firms[0].price', range: { from: 0.8, to: 1.2 } },
        { path: 'firms[0].quality', range: { from: 3, to: 4.5 } },
        { path: 'behaviour.offerRate', range: { from: 0, to: 0.2 } },
      ],
      design: { type: 'morris', r: 3, p: 4 },
      replicates: 1,
    });
    const points = summarisePoints(plan, runAll(plan));
    const t = sensitivityBars(plan, points, 0)!;
    expect(t.kind).toBe('morris');
    expect(t.bars.map((b) => b.factor).sort()).toEqual(['behaviour.offerRate', 'firms[0].price', 'firms[0].quality']);
    expect(t.bars.every((b, i) => i === 0 || b.value <= t.bars[i - 1].value)).toBe(true);
    expect(t.bars.every((b) => b.spread !== null && b.direction !== null)).toBe(true);
    // not before every run is in
    expect(sensitivityBars(plan, summarisePoints(plan, new Float64Array(plan.runs).fill(NaN)), 0)).toBeNull();
  });
});

describe("the optimiser's path", () => {
  const ev = (restart: number, value: number, violation = 0): Evaluation => ({
    restart,
    step: 0,
    values: [value],
    means: [value],
    score: { value, violation },
    reused: false,
  });
  it('tracks the best feasible value per restart, in the objective’s own sign', () => {
    const steps = searchPath([ev(0, 1), ev(0, 3, 0.2), ev(0, 2), ev(1, 0.5), ev(1, 4)], 1);
    expect(steps.map((s) => s.best)).toEqual([1, 1, 2, 0.5, 4]);
    expect(steps.map((s) => s.feasible)).toEqual([true, false, true, true, true]);
    // minimising: scores are signed so that larger is better; the path shows the objective
    const min = searchPath([ev(0, -5), ev(0, -3)], -1);
    expect(min.map((s) => s.value)).toEqual([5, 3]);
    expect(min.map((s) => s.best)).toEqual([5, 3]);
  });
});
