// What a comparison keeps of a run's cohort counts when its cohort curves are asked for (the
// "cohort curves" box): per firm, the survival curve of each group of cohorts the live chart
// draws (the starting stock, then the customers acquired in each year or group of years), and
// per satisfaction band the customers observed and kept a year later, pooled over the run.
// A run's full counts are firms × periods² / 2 numbers (~17 MB at 8 firms and 1,040 periods);
// this keeps at most firms × 7 × periods + firms × 32 numbers (~0.5 MB there), reduced in the
// worker when the run ends, so the page holds one per variant × replicate (budget.ts).
import { cohortCurves, SATISFACTION_BANDS, type CohortCurve, type CohortPeriod } from '../../model/index.ts';
import { MAX_COHORT_LINES, survival } from '../series/cohorts.ts';

/** The starting stock's group key; year groups are `year3` or `years1-3`, counted from 1. */
export const START_GROUP = 'start';

export interface CohortGroup {
  key: string;
  /** Years of acquisition, counted from 1; 0 and 0 for the starting stock. */
  from: number;
  to: number;
}

export interface CohortTrace {
  firms: number;
  groups: CohortGroup[];
  /** survival[firm · groups.length + g][a]: share of the group still customers at age a + 1,
   *  pooled over its cohorts by the product-limit rule (series/cohorts.ts `survival`); NaN from
   *  an age no cohort of the group had customers at. */
  survival: Float64Array[];
  /** observed[firm · SATISFACTION_BANDS + b]: customers seen in band b at an observation a year
   *  old, over every observation resolved in the run; kept: of them, still customers. */
  observed: Float64Array;
  kept: Float64Array;
}

/** The groups the live chart draws for a run of `periods` periods: the starting stock, then
 *  years of acquisition, grouped so that there are at most MAX_COHORT_LINES of them. */
export function cohortGroups(periods: number, periodsPerYear: number): CohortGroup[] {
  const years = Math.ceil(periods / periodsPerYear);
  const span = Math.ceil(years / MAX_COHORT_LINES);
  const out: CohortGroup[] = [{ key: START_GROUP, from: 0, to: 0 }];
  for (let from = 1; from <= years; from += span) {
    const to = Math.min(years, from + span - 1);
    out.push({ key: from === to ? `year${from}` : `years${from}-${to}`, from, to });
  }
  return out;
}

function inGroup(c: CohortCurve, g: CohortGroup, periodsPerYear: number): boolean {
  if (g.key === START_GROUP) return c.period < 0;
  return c.period >= (g.from - 1) * periodsPerYear && c.period < g.to * periodsPerYear;
}

/** A run's cohort trace from its periods' counts (periods 0 … n−1, in order). */
export function traceCohorts(periods: readonly CohortPeriod[], periodsPerYear: number): CohortTrace {
  const firms = periods[0]?.stock.length ?? 0;
  const groups = cohortGroups(periods.length, periodsPerYear);
  const curves = cohortCurves(periods);
  const kept: Float64Array[] = [];
  for (let k = 0; k < firms; k++) {
    const mine = curves.filter((c) => c.firm === k);
    for (const g of groups) kept.push(Float64Array.from(survival(mine.filter((c) => inGroup(c, g, periodsPerYear)))));
  }
  const observed = new Float64Array(firms * SATISFACTION_BANDS);
  const stayed = new Float64Array(firms * SATISFACTION_BANDS);
  for (const p of periods)
    if (p.year)
      for (let j = 0; j < observed.length; j++) {
        observed[j] += p.year.customers[j];
        stayed[j] += p.year.retained[j];
      }
  return { firms, groups, survival: kept, observed, kept: stayed };
}

/** Bytes a cohort trace of one run holds: what the memory estimate adds per run (budget.ts). */
export function cohortTraceBytes(firms: number, periods: number, periodsPerYear: number): number {
  let perFirm = 2 * SATISFACTION_BANDS;
  for (const g of cohortGroups(periods, periodsPerYear))
    // the group's oldest cohort is followed to the end of the run: the starting stock from its
    // size at period 0 for `periods` periods, a year's first cohort from the end of its period
    perFirm += g.key === START_GROUP ? periods : Math.max(0, periods - (g.from - 1) * periodsPerYear - 1);
  return firms * perFirm * Float64Array.BYTES_PER_ELEMENT;
}

/** The buffers to transfer from the worker. */
export function cohortTraceBuffers(tr: CohortTrace): ArrayBuffer[] {
  return [...tr.survival.map((s) => s.buffer), tr.observed.buffer, tr.kept.buffer] as ArrayBuffer[];
}
