// The time base: a file's rates are per month; the model converts them to the period length by
// the rule of each field's unit (spec/time.ts, src/model/params.ts perPeriod).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromPeriod, monthsPerPeriod, PERIOD_UNITS, PERIODS_PER_YEAR, toPeriod, type TimeRule } from '../../../src/scenario/spec/time.ts';
import { FIELDS } from '../../../src/scenario/spec/index.ts';
import { perPeriod } from '../../../src/model/params.ts';
import { createSimulation, valueOf } from '../../../src/model/index.ts';
import { scenarioWith } from '../../helpers.ts';

const RULES: TimeRule[] = ['chance', 'amount', 'duration'];
const unit = fc.constantFrom(...PERIOD_UNITS);

describe('converting a per-month value to a period and back', () => {
  it('is the identity, for every rule and period unit (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.constantFrom(...RULES), unit, (r, rule, u) => {
        const len = monthsPerPeriod(u);
        expect(fromPeriod(toPeriod(r, rule, len), rule, len)).toBeCloseTo(r, 6);
      }),
    );
  });

  it('leaves a month exactly as it is (month scenarios run as written)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...RULES), (r, rule) => {
        expect(toPeriod(r, rule, 1)).toBe(r);
      }),
    );
  });

  it('compounds a chance: a year of periods of any length gives the annual chance of twelve months (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.5, noNaN: true }), unit, (r, u) => {
        const p = toPeriod(r, 'chance', monthsPerPeriod(u));
        expect(1 - Math.pow(1 - p, PERIODS_PER_YEAR[u])).toBeCloseTo(1 - Math.pow(1 - r, 12), 9);
      }),
    );
  });

  it('scales an amount and divides a duration by the period length', () => {
    expect(toPeriod(120, 'amount', monthsPerPeriod('quarter'))).toBe(360);
    expect(toPeriod(12, 'duration', monthsPerPeriod('week'))).toBeCloseTo(52, 12);
    expect(toPeriod(24, 'duration', monthsPerPeriod('day'))).toBeCloseTo(730, 9);
    expect(toPeriod(100, 'amount', monthsPerPeriod('year'))).toBe(1200);
  });
});

describe('perPeriod', () => {
  it('returns the very scenario when periods are months and spend is per firm', () => {
    const s = scenarioWith({});
    expect(perPeriod(s)).toBe(s);
  });

  it('converts every field whose unit is per unit of time, and only those', () => {
    const timed = FIELDS.filter((f) => f.time && !f.event && !f.path.startsWith('firms[]')).map((f) => f.path);
    expect(timed).toEqual(
      expect.arrayContaining([
        'population.budget.mean',
        'behaviour.satisfactionMemory',
        'behaviour.expectationAdaptation',
        'behaviour.expectationDrift',
        'behaviour.trustGain',
        'behaviour.trustLoss',
        'behaviour.offerRate',
        'behaviour.searchRate',
        'behaviour.leaveCategoryRate',
        'behaviour.entryRate',
        'service.failureRate',
        'wordOfMouth.referralRate',
        'wordOfMouth.terroristMonths',
      ]),
    );
    const s = scenarioWith({
      periodUnit: 'quarter',
      firms: [{ name: 'A', acquisitionSpend: 1000, programmeCostPerMember: 2 }],
      changes: [{ period: 2, firm: 0, lever: 'acquisitionSpend', value: 500 }],
      events: [{ type: 'qualityIncident', period: 1, firm: 0, failureRate: 0.1 }],
    });
    const q = perPeriod(s);
    expect(q.behaviour.offerRate).toBeCloseTo(1 - Math.pow(1 - s.behaviour.offerRate, 3), 15);
    expect(q.behaviour.expectationDrift).toBeCloseTo(3 * s.behaviour.expectationDrift, 15);
    expect(q.wordOfMouth.terroristMonths).toBe(4); // 12 months in quarters
    expect(q.population.budget.mean).toBe(300);
    expect(q.firms[0]).toMatchObject({ acquisitionSpend: 3000, programmeCostPerMember: 6, price: 1, quality: s.firms[0].quality });
    expect(q.changes[0].value).toBe(1500);
    expect(q.events[0]).toMatchObject({ failureRate: expect.closeTo(1 - 0.9 ** 3, 12), period: 1 });
    // not per unit of time: untouched
    expect(q.behaviour.weights).toEqual(s.behaviour.weights);
    expect([q.horizon, q.burnIn, q.market.annualDiscountRate, q.behaviour.doWithout]).toEqual([
      s.horizon,
      s.burnIn,
      s.market.annualDiscountRate,
      s.behaviour.doWithout,
    ]);
    expect(s.behaviour.offerRate).toBe(0.06); // the file's scenario is not changed
  });

  it('states acquisition spend per person as the firm total, at any population size', () => {
    for (const size of [2000, 20000]) {
      const s = scenarioWith({
        population: { size },
        market: { acquisitionSpendPer: 'person' },
        firms: [{ name: 'A', acquisitionSpend: 0.5 }],
        changes: [{ period: 2, firm: 0, lever: 'acquisitionSpend', value: 0.25 }],
      });
      const q = perPeriod(s);
      expect([q.firms[0].acquisitionSpend, q.changes[0].value]).toEqual([0.5 * size, 0.25 * size]);
      // what the run spends and reports, per period (weeks: a week's share of the month)
      const sim = createSimulation({ ...s, population: { ...s.population, size: size / 10 }, periodUnit: 'week' }, 0, 'typescript');
      expect(valueOf(sim.step(), 0, 'acquisitionSpend')).toBeCloseTo((0.5 * size * 12) / 10 / 52, 9);
    }
  });
});
