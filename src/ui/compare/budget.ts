// The memory a comparison may take in the page, checked before it starts. Kept results grow
// with variants × replicates × periods × firms (traces.ts); past the budget the comparison is
// refused with the largest number of replicates that fits, rather than letting the tab run
// out of memory part-way. Each pool worker also holds one population while it runs (about
// 50 bytes a customer, so at most ~50 MB a worker at the 1,000,000-customer limit), and one
// replicate's full summaries only while writing the CSV. With cohort curves, each run also
// keeps its cohort trace (cohortTraces.ts), and each worker holds the run's cohort counts
// (firms × periods² / 2 numbers, ~17 MB at 8 firms and 1,040 periods, and a passing copy
// while they are reduced) until the run ends.
import { MEASURE_COUNT, SEGMENTS } from '../../model/index.ts';
import { TRACE_MEASURES } from './traces.ts';
import { cohortTraceBytes } from './cohortTraces.ts';

/** 250 MB of kept results: the largest comparison the limits allow (4 variants × 200
 *  replicates × 1040 periods × 8 firms) needs ~320 MB; a browser tab has a few GB at most,
 *  shared with the charts and the workers. */
export const COMPARE_BUDGET_BYTES = 250e6;

/** Bytes kept for one run. */
export function traceBytes(firms: number, periods: number): number {
  return periods * firms * TRACE_MEASURES.length * Float64Array.BYTES_PER_ELEMENT;
}

/** Bytes of one run's full summaries (what a comparison used to keep, and a CSV is written from). */
export function fullRunBytes(firms: number, periods: number): number {
  return periods * (firms * SEGMENTS.length * MEASURE_COUNT + (firms + 1) ** 2) * Float64Array.BYTES_PER_ELEMENT;
}

export interface Plan {
  ok: boolean;
  /** Bytes the results would take. */
  bytes: number;
  /** The most replicates per variant that fit the budget. */
  maxReplicates: number;
}

/** `cohorts`: the cohort curves are kept too, for a year of this many periods. */
export function planComparison(
  variants: number,
  replicates: number,
  firms: number,
  periods: number,
  budget = COMPARE_BUDGET_BYTES,
  cohorts?: { periodsPerYear: number },
): Plan {
  const perRun = traceBytes(firms, periods) + (cohorts ? cohortTraceBytes(firms, periods, cohorts.periodsPerYear) : 0);
  const perReplicate = variants * perRun;
  const bytes = replicates * perReplicate;
  return { ok: bytes <= budget, bytes, maxReplicates: Math.floor(budget / perReplicate) };
}

/** Megabytes (10⁶ bytes), rounded up to one decimal, for messages. */
export function megabytes(bytes: number): number {
  return Math.ceil((bytes / 1e6) * 10) / 10;
}
