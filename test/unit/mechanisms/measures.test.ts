// The derived measures (measures.ts deriveMeasures) against hand-worked values, on blocks of
// sums written by hand, every input distinct, for a firm other than 0 and a segment other than
// "all" (mutation testing, README "Mutation testing"): rates over the customers at the start of
// the period, shares, means, NPS, strategy cost, profit and lifetime value, and what each gives
// when its denominator is 0.
import { beforeEach, describe, expect, it } from 'vitest';
import { deriveMeasures, M, MEASURE_COUNT, SEGMENTS, type Measure } from '../../../src/model/measures.ts';

const S = SEGMENTS.length;
const FIRMS = 3;

/** A values array of FIRMS firms with `sums[firm][segment]` written into its raw measures. */
function values(sums: Partial<Record<Measure, number>>[][]): Float64Array {
  const v = new Float64Array(FIRMS * S * MEASURE_COUNT);
  sums.forEach((bySeg, f) =>
    bySeg.forEach((raw, seg) => {
      for (const [m, x] of Object.entries(raw)) v[(f * S + seg) * MEASURE_COUNT + M[m as Measure]] = x ?? 0;
    }),
  );
  return v;
}
const read = (v: Float64Array, f: number, seg: number, m: Measure) => v[(f * S + seg) * MEASURE_COUNT + M[m]];

// firm 1, segment "mid" (2): 40 customers at the end, 36 kept of 45 at the start (9 churned), 4 acquired
const MID = {
  customers: 40,
  retained: 36,
  churned: 9,
  acquired: 4,
  spendWithFirm: 300,
  budgetOfCustomers: 1200,
  satisfactionSum: 150,
  trustSum: 18,
  tenureSum: 520,
  priceSensitivitySum: 44,
  promoters: 14,
  passives: 16,
  detractors: 10,
  revenue: 360,
  cogs: 150,
  programmeCost: 21,
  recoveryCost: 13,
  personalisationCost: 7,
  onboardingCost: 3,
  type_inertia: 10,
  type_value: 25,
  type_kinship: 5,
};
// the other firms' customers in the same segment: 20 (firm 0) and 60 (firm 2)
const sums = [
  [{ customers: 100 }, {}, { customers: 20 }, {}],
  [{ customers: 70, retained: 60, churned: 15, acquired: 10, revenue: 500, cogs: 200 }, {}, MID, {}],
  [{ customers: 30 }, {}, { customers: 60 }, {}],
];
const DISCOUNT = 0.01;

describe('derived measures of one block', () => {
  // derived again before each test, not once in the describe body or in beforeAll: Stryker
  // switches a mutant on only once the tests run, and counts what runs in beforeAll as no test's
  let v: Float64Array;
  beforeEach(() => {
    v = values(sums);
    deriveMeasures(v, FIRMS, Float64Array.of(11, 250, 17), DISCOUNT);
  });
  const at = (m: Measure) => read(v, 1, 2, m);
  it('rates over the customers at the start of the period (retained + churned)', () => {
    expect(at('retention')).toBeCloseTo(36 / 45, 12);
    expect(at('churnRate')).toBeCloseTo(9 / 45, 12);
    expect(at('acquisitionRate')).toBeCloseTo(4 / 45, 12);
  });
  it('market share over the customers of every firm in the segment; wallet share spend over budgets', () => {
    expect(at('marketShare')).toBeCloseTo(40 / 120, 12);
    expect(read(v, 0, 2, 'marketShare')).toBeCloseTo(20 / 120, 12);
    expect(read(v, 2, 2, 'marketShare')).toBeCloseTo(60 / 120, 12);
    expect(read(v, 1, 0, 'marketShare')).toBeCloseTo(70 / 200, 12);
    expect(at('walletShare')).toBeCloseTo(300 / 1200, 12);
  });
  it('means per customer, NPS and the NPS groups’ shares', () => {
    expect(at('meanSatisfaction')).toBeCloseTo(150 / 40, 12);
    expect(at('meanTrust')).toBeCloseTo(18 / 40, 12);
    expect(at('meanTenure')).toBeCloseTo(520 / 40, 12);
    expect(at('meanPriceSensitivity')).toBeCloseTo(44 / 40, 12);
    expect(at('nps')).toBeCloseTo((100 * (14 - 10)) / 40, 12);
    expect(at('promoterShare')).toBeCloseTo(14 / 40, 12);
    expect(at('passiveShare')).toBeCloseTo(16 / 40, 12);
    expect(at('detractorShare')).toBeCloseTo(10 / 40, 12);
  });
  it('loyalty-type shares of the customers', () => {
    expect(at('share_inertia')).toBeCloseTo(10 / 40, 12);
    expect(at('share_value')).toBeCloseTo(25 / 40, 12);
    expect(at('share_kinship')).toBeCloseTo(5 / 40, 12);
    expect(at('share_price')).toBe(0);
  });
  it('acquisition spend in the "all" segment only; strategy cost adds every cost; profit = revenue − cogs − strategy cost', () => {
    expect(at('acquisitionSpend')).toBe(0);
    expect(read(v, 1, 0, 'acquisitionSpend')).toBe(250);
    expect(read(v, 2, 0, 'acquisitionSpend')).toBe(17);
    expect(at('strategyCost')).toBeCloseTo(21 + 13 + 7 + 3, 12);
    expect(read(v, 1, 0, 'strategyCost')).toBeCloseTo(250, 12);
    expect(at('profit')).toBeCloseTo(360 - 150 - 44, 12);
    expect(read(v, 1, 0, 'profit')).toBeCloseTo(500 - 200 - 250, 12);
  });
  it('lifetime value: contribution per customer × (1 + d) / (d + churn rate)', () => {
    expect(at('clv')).toBeCloseTo(((166 / 40) * (1 + DISCOUNT)) / (DISCOUNT + 9 / 45), 9);
    expect(read(v, 1, 0, 'clv')).toBeCloseTo(((300 / 70) * (1 + DISCOUNT)) / (DISCOUNT + 15 / 75), 9);
  });
});

describe('derived measures with nothing to divide by', () => {
  it('a firm with no customers at the start: rates NaN, lifetime value as if none churned', () => {
    const v = values([[{}], [{ customers: 5, acquired: 5, revenue: 50, cogs: 20 }], [{ customers: 15, retained: 15 }]]);
    deriveMeasures(v, FIRMS, new Float64Array(FIRMS), DISCOUNT);
    expect(read(v, 1, 0, 'retention')).toBeNaN();
    expect(read(v, 1, 0, 'churnRate')).toBeNaN();
    expect(read(v, 1, 0, 'acquisitionRate')).toBeNaN();
    expect(read(v, 1, 0, 'marketShare')).toBeCloseTo(5 / 20, 12);
    expect(read(v, 1, 0, 'clv')).toBeCloseTo(((30 / 5) * (1 + DISCOUNT)) / DISCOUNT, 9);
  });
  it('a firm with no customers: means, NPS and lifetime value NaN, market share 0; nobody in the category: every share 0', () => {
    const v = values([[{}], [{ customers: 8, retained: 8 }], [{}]]);
    deriveMeasures(v, FIRMS, new Float64Array(FIRMS), DISCOUNT);
    for (const m of [
      'meanSatisfaction',
      'meanTrust',
      'meanTenure',
      'meanPriceSensitivity',
      'nps',
      'promoterShare',
      'clv',
      'share_value',
      'walletShare',
    ] as Measure[])
      expect(read(v, 0, 0, m)).toBeNaN();
    expect(read(v, 0, 0, 'marketShare')).toBe(0);
    expect(read(v, 1, 0, 'marketShare')).toBe(1);
    for (const f of [0, 1, 2]) expect(read(v, f, 3, 'marketShare')).toBe(0); // nobody in the low tier
  });
});
