// Cohort survival curves and the satisfaction → retention curve, shaped from the cohort counts
// the model keeps when asked (summary.cohorts, src/model/cohorts.ts).
import { cohortCurves, SATISFACTION_BANDS, type CohortCurve, type PeriodSummary } from '../../model/index.ts';
import { OKABE_ITO } from './palette.ts';
import { zoneOf, type Bin } from './satisfaction.ts';
import type { Line } from './types.ts';

/** At most this many lines of acquired cohorts (the starting stock is one more): years are
 *  grouped when the run is longer. */
export const MAX_COHORT_LINES = 6;
const COLORS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.purple, OKABE_ITO.vermillion, OKABE_ITO.sky];

export interface CohortLabels {
  start: string;
  /** Acquired in year `from` (to year `to` when several are grouped), counted from 1. */
  years: (from: number, to: number) => string;
}

/** Share still customers at each age, pooled over cohorts with the product-limit (Kaplan–Meier)
 *  rule: the survival from age a to a + 1 is that of the cohorts that have reached a + 1, so
 *  cohorts acquired late in the run, not yet old, do not pull the curve down. */
export function survival(curves: readonly CohortCurve[]): number[] {
  const longest = Math.max(0, ...curves.map((c) => c.alive.length));
  const out: number[] = [];
  let s = 1;
  for (let a = 0; a + 1 < longest; a++) {
    let atRisk = 0;
    let kept = 0;
    for (const c of curves)
      if (c.alive.length > a + 1) {
        atRisk += c.alive[a];
        kept += c.alive[a + 1];
      }
    s = atRisk > 0 ? (s * kept) / atRisk : NaN;
    out.push(s);
  }
  return out;
}

/** One line per group of cohorts of `firm`: the starting stock, then the customers acquired in
 *  each year (or group of years), x = age in periods (1 = one period after the acquisition), y =
 *  percent still customers. */
export function cohortLines(summaries: readonly PeriodSummary[], firm: number, periodsPerYear: number, labels: CohortLabels): Line[] {
  const counts = summaries.flatMap((s) => (s.cohorts ? [s.cohorts] : []));
  if (counts.length !== summaries.length || !counts.length) return [];
  const mine = cohortCurves(counts).filter((c) => c.firm === firm);
  const years = Math.ceil(counts.length / periodsPerYear);
  const span = Math.ceil(years / MAX_COHORT_LINES);
  const groups: { key: string; label: string; color: string; curves: CohortCurve[] }[] = [
    { key: 'start', label: labels.start, color: OKABE_ITO.black, curves: mine.filter((c) => c.period < 0) },
  ];
  for (let g = 0; g * span < years; g++) {
    const from = g * span;
    const to = Math.min(years, from + span);
    groups.push({
      key: `years-${from + 1}`,
      label: labels.years(from + 1, to),
      color: COLORS[g % COLORS.length],
      curves: mine.filter((c) => c.period >= from * periodsPerYear && c.period < to * periodsPerYear),
    });
  }
  return groups
    .map((g) => ({ key: g.key, label: g.label, color: g.color, points: survival(g.curves).map((y, a) => ({ x: a + 1, y: 100 * y })) }))
    .filter((l) => l.points.length > 0);
}

/** Share of `firm`'s customers in each satisfaction band still its customers a year later,
 *  pooled over every observation resolved so far (customers observed in a period are followed
 *  for one year of periods). `count`: customers observed; `share`: the share kept (0 with none). */
export function satisfactionRetention(summaries: readonly PeriodSummary[], firm: number): Bin[] {
  const customers = new Float64Array(SATISFACTION_BANDS);
  const kept = new Float64Array(SATISFACTION_BANDS);
  let observations = 0;
  for (const s of summaries) {
    const year = s.cohorts?.year;
    if (!year) continue;
    observations++;
    for (let b = 0; b < SATISFACTION_BANDS; b++) {
      customers[b] += year.customers[firm * SATISFACTION_BANDS + b];
      kept[b] += year.retained[firm * SATISFACTION_BANDS + b];
    }
  }
  if (!observations) return [];
  const width = 4 / SATISFACTION_BANDS;
  return Array.from(customers, (n, b) => {
    const lo = 1 + b * width;
    const hi = lo + width;
    return { lo, hi, count: n, share: n > 0 ? kept[b] / n : 0, zone: zoneOf(lo, hi) };
  });
}

/** How many observations the satisfaction → retention curve pools. */
export function resolvedObservations(summaries: readonly PeriodSummary[]): number {
  return summaries.reduce((n, s) => n + (s.cohorts?.year ? 1 : 0), 0);
}
