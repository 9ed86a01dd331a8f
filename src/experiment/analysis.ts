// What an experiment's runs say: per design point, each output's mean across replicates with
// the range of the middle 90% of replicates and a 90% confidence interval of the mean; the
// paired difference from the first point (common random numbers make it far tighter than the
// two intervals suggest); where a sweep's response crosses a level; and Morris elementary
// effects (μ*, σ) for screening.
import { describe } from '../cli/summary.ts';
import type { Plan } from './plan.ts';

/** Student's t, 95th percentile, for 1 … 30 degrees of freedom (a two-sided 90% interval). */
const T95 = [
  6.314, 2.92, 2.353, 2.132, 2.015, 1.943, 1.895, 1.86, 1.833, 1.812, 1.796, 1.782, 1.771, 1.761, 1.753, 1.746, 1.74, 1.734, 1.729, 1.725, 1.721, 1.717, 1.714,
  1.711, 1.708, 1.706, 1.703, 1.701, 1.699, 1.697,
];

export function t95(df: number): number {
  if (df < 1) return NaN;
  if (df <= T95.length) return T95[df - 1];
  // Cornish–Fisher expansion around the normal 1.6449; within 0.001 of the exact value past 30
  const z = 1.6448536;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
}

export interface Interval {
  mean: number;
  /** 5th and 95th percentiles of the replicates: where 90% of single runs fall. */
  lo: number;
  hi: number;
  /** 90% confidence interval of the mean (t), NaN with fewer than 2 replicates. */
  ciLo: number;
  ciHi: number;
  n: number;
}

export function interval(xs: readonly number[]): Interval {
  const d = describe(xs);
  const ok = xs.filter(Number.isFinite);
  let ss = 0;
  for (const x of ok) ss += (x - d.mean) ** 2;
  const half = ok.length > 1 ? (t95(ok.length - 1) * Math.sqrt(ss / (ok.length - 1))) / Math.sqrt(ok.length) : NaN;
  return { mean: d.mean, lo: d.lo, hi: d.hi, ciLo: d.mean - half, ciHi: d.mean + half, n: d.n };
}

export interface PointSummary {
  point: number;
  factors: number[];
  /** Per output. */
  outputs: Interval[];
  /** Per output: this point minus the first point, replicate by replicate. */
  vsFirst: Interval[];
}

/** results[run * outputs + j]: output j of run `run` (NaN where a run is missing). */
export function summarisePoints(plan: Plan, results: Float64Array): PointSummary[] {
  const k = plan.outputs.length;
  const reps = plan.replicates;
  const at = (point: number, rep: number, j: number) => results[(point * reps + rep) * k + j];
  return plan.points.map((factors, point) => {
    const outputs: Interval[] = [];
    const vsFirst: Interval[] = [];
    for (let j = 0; j < k; j++) {
      const xs = Array.from({ length: reps }, (_, r) => at(point, r, j));
      outputs.push(interval(xs));
      vsFirst.push(interval(xs.map((x, r) => x - at(0, r, j))));
    }
    return { point, factors, outputs, vsFirst };
  });
}

/** Where the piecewise-linear curve through (xs, ys) crosses `level` (xs ascending). */
export function crossings(xs: readonly number[], ys: readonly number[], level: number): number[] {
  const out: number[] = [];
  for (let i = 1; i < xs.length; i++) {
    const a = ys[i - 1] - level;
    const b = ys[i] - level;
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    if (a === 0) out.push(xs[i - 1]);
    else if (a * b < 0) out.push(xs[i - 1] + ((xs[i] - xs[i - 1]) * a) / (a - b));
  }
  if (ys.length && ys[ys.length - 1] === level) out.push(xs[xs.length - 1]);
  return out;
}

export interface ElementaryEffects {
  factor: string;
  output: string;
  /** Mean of |effect|: how much the factor matters (Campolongo et al. 2007). */
  muStar: number;
  /** Mean effect: its sign says the direction, if consistent. */
  mu: number;
  /** Spread of effects: interactions or non-linearity. */
  sigma: number;
  n: number;
}

/** Morris elementary effects of each factor on each output, from the replicate means of each
 *  point, per unit of the factor's range (so factors on different scales compare). */
export function morrisEffects(plan: Plan, points: readonly PointSummary[]): ElementaryEffects[] {
  if (plan.experiment.design.type !== 'morris' || !plan.unit) throw new Error('elementary effects need a Morris design');
  const k = plan.factors.length;
  const r = plan.experiment.design.r;
  const out: ElementaryEffects[] = [];
  for (let j = 0; j < plan.outputs.length; j++) {
    const effects: number[][] = plan.factors.map(() => []);
    for (let t = 0; t < r; t++)
      for (let s = 1; s <= k; s++) {
        const a = t * (k + 1) + s - 1;
        const b = a + 1;
        const f = plan.unit[b].findIndex((u, i) => u !== plan.unit![a][i]);
        const ee = (points[b].outputs[j].mean - points[a].outputs[j].mean) / (plan.unit[b][f] - plan.unit[a][f]);
        if (Number.isFinite(ee)) effects[f].push(ee);
      }
    plan.factors.forEach((factor, f) => {
      const e = effects[f];
      const mu = e.reduce((x, y) => x + y, 0) / e.length;
      const muStar = e.reduce((x, y) => x + Math.abs(y), 0) / e.length;
      const sigma = e.length > 1 ? Math.sqrt(e.reduce((x, y) => x + (y - mu) ** 2, 0) / (e.length - 1)) : NaN;
      out.push({ factor: factor.path, output: plan.outputs[j].name, muStar, mu, sigma, n: e.length });
    });
  }
  return out;
}

export interface FirstOrderEffect {
  factor: string;
  output: string;
  /** Share of the output's variance across points explained by this factor alone (0 … 1). */
  s1: number;
}

/** First-order sensitivity indices from a Latin-hypercube or Sobol sample, by the "given data"
 *  estimator (Plischke 2010): sort the points along one factor, cut them into √n bins, and
 *  take the variance of the bin means over the total variance, less the part that is only the
 *  bin means' own noise. In a Latin hypercube the other factors vary within a bin about as in
 *  a random sample, so that noise is the within-bin variance over the bin size; in a Sobol
 *  sample of 2^m points the bins are balanced in the other factors too, and only the
 *  replicates' noise in each point's mean is left to remove. Not Saltelli's scheme (no second
 *  matrix of runs): read it as screening; with a few hundred points and more, the factors that
 *  matter stand out. Uses each point's mean over replicates. */
export function firstOrderEffects(plan: Plan, points: readonly PointSummary[]): FirstOrderEffect[] {
  const type = plan.experiment.design.type;
  if ((type !== 'lhs' && type !== 'sobol') || !plan.unit) throw new Error('first-order effects need a Latin hypercube or Sobol sample');
  const unit = plan.unit;
  const out: FirstOrderEffect[] = [];
  for (let j = 0; j < plan.outputs.length; j++) {
    const ok = points.flatMap((p, i) => (Number.isFinite(p.outputs[j].mean) ? [i] : []));
    const y = ok.map((i) => points[i].outputs[j].mean);
    const n = y.length;
    const mean = y.reduce((a, b) => a + b, 0) / n;
    const total = y.reduce((a, b) => a + (b - mean) ** 2, 0);
    const bins = Math.max(1, Math.floor(Math.sqrt(n)));
    // variance of a point's mean over its replicates, from its t interval: (half-width / t)²
    const pointNoise =
      ok.reduce((a, i) => {
        const o = points[i].outputs[j];
        const v = ((o.ciHi - o.ciLo) / (2 * t95(o.n - 1))) ** 2;
        return a + (Number.isFinite(v) ? v : 0);
      }, 0) / n;
    plan.factors.forEach((factor, f) => {
      const order = ok.map((_, i) => i).sort((a, b) => unit[ok[a]][f] - unit[ok[b]][f]);
      let between = 0;
      let within = 0;
      for (let b = 0; b < bins; b++) {
        const members = order.slice(Math.floor((b * n) / bins), Math.floor(((b + 1) * n) / bins)).map((i) => y[i]);
        const m = members.reduce((a, x) => a + x, 0) / members.length;
        between += members.length * (m - mean) ** 2;
        within += members.reduce((a, x) => a + (x - m) ** 2, 0);
      }
      // a bin mean's noise, summed over the bins as `between` sums them: (bins − 1) × its variance
      const noise = type === 'lhs' ? (n > bins ? ((bins - 1) * within) / (n - bins) : 0) : (bins - 1) * pointNoise;
      const s1 = total > 0 ? Math.min(1, Math.max(0, (between - noise) / total)) : NaN;
      out.push({ factor: factor.path, output: plan.outputs[j].name, s1 });
    });
  }
  return out;
}
