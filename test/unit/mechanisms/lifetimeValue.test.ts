// Customer lifetime value (MODEL.md §4): this period's contribution per customer, kept for
// 1/(d + churn) periods, where d is the annual discount rate converted to the period:
//   clv = (contribution / customers) × (1 + d) / (d + churn),  d = (1 + r)^(1/periods a year) − 1
// checked against numbers worked out by hand for months and weeks.
import { describe, expect, it } from 'vitest';
import { valueOf, type PeriodSummary } from '../../../src/model/index.ts';
import { quietFirm, quietScenario, runCase } from './customers.ts';

// (1 + d)/d and (1 + d)/(d + 3/11) for r = 10% a year, worked out once:
//   months: d = 1.1^(1/12) − 1 = 0.0079741404…  weeks: d = 1.1^(1/52) − 1 = 0.0018345688…
const MONTHS = { stay: 126.40536612263723, churn: 3.590912240502643 };
const WEEKS = { stay: 546.0872044780361, churn: 3.6488485185096775 };

/** Our firm at price 1.2 and unit cost 0.5 (contribution 0.7 per unit of spend); Rival at the same price. */
const market = (periodUnit: 'month' | 'week', over: Record<string, unknown> = {}) =>
  quietScenario({
    periodUnit,
    market: { annualDiscountRate: 0.1 },
    firms: [quietFirm({ price: 1.2, unitCost: 0.5, qualityCost: 0 }), quietFirm({ price: 1.2, onboardingCost: 40 })],
    ...over,
  });

function contributionPerCustomer(s: PeriodSummary, k: number): number {
  const v = (m: Parameters<typeof valueOf>[2]) => valueOf(s, k, m);
  return (v('revenue') - v('cogs') - v('programmeCost') - v('recoveryCost') - v('personalisationCost') - v('onboardingCost')) / v('customers');
}

describe('lifetime value', () => {
  it('with no churn is the contribution × (1 + d)/d, d the monthly rate', () => {
    const r = runCase(market('month'), {});
    const s = r.summaries[0];
    expect(contributionPerCustomer(s, 0)).toBeCloseTo((0.7 * valueOf(s, 0, 'spendWithFirm')) / 11, 9);
    expect(valueOf(s, 0, 'clv')).toBeCloseTo(contributionPerCustomer(s, 0) * MONTHS.stay, 6);
    expect(valueOf(s, 0, 'clv') / contributionPerCustomer(s, 0)).toBeGreaterThan(120);
  });
  it('discounts per week when the period is a week', () => {
    const s = runCase(market('week'), {}).summaries[0];
    expect(valueOf(s, 0, 'clv')).toBeCloseTo(contributionPerCustomer(s, 0) * WEEKS.stay, 6);
  });
  it('with churn 3/11 divides by d + churn', () => {
    // three customers (value −0.5) take Rival's offer; the other eight stay
    for (const [unit, k] of [
      ['month', MONTHS],
      ['week', WEEKS],
    ] as const) {
      const s = runCase(market(unit, { behaviour: { offerRate: 1 } }), { expectation: 4 }).summaries[0];
      expect(valueOf(s, 0, 'churned')).toBe(3);
      expect(valueOf(s, 0, 'clv')).toBeCloseTo(contributionPerCustomer(s, 0) * k.churn, 6);
    }
  });
  it('charges onboarding to the contribution of the firm that won the customers', () => {
    const s = runCase(market('month', { behaviour: { offerRate: 1 } }), { expectation: 4 }).summaries[0];
    const spend = valueOf(s, 1, 'spendWithFirm');
    // Rival: price 1.2, unit cost 0.55 + 0.12 × 0.5, three newcomers at 40 each, none churned
    expect(valueOf(s, 1, 'clv')).toBeCloseTo(((spend * (1.2 - 0.61) - 3 * 40) / 3) * MONTHS.stay, 6);
  });
  it('leaves acquisition spend out (it buys customers, it is not their contribution)', () => {
    const plain = runCase(market('month'), {}).summaries[0];
    const spending = runCase(market('month', { firms: [quietFirm({ price: 1.2, unitCost: 0.5, qualityCost: 0, acquisitionSpend: 500 }), quietFirm()] }), {})
      .summaries[0];
    expect(valueOf(spending, 0, 'clv')).toBe(valueOf(plain, 0, 'clv'));
    expect(valueOf(spending, 0, 'profit')).toBeCloseTo(valueOf(plain, 0, 'profit') - 500, 9);
  });
  it('rises with a lower discount rate', () => {
    const at = (r: number) => valueOf(runCase(quietScenario({ market: { annualDiscountRate: r } }), {}).summaries[0], 0, 'clv');
    expect(at(0.05)).toBeGreaterThan(at(0.1) * 1.9);
  });
});
