// A customer's "why": the terms the attribution weighs (src/model/loyalty.ts) as the steps of a
// waterfall, and the plain sentence they add up to ("would leave if the rewards stopped").
import { csvLine } from '../../io/csv.ts';
import type { CustomerState, Why } from '../../model/inspect.ts';

export const WHY_TERMS = ['value', 'price', 'incentive', 'kinship', 'switchingCost'] as const;
export type WhyTerm = (typeof WHY_TERMS)[number];

export interface WhyStep {
  key: WhyTerm | 'margin';
  /** The term's size (utility points; positive: in favour of staying). */
  amount: number;
  /** Where its bar starts and ends on the running total. */
  from: number;
  to: number;
}

/** The waterfall: each term from the running total, then the margin (the sum) from 0. */
export function whySteps(w: Why): WhyStep[] {
  let run = 0;
  const steps: WhyStep[] = WHY_TERMS.map((key) => {
    const from = run;
    run += w[key];
    return { key, amount: w[key], from, to: run };
  });
  steps.push({ key: 'margin', amount: run, from: 0, to: run });
  return steps;
}

/** What the sentence says: the customer stays for value (would stay without every other
 *  support), would leave if one named support went, leaves now for the rival, or has no choice. */
export type Verdict =
  { kind: 'outside' } | { kind: 'noChoice' } | { kind: 'leaving' } | { kind: 'value' } | { kind: 'heldBy'; supports: Exclude<WhyTerm, 'value'>[] };

/** The supports (price, rewards, ties, switching cost) whose loss alone would tip the margin below 0. */
export function verdictOf(c: CustomerState): Verdict {
  if (c.provider < 0) return { kind: 'outside' };
  const w = c.why;
  if (!w) return { kind: 'noChoice' };
  const margin = WHY_TERMS.reduce((a, k) => a + w[k], 0);
  if (margin < 0) return { kind: 'leaving' };
  const supports = (['incentive', 'price', 'switchingCost', 'kinship'] as const).filter((k) => w[k] > 0 && margin - w[k] < 0);
  return supports.length ? { kind: 'heldBy', supports } : { kind: 'value' };
}

/** One customer's story as CSV: one row per period followed (period counted from 0, as in the
 *  run's CSV), with the attribution's terms; firm names as the charts show them. */
export function storyCsv(states: readonly CustomerState[], names: readonly string[]): string {
  const name = (k: number) => (k < 0 ? '' : (names[k] ?? String(k)));
  const head = [
    'customer',
    'period',
    'provider',
    'satisfaction',
    'expectation',
    'trust',
    'loyaltyType',
    'jsClass',
    'loyaltyIndex',
    ...WHY_TERMS,
    'margin',
    'rival',
    'events',
  ];
  let out = csvLine(head);
  for (const s of states) {
    const w = s.why;
    const terms = WHY_TERMS.map((k) => (w ? w[k] : NaN));
    const margin = w ? terms.reduce((a, x) => a + x, 0) : NaN;
    out += csvLine([
      s.id,
      s.period,
      name(s.provider),
      s.satisfaction,
      s.expectation,
      s.trust,
      s.loyaltyType ?? '',
      s.jsClass ?? '',
      s.loyalty ?? NaN,
      ...terms,
      margin,
      w ? name(w.rival) : '',
      s.events.join(' '),
    ]);
  }
  return out;
}
