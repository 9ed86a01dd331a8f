// The scenario's one time base. Every rate and duration in a file is stated per month, whatever
// the length of the run's periods (periodUnit); the model converts each to its period length
// once, at parameter compilation (src/model/params.ts), by the rule its unit names (units.ts).
// Months, because every source number the defaults come from is monthly or annual (monthly
// churn, monthly spend; TARP and Reichheld report by the month and year), because a month
// is the period of every library scenario, so those run exactly as they did before the time
// base existed, and because a month's chances are small enough that a week's or a day's follow
// from them by compounding without rounding them to 0.
import { pow } from '../../model/portableMath.ts';

export const PERIOD_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** Periods in a year: 365 days (not 365.25: a year of daily periods is 365 of them), 52 weeks. */
export const PERIODS_PER_YEAR: Readonly<Record<PeriodUnit, number>> = { day: 365, week: 52, month: 12, quarter: 4, year: 1 };

/** How long a period is, in months (the time base). */
export const monthsPerPeriod = (unit: PeriodUnit): number => 12 / PERIODS_PER_YEAR[unit];

/** How a per-month value becomes a per-period value over a period of `len` months:
 *  - chance: a chance per month (or a share of a gap closed each month) compounds,
 *    p = 1 − (1 − r)^len, so a year of weekly periods gives the annual chance a year of months does;
 *  - amount: an amount per month (money, customers, points of drift, a rate of change) scales, × len;
 *  - duration: a length of time in months counts len-month periods, ÷ len. */
export type TimeRule = 'chance' | 'amount' | 'duration';

/** A per-month value as a per-period value. Exactly the value when periods are months. */
export function toPeriod(value: number, rule: TimeRule, len: number): number {
  if (len === 1) return value;
  switch (rule) {
    case 'chance':
      return 1 - pow(1 - value, len);
    case 'amount':
      return value * len;
    case 'duration':
      return value / len;
  }
}

/** The inverse: a per-period value of a `len`-month period as a per-month value (migration of
 *  files whose rates were per period). */
export function fromPeriod(value: number, rule: TimeRule, len: number): number {
  return toPeriod(value, rule, 1 / len);
}
