// What a comparison keeps of each run: per period and firm, the six measures (segment "all")
// that its charts and difference table show, 48 bytes a firm and period. A full period summary
// holds every measure of every segment and the switching matrix (about 2.4 kB a firm and
// period), which at 8 firms × 1040 periods is ~20 MB a run (more with the objects around it). The series and metrics below are
// the same arithmetic as series/bands.ts and series/compare.ts on full summaries, so the
// bands (exact quantiles over the replicates, kept one value per replicate) and the table are
// identical; the full detail is written to CSV on demand by running the replicates again.
import { M, MEASURE_COUNT, SEGMENTS, type Measure, type PeriodSummary } from '../../model/index.ts';
import { pairedDifference, COMPARE_METRICS, type CompareMetric, type Difference } from '../series/compare.ts';

export const TRACE_MEASURES = ['retention', 'nps', 'share_value', 'profit', 'clv', 'marketShare'] as const satisfies readonly Measure[];
export type TraceMeasure = (typeof TRACE_MEASURES)[number];
const K = TRACE_MEASURES.length;
const SLOT = Object.fromEntries(TRACE_MEASURES.map((m, k) => [m, k])) as Record<TraceMeasure, number>;

/** One run: values[(period · firms + firm) · K + k] for measure TRACE_MEASURES[k]. */
export interface Trace {
  firms: number;
  periods: number;
  values: Float64Array;
}

/** Where the kept values sit in a PeriodSummary's values, in trace order (what the worker picks). */
export function tracePicks(firms: number): number[] {
  const picks: number[] = [];
  for (let f = 0; f < firms; f++) for (const m of TRACE_MEASURES) picks.push(f * SEGMENTS.length * MEASURE_COUNT + M[m]);
  return picks;
}

/** A trace from picked values (the worker's answer). */
export function traceFromPicked(firms: number, values: Float64Array): Trace {
  return { firms, periods: values.length / (firms * K), values };
}

/** The trace of full summaries (what the worker keeps, done on the main thread: for tests). */
export function traceOf(run: readonly PeriodSummary[], firms: number): Trace {
  const picks = tracePicks(firms);
  const values = new Float64Array(run.length * picks.length);
  run.forEach((s, t) => picks.forEach((p, j) => (values[t * picks.length + j] = s.values[p])));
  return traceFromPicked(firms, values);
}

export function traceValue(tr: Trace, period: number, firm: number, measure: TraceMeasure): number {
  return tr.values[(period * tr.firms + firm) * K + SLOT[measure]];
}

/** Per-replicate series of one measure, as replicateSeries (segment "all"). */
export function traceSeries(traces: readonly Trace[], firm: number, measure: TraceMeasure, opts: { scale?: number; cumulative?: boolean } = {}): number[][] {
  const scale = opts.scale ?? 1;
  return traces.map((tr) => {
    let sum = 0;
    return Array.from({ length: tr.periods }, (_, t) => {
      const v = traceValue(tr, t, firm, measure) * scale;
      return opts.cumulative ? (sum += Number.isFinite(v) ? v : 0) : v;
    });
  });
}

/** The metric of one replicate for one firm, as replicateMetric. */
export function traceMetric(tr: Trace, firm: number, m: CompareMetric): number {
  if (!(m.measure in SLOT)) throw new Error(`a comparison does not keep ${m.measure}`);
  const xs = Array.from({ length: tr.periods }, (_, t) => traceValue(tr, t, firm, m.measure as TraceMeasure)).filter(Number.isFinite);
  if (!xs.length) return NaN;
  if (m.reduce === 'last') return xs[xs.length - 1] * m.scale;
  const sum = xs.reduce((a, b) => a + b, 0);
  return (m.reduce === 'sum' ? sum : sum / xs.length) * m.scale;
}

/** The difference table, as differenceTable: one row per (variant ≠ baseline, metric). */
export function traceDifferences(traces: readonly (readonly Trace[])[], firm: number, metrics: readonly CompareMetric[] = COMPARE_METRICS): Difference[][] {
  const per = (v: number, m: CompareMetric) => traces[v].map((tr) => traceMetric(tr, firm, m));
  return traces.slice(1).map((_, i) => metrics.map((m) => ({ metric: m.key, ...pairedDifference(per(0, m), per(i + 1, m)) })));
}
