// A team's cost forecast reads the firm's costs per period as the model does: the file states
// them per month (and acquisition spend per person when the market says so).
import { describe, expect, it } from 'vitest';
import { firmCosts, forecastCost } from '../../../src/classroom/forecast.ts';
import type { Decision } from '../../../src/classroom/decision.ts';
import { LEVERS } from '../../../src/scenario/levers.ts';
import { scenarioWith } from '../../helpers.ts';

const decision = { ...Object.fromEntries(LEVERS.map((l) => [l.key, l.default])), acquisitionSpend: 1000, personalisation: 1, programme: 0.02 } as Decision;
const basis = { customers: 100, revenue: 5000, price: 1 };

describe('forecastCost', () => {
  it('in months: the per-month costs as they are', () => {
    const f = forecastCost(decision, firmCosts(scenarioWith({}), 0), basis, 3);
    expect(f.acquisition).toBe(3000);
    expect(f.personalisation).toBe(3 * 2 * 100);
    expect(f.programme).toBeCloseTo(3 * (0.02 * 5000 + 100 * 1), 9);
  });
  it('in weeks: a week is 12/52 of a month of costs and spend', () => {
    const f = forecastCost(decision, firmCosts(scenarioWith({ periodUnit: 'week' }), 0), basis, 13);
    expect(f.acquisition).toBeCloseTo((13 * 1000 * 12) / 52, 9);
    expect(f.personalisation).toBeCloseTo((13 * 2 * 100 * 12) / 52, 9);
  });
  it('spend per person: times the people in the market', () => {
    const s = scenarioWith({ population: { size: 5000 }, market: { acquisitionSpendPer: 'person' } });
    expect(forecastCost({ ...decision, acquisitionSpend: 0.2 }, firmCosts(s, 0), basis, 3).acquisition).toBeCloseTo(3 * 0.2 * 5000, 9);
  });
});
