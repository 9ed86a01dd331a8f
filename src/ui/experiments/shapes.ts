// An experiment's results shaped for its charts, as plain functions of the plan and the point
// summaries (experiment/analysis.ts), so the app draws what the CLI prints: a response curve
// with its band, where it crosses a level, a grid for a heatmap, the bars of a tornado chart,
// the optimiser's path; and the results CSV, column for column the CLI's.
import { crossings, firstOrderEffects, morrisEffects, type PointSummary } from '../../experiment/analysis.ts';
import type { Plan } from '../../experiment/plan.ts';
import type { Evaluation } from '../../experiment/optimise.ts';
import { rowHeader, runRow } from '../../experiment/run.ts';
import { csvLine } from '../../io/csv.ts';

export interface CurvePoint {
  x: number;
  mean: number;
  /** Where the middle 90% of replicates fall. */
  lo: number;
  hi: number;
  n: number;
}

/** One factor: each point's mean and 90% band of output j, in the order of the factor. */
export function responseCurve(points: readonly PointSummary[], j: number): CurvePoint[] {
  return points
    .filter((p) => p.outputs[j].n > 0)
    .map((p) => ({ x: p.factors[0], mean: p.outputs[j].mean, lo: p.outputs[j].lo, hi: p.outputs[j].hi, n: p.outputs[j].n }))
    .sort((a, b) => a.x - b.x);
}

/** The level a break-even is read against: the output at the first level of the factor (the
 *  CLI's question: where does the difference from it cross zero, replicate by replicate), or
 *  a value. */
export type Level = { kind: 'first' } | { kind: 'value'; value: number };

export interface BreakEven {
  /** The level, in the output's units (null before the first level has results). */
  level: number | null;
  /** Where the mean crosses it, interpolated between levels; empty: it does not cross in range. */
  at: number[];
  /** Every level has results: "does not cross" is then the answer, not "not yet". */
  complete: boolean;
}

/** Interpolated crossings of output j's mean. Against the first level, the paired differences
 *  from it are used (common random numbers), exactly as `npm run experiment` prints them. */
export function breakEven(points: readonly PointSummary[], j: number, level: Level): BreakEven {
  const complete = points.every((p) => p.outputs[j].n > 0);
  const xs = points.map((p) => p.factors[0]);
  const sorted = xs.every((v, i) => i === 0 || v > xs[i - 1]);
  if (!points.length || !sorted) return { level: null, at: [], complete };
  if (level.kind === 'value')
    return {
      level: level.value,
      at: crossings(
        xs,
        points.map((p) => p.outputs[j].mean),
        level.value,
      ),
      complete,
    };
  const first = points[0].outputs[j];
  if (first.n === 0) return { level: null, at: [], complete };
  const rest = points.slice(1);
  const at = crossings(
    rest.map((p) => p.factors[0]),
    rest.map((p) => p.vsFirst[j].mean),
    0,
  );
  return { level: first.mean, at, complete };
}

export interface Grid {
  xs: number[];
  ys: number[];
  /** values[iy * xs.length + ix]: the mean of output j (NaN where not yet run). */
  values: number[];
}

/** Cells a heatmap draws at most: one SVG rectangle each, so a page stays quick to draw and to
 *  export (a 1000 × 1000 factorial is for the CSV, not for a chart). */
export const MAX_HEATMAP_CELLS = 2500;

/** Two factors on a grid (a factorial): the mean of output j at each pair of levels. */
export function heatmapGrid(plan: Plan, points: readonly PointSummary[], j: number): Grid | null {
  if (plan.factors.length !== 2 || plan.experiment.design.type !== 'factorial' || plan.points.length > MAX_HEATMAP_CELLS) return null;
  const xs = [...new Set(plan.points.map((p) => p[0]))].sort((a, b) => a - b);
  const ys = [...new Set(plan.points.map((p) => p[1]))].sort((a, b) => a - b);
  const values = new Array<number>(xs.length * ys.length).fill(NaN);
  for (const p of points) values[ys.indexOf(p.factors[1]) * xs.length + xs.indexOf(p.factors[0])] = p.outputs[j].n > 0 ? p.outputs[j].mean : NaN;
  return { xs, ys, values };
}

export interface Bar {
  factor: string;
  /** μ* (Morris) or the first-order index S1 (Latin hypercube, Sobol). */
  value: number;
  /** σ of the elementary effects (Morris only). */
  spread: number | null;
  /** μ: the sign says the direction (Morris only). */
  direction: number | null;
}

/** A tornado chart's bars for output j, largest first; null when the design gives none or
 *  some runs are still missing. */
export function sensitivityBars(plan: Plan, points: readonly PointSummary[], j: number): { kind: 'morris' | 'firstOrder'; bars: Bar[] } | null {
  const type = plan.experiment.design.type;
  if (points.some((p) => p.outputs[j].n === 0)) return null;
  const name = plan.outputs[j].name;
  let bars: Bar[];
  let kind: 'morris' | 'firstOrder';
  if (type === 'morris') {
    kind = 'morris';
    bars = morrisEffects(plan, points)
      .filter((e) => e.output === name)
      .map((e) => ({ factor: e.factor, value: e.muStar, spread: e.sigma, direction: e.mu }));
  } else if (type === 'lhs' || type === 'sobol') {
    kind = 'firstOrder';
    bars = firstOrderEffects(plan, points)
      .filter((e) => e.output === name)
      .map((e) => ({ factor: e.factor, value: e.s1, spread: null, direction: null }));
  } else return null;
  return { kind, bars: bars.sort((a, b) => (Number.isFinite(b.value) ? b.value : -1) - (Number.isFinite(a.value) ? a.value : -1)) };
}

export interface PathStep {
  evaluation: number;
  restart: number;
  /** The objective's mean over the search's replicates, in its own sign. */
  value: number;
  /** The best feasible value so far in this restart (NaN before any feasible one). */
  best: number;
  feasible: boolean;
}

/** The optimiser's path, evaluation by evaluation, restarts one after another. */
export function searchPath(path: readonly Evaluation[], sign: number): PathStep[] {
  let best = NaN;
  let restart = -1;
  return path.map((e, i) => {
    if (e.restart !== restart) {
      restart = e.restart;
      best = NaN;
    }
    const value = sign * e.score.value;
    const feasible = e.score.violation === 0 && Number.isFinite(value);
    if (feasible && !(sign * value <= sign * best)) best = value;
    return { evaluation: i + 1, restart: e.restart, value, best, feasible };
  });
}

/** The rows of every finished run, in run order: the file `npm run experiment -- … --out` writes. */
export function resultsCsv(plan: Plan, results: Float64Array, done: Uint8Array): string {
  const k = plan.outputs.length;
  const lines = [csvLine(rowHeader(plan))];
  for (let run = 0; run < plan.runs; run++) if (done[run]) lines.push(csvLine(runRow(plan, run, results.subarray(run * k, (run + 1) * k))));
  return lines.join('');
}
