// What-if comparison: one number per replicate and variant, then paired differences against
// the baseline. Common random numbers (same seed and replicate index for every variant) make
// the pairs share their luck, so the interval of the difference is much narrower than the
// two intervals side by side.
import { valueOf, type Measure, type PeriodSummary } from '../../model/index.ts';
import { Z90 } from './bands.ts';

export interface CompareMetric {
  key: string;
  measure: Measure;
  /** mean over the periods, total over the periods, or the last period's value. */
  reduce: 'mean' | 'sum' | 'last';
  scale: number;
}

export const COMPARE_METRICS: readonly CompareMetric[] = [
  { key: 'retention', measure: 'retention', reduce: 'mean', scale: 100 },
  { key: 'nps', measure: 'nps', reduce: 'mean', scale: 1 },
  { key: 'share_value', measure: 'share_value', reduce: 'mean', scale: 100 },
  { key: 'profit', measure: 'profit', reduce: 'sum', scale: 1 },
  { key: 'clv', measure: 'clv', reduce: 'last', scale: 1 },
];

/** The metric of one replicate for one firm (segment 'all'). */
export function replicateMetric(run: readonly PeriodSummary[], firm: number, m: CompareMetric): number {
  const xs = run.map((s) => valueOf(s, firm, m.measure, 0)).filter(Number.isFinite);
  if (!xs.length) return NaN;
  if (m.reduce === 'last') return xs[xs.length - 1] * m.scale;
  const sum = xs.reduce((a, b) => a + b, 0);
  return (m.reduce === 'sum' ? sum : sum / xs.length) * m.scale;
}

export interface Difference {
  metric: string;
  baseline: number;
  variant: number;
  /** Mean paired difference (variant − baseline) and its 90% CI. */
  diff: number;
  lo: number;
  hi: number;
  n: number;
}

/** Paired differences replicate by replicate (index r of both arrays is the same random stream). */
export function pairedDifference(base: readonly number[], variant: readonly number[]): Omit<Difference, 'metric'> {
  const d: number[] = [];
  const b: number[] = [];
  const v: number[] = [];
  for (let r = 0; r < Math.min(base.length, variant.length); r++)
    if (Number.isFinite(base[r]) && Number.isFinite(variant[r])) {
      d.push(variant[r] - base[r]);
      b.push(base[r]);
      v.push(variant[r]);
    }
  const n = d.length;
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, x) => a + x, 0) / xs.length : NaN);
  const diff = mean(d);
  const sd = n > 1 ? Math.sqrt(d.reduce((a, x) => a + (x - diff) ** 2, 0) / (n - 1)) : NaN;
  const half = (Z90 * sd) / Math.sqrt(n);
  return { baseline: mean(b), variant: mean(v), diff, lo: diff - half, hi: diff + half, n };
}

/** The difference table: one row per (variant ≠ baseline, metric). */
export function differenceTable(
  runs: readonly (readonly (readonly PeriodSummary[])[])[],
  firm: number,
  metrics: readonly CompareMetric[] = COMPARE_METRICS,
): Difference[][] {
  const per = (v: number, m: CompareMetric) => runs[v].map((run) => replicateMetric(run, firm, m));
  return runs.slice(1).map((_, i) => metrics.map((m) => ({ metric: m.key, ...pairedDifference(per(0, m), per(i + 1, m)) })));
}
