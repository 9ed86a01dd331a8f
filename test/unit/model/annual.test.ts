// Measures over calendar years (src/model/annual.ts) against the same replicate's periods worked
// through by hand (mutation testing, README "Mutation testing"): each whole year's per-period
// retentions multiplied, then averaged over the years; market share and NPS averaged over every
// period of those years; the periods past the last whole year left out; a firm other than 0.
// timeUnits.test.ts compares the result across period lengths, which a mistake made alike in
// every length would pass.
import { describe, expect, it } from 'vitest';
import { yearMeasures } from '../../../src/model/annual.ts';
import { createSimulation, valueOf, type PeriodSummary } from '../../../src/model/index.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { scenario } from './helpers.ts';

/** The year measures of firm `firm` worked out from the periods themselves. */
function byHand(s: Scenario, replicate: number, firm: number, perYear: number) {
  const sim = createSimulation(s, replicate, 'typescript');
  const periods: PeriodSummary[] = Array.from({ length: s.horizon }, () => sim.step());
  const years = Math.floor(s.horizon / perYear);
  const whole = periods.slice(0, years * perYear);
  const of = (x: PeriodSummary, m: 'retention' | 'marketShare' | 'nps') => valueOf(x, firm, m);
  const kept = Array.from({ length: years }, (_, y) => whole.slice(y * perYear, (y + 1) * perYear).reduce((a, x) => a * of(x, 'retention'), 1));
  const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
  return {
    annualRetention: mean(kept),
    marketShare: mean(whole.map((x) => of(x, 'marketShare'))),
    nps: mean(whole.map((x) => of(x, 'nps'))),
    kept,
  };
}

describe('yearMeasures', () => {
  it('multiplies each year’s retentions and averages the years; averages share and NPS over their periods; leaves out a part year', () => {
    // two years and five months of a monthly market, firm 1
    const s = scenario({ seed: 11, horizon: 29, population: { size: 300 } });
    const want = byHand(s, 2, 1, 12);
    expect(want.kept.length).toBe(2);
    expect(want.kept[0]).not.toBeCloseTo(want.kept[1], 6); // two different years, so averaging matters
    const got = yearMeasures(s, 2, 1, 'typescript');
    expect(got.annualRetention).toBeCloseTo(want.annualRetention, 12);
    expect(got.marketShare).toBeCloseTo(want.marketShare, 12);
    expect(got.nps).toBeCloseTo(want.nps, 12);
  });
  it('counts a year in the scenario’s periods: four quarters', () => {
    const s = scenario({ seed: 4, periodUnit: 'quarter', horizon: 9, burnIn: 2, population: { size: 300 } });
    const want = byHand(s, 0, 0, 4);
    expect(want.kept.length).toBe(2);
    const got = yearMeasures(s, 0, 0, 'typescript');
    expect([got.annualRetention, got.marketShare, got.nps].map((x) => +x.toFixed(12))).toEqual(
      [want.annualRetention, want.marketShare, want.nps].map((x) => +x.toFixed(12)),
    );
  });
});
