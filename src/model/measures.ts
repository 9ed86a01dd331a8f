// Measures (MODEL.md §4) as named reporters in one table. A period yields one block of numbers
// per firm × segment (all customers, then the high, mid and low value tiers): sums gathered in
// one pass over the customers, then ratios derived from the sums.
import { JS_CLASSES, LOYALTY_TYPES } from './loyalty.ts';
import type { CohortPeriod } from './cohorts.ts';

export const SEGMENTS = ['all', 'high', 'mid', 'low'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Satisfaction histogram: sixteen bins of a quarter point, 1–1.25 … 4.75–5 (edges at the
 *  Jones–Sasser zone limits 3.75 and 4.5). */
export { SATISFACTION_BINS } from './drivers/tally.ts';
import { SATISFACTION_BINS } from './drivers/tally.ts';

/** Counts and sums taken from the customers. */
export const RAW = [
  'customers', // at the end of the period
  'retained', // with the firm at the start and the end of the period
  'churned', // left it this period (to a rival or out of the category)
  'acquired', // joined it this period
  'switchedIn',
  'switchedOut',
  'exited', // left the category altogether
  'entered', // new to the category
  'revenue',
  'cogs',
  'programmeCost',
  'recoveryCost',
  'personalisationCost',
  'onboardingCost',
  'satisfactionSum',
  'trustSum',
  'tenureSum', // consecutive periods of purchase: repeat purchases
  'priceSensitivitySum',
  'spendWithFirm',
  'budgetOfCustomers',
  'promoters', // likelihood to recommend 9–10
  'passives', // 7–8
  'detractors', // 0–6
  'unhappy', // satisfaction below 3: tells ~11 others
  'failures',
  'complaints',
  'resolved',
  'resolvedQuickly',
  ...Array.from({ length: SATISFACTION_BINS }, (_, b) => `sat${b}`),
  ...LOYALTY_TYPES.map((t) => `type_${t}`),
  ...JS_CLASSES.map((c) => `js_${c}`),
  'trustCognitive',
  'trustAffective',
  'trustBehavioural',
] as const;

/** Ratios and money derived from the sums. */
export const DERIVED = [
  'retention',
  'churnRate',
  'acquisitionRate',
  'marketShare',
  'walletShare',
  'meanSatisfaction',
  'meanTrust',
  'meanTenure',
  'meanPriceSensitivity',
  'nps',
  'promoterShare',
  'passiveShare',
  'detractorShare',
  'acquisitionSpend',
  'strategyCost',
  'profit',
  'clv',
  ...LOYALTY_TYPES.map((t) => `share_${t}`),
] as const;

export const MEASURES = [...RAW, ...DERIVED] as const;
export type Measure = (typeof MEASURES)[number];
export const M = Object.fromEntries(MEASURES.map((k, i) => [k, i])) as Record<Measure, number>;
export const RAW_COUNT = RAW.length;
export const MEASURE_COUNT = MEASURES.length;

/** One period of one replicate. values[(firm * SEGMENTS.length + segment) * MEASURE_COUNT + measure]. */
export interface PeriodSummary {
  period: number;
  firms: number;
  values: Float64Array;
  /** moves[from * (firms + 1) + to], index `firms` = outside the category. */
  moves: Float64Array;
  /** Cohort survival, retention by tenure and by satisfaction band (cohorts.ts); absent in
   *  summaries made by hand. */
  cohorts?: CohortPeriod;
}

export function valueOf(s: PeriodSummary, firm: number, measure: Measure, segment = 0): number {
  return s.values[(firm * SEGMENTS.length + segment) * MEASURE_COUNT + M[measure]];
}

/** Fills the derived measures of every block from its sums. */
export function deriveMeasures(values: Float64Array, firms: number, acquisitionSpend: Float64Array, periodDiscount: number): void {
  const S = SEGMENTS.length;
  for (let seg = 0; seg < S; seg++) {
    let inCategory = 0;
    for (let f = 0; f < firms; f++) inCategory += values[(f * S + seg) * MEASURE_COUNT + M.customers];
    for (let f = 0; f < firms; f++) {
      const o = (f * S + seg) * MEASURE_COUNT;
      const v = (m: Measure) => values[o + M[m]];
      const set = (m: Measure, x: number) => (values[o + M[m]] = x);
      const n = v('customers');
      const start = v('retained') + v('churned');
      set('retention', start > 0 ? v('retained') / start : NaN);
      set('churnRate', start > 0 ? v('churned') / start : NaN);
      set('acquisitionRate', start > 0 ? v('acquired') / start : NaN);
      set('marketShare', inCategory > 0 ? n / inCategory : 0);
      set('walletShare', v('budgetOfCustomers') > 0 ? v('spendWithFirm') / v('budgetOfCustomers') : NaN);
      set('meanSatisfaction', n > 0 ? v('satisfactionSum') / n : NaN);
      set('meanTrust', n > 0 ? v('trustSum') / n : NaN);
      set('meanTenure', n > 0 ? v('tenureSum') / n : NaN);
      set('meanPriceSensitivity', n > 0 ? v('priceSensitivitySum') / n : NaN);
      set('nps', n > 0 ? (100 * (v('promoters') - v('detractors'))) / n : NaN);
      set('promoterShare', n > 0 ? v('promoters') / n : NaN);
      set('passiveShare', n > 0 ? v('passives') / n : NaN);
      set('detractorShare', n > 0 ? v('detractors') / n : NaN);
      // acquisition spend is a firm-wide budget, not split across value tiers
      const acq = seg === 0 ? acquisitionSpend[f] : 0;
      set('acquisitionSpend', acq);
      const serving = v('programmeCost') + v('recoveryCost') + v('personalisationCost') + v('onboardingCost');
      set('strategyCost', serving + acq);
      const contribution = v('revenue') - v('cogs') - serving;
      set('profit', contribution - acq);
      // lifetime value of a customer: this period's contribution, kept for 1/(d + churn) periods
      const churn = start > 0 ? v('churned') / start : 0;
      set('clv', n > 0 ? ((contribution / n) * (1 + periodDiscount)) / (periodDiscount + churn) : NaN);
      for (const t of LOYALTY_TYPES) set(`share_${t}`, n > 0 ? v(`type_${t}`) / n : NaN);
    }
  }
}
