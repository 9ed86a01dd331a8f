// The cohort measures (cohorts.ts) as long rows that go straight to CSV, as summaryRows does
// for the period measures: cohort survival (one row per firm × cohort × age), retention a year
// later by satisfaction band, and retention over a period by tenure band. Periods and ages
// count from 0, as in every CSV.
import type { CohortPeriod } from './cohorts.ts';
import { SATISFACTION_BANDS, tenureEdges } from './cohorts.ts';
import type { PeriodSummary } from './measures.ts';

export const COHORT_HEADER = ['replicate', 'firm', 'cohort', 'age', 'acquired', 'alive'] as const;
export const SATISFACTION_BAND_HEADER = ['replicate', 'firm', 'period', 'band', 'customers', 'retainedNextYear'] as const;
export const TENURE_BAND_HEADER = ['replicate', 'firm', 'period', 'band', 'customers', 'retained'] as const;

/** The cohort column's name for the starting stock (the customers at the start of period 0). */
export const START_COHORT = 'start';

/** A satisfaction band's interval, lower edge included: `3.75-4`. */
export function satisfactionBandLabel(b: number): string {
  const width = 4 / SATISFACTION_BANDS;
  return `${1 + b * width}-${1 + (b + 1) * width}`;
}

/** The tenure bands' labels in periods of tenure at the start of a period: `0-5`, …, `24+`. */
export function tenureBandLabels(periodsPerYear: number): string[] {
  const e = tenureEdges(periodsPerYear);
  return e.map((lo, b) => (b + 1 < e.length ? `${lo}-${e[b + 1] - 1}` : `${lo}+`));
}

/** One firm's cohort of one replicate: its size at age 0 and who is left at each age. */
export interface CohortCurve {
  firm: number;
  /** The period it was acquired in, or -1 for the starting stock. */
  period: number;
  /** alive[age]; alive[0] is the cohort's size (acquired). */
  alive: number[];
}

/** Every firm's cohorts from the counts of a replicate's periods 0 … n−1, in order: the
 *  starting stock's age a is the end of period a − 1; a cohort acquired in period p is age a at
 *  the end of period p + a. */
export function cohortCurves(periods: readonly CohortPeriod[]): CohortCurve[] {
  if (!periods.length) return [];
  const K = periods[0].stock.length;
  const out: CohortCurve[] = [];
  for (let k = 0; k < K; k++) {
    out.push({ firm: k, period: -1, alive: [periods[0].stock[k], ...periods.map((x) => x.alive[k * x.cohorts])] });
    for (let p = 0; p < periods.length; p++) out.push({ firm: k, period: p, alive: periods.slice(p).map((x) => x.alive[k * x.cohorts + 1 + p]) });
  }
  return out;
}

/** A replicate's cohort survival rows, by firm, cohort (the starting stock first) and age. */
export function cohortRows(replicate: number, periods: readonly CohortPeriod[]): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const c of cohortCurves(periods))
    for (let age = 0; age < c.alive.length; age++) rows.push([replicate, c.firm, c.period < 0 ? START_COHORT : c.period, age, c.alive[0], c.alive[age]]);
  return rows;
}

/** The satisfaction observation resolved in this period (a year after it was made), if any. */
export function satisfactionBandRows(replicate: number, summary: PeriodSummary): (string | number)[][] {
  const year = summary.cohorts?.year;
  if (!year) return [];
  const rows: (string | number)[][] = [];
  for (let k = 0; k < summary.firms; k++)
    for (let b = 0; b < SATISFACTION_BANDS; b++) {
      const j = k * SATISFACTION_BANDS + b;
      rows.push([replicate, k, year.period, satisfactionBandLabel(b), year.customers[j], year.retained[j]]);
    }
  return rows;
}

/** The period's customers by tenure band at its start and how many of them stayed. */
export function tenureBandRows(replicate: number, summary: PeriodSummary, periodsPerYear: number): (string | number)[][] {
  const c = summary.cohorts;
  if (!c) return [];
  const labels = tenureBandLabels(periodsPerYear);
  const rows: (string | number)[][] = [];
  for (let k = 0; k < summary.firms; k++)
    for (let b = 0; b < labels.length; b++) {
      const j = k * labels.length + b;
      rows.push([replicate, k, summary.period, labels[b], c.tenureCustomers[j], c.tenureRetained[j]]);
    }
  return rows;
}
