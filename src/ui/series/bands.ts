// Mean and 90% band of a measure across replicates, per period. Two kinds, always labelled:
//   'percentile': 5th–95th percentile of the replicates (where a single run may land);
//   'ci':         mean ± 1.645·sd/√R, the 90% confidence interval of the mean.
import { periodNumber } from './time.ts';
import type { Measure, PeriodSummary } from '../../model/index.ts';
import { valueOf } from '../../model/index.ts';
import type { Line } from './types.ts';

export type BandKind = 'percentile' | 'ci';

/** z for a two-sided 90% interval. */
export const Z90 = 1.6448536269514722;

/** Linear-interpolation quantile of sorted values (type 7, as R and d3.quantileSorted). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export interface Interval {
  mean: number;
  lo: number;
  hi: number;
  n: number;
}

/** Mean and 90% band of the finite values (NaN bounds if fewer than 2 values). */
export function interval(values: readonly number[], kind: BandKind): Interval {
  const xs = values.filter(Number.isFinite);
  const n = xs.length;
  if (!n) return { mean: NaN, lo: NaN, hi: NaN, n };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, lo: NaN, hi: NaN, n };
  if (kind === 'percentile') {
    const sorted = [...xs].sort((a, b) => a - b);
    return { mean, lo: quantileSorted(sorted, 0.05), hi: quantileSorted(sorted, 0.95), n };
  }
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  const half = (Z90 * sd) / Math.sqrt(n);
  return { mean, lo: mean - half, hi: mean + half, n };
}

/** Per-replicate series of one measure (optionally as running totals). */
export function replicateSeries(
  replicates: readonly (readonly PeriodSummary[])[],
  firm: number,
  measure: Measure,
  segment = 0,
  opts: { scale?: number; cumulative?: boolean } = {},
): number[][] {
  const scale = opts.scale ?? 1;
  return replicates.map((run) => {
    let sum = 0;
    return run.map((s) => {
      const v = valueOf(s, firm, measure, segment) * scale;
      return opts.cumulative ? (sum += Number.isFinite(v) ? v : 0) : v;
    });
  });
}

/** The mean line of a variant with its band, period by period. */
export function bandLine(series: readonly number[][], kind: BandKind, style: { key: string; label: string; color: string; dash?: string }): Line {
  const periods = Math.min(...series.map((s) => s.length));
  const points: Line['points'] = [];
  const band: NonNullable<Line['band']> = [];
  for (let t = 0; t < (Number.isFinite(periods) ? periods : 0); t++) {
    const iv = interval(
      series.map((s) => s[t]),
      kind,
    );
    points.push({ x: periodNumber(t), y: iv.mean });
    band.push({ x: periodNumber(t), lo: iv.lo, hi: iv.hi });
  }
  return { ...style, points, band };
}
