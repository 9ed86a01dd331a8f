// What the lessons' choice questions ask students to read off a chart, checked on the very run
// the app shows (the scenario file's seed, replicate 0), so a model change that breaks a lesson
// fails here. A card opens after `period` periods: the last point on the chart is period − 1.
import { describe, expect, it } from 'vitest';
import { createSimulation, valueOf, type Measure, type PeriodSummary } from '../../../src/model/index.ts';
import { satisfactionBins } from '../../../src/ui/series/satisfaction.ts';
import { shipped } from '../model/scenarios.ts';

const runs = new Map<string, PeriodSummary[]>();
function run(name: string): PeriodSummary[] {
  if (!runs.has(name)) {
    const s = shipped(name);
    const sim = createSimulation(s, 0);
    runs.set(
      name,
      Array.from({ length: s.horizon }, () => sim.step()),
    );
  }
  return runs.get(name)!;
}
const at = (name: string, m: Measure, t: number, firm = 0) => valueOf(run(name)[t], firm, m, 0);
const mean = (name: string, m: Measure, from: number, to: number, firm = 0) => {
  let s = 0;
  for (let t = from; t < to; t++) s += at(name, m, t, firm);
  return s / (to - from);
};

describe('what the lessons ask students to read', () => {
  it('satisfaction-not-loyalty: most customers are above 3.75 at month 12', () => {
    const bins = satisfactionBins(run('default')[11], 0, 0);
    expect(bins.filter((b) => b.zone !== 'defection').reduce((a, b) => a + b.share, 0)).toBeGreaterThan(0.5);
  });
  it('monopoly-hostages: monopoly loyalty holds almost everyone; share falls fast after month 36', () => {
    expect(at('monopoly-deregulated', 'share_monopoly', 23)).toBeGreaterThan(0.9);
    const bins = satisfactionBins(run('monopoly-deregulated')[29], 0, 0);
    expect(bins.filter((b) => b.zone === 'defection').reduce((a, b) => a + b.share, 0)).toBeGreaterThan(0.3);
    expect(at('monopoly-deregulated', 'marketShare', 41)).toBeLessThan(at('monopoly-deregulated', 'marketShare', 35) - 0.3);
  });
  it('switching-costs: an inertia layer before month 24; churn up and inertia down after', () => {
    expect(at('number-portability', 'share_inertia', 17)).toBeGreaterThan(0.05);
    expect(mean('number-portability', 'churned', 24, 30)).toBeGreaterThan(mean('number-portability', 'churned', 12, 24));
    expect(at('number-portability', 'share_inertia', 29)).toBeLessThan(at('number-portability', 'share_inertia', 23));
  });
  it('loyalty-programme: an incentive layer appears with the programme and goes when it stops', () => {
    expect(at('loyalty-programme', 'share_incentive', 23)).toBeLessThan(0.005);
    expect(at('loyalty-programme', 'share_incentive', 31)).toBeGreaterThan(0.02);
    expect(at('loyalty-programme', 'share_incentive', 65)).toBeLessThan(0.005);
    expect(mean('loyalty-programme', 'strategyCost', 24, 48)).toBeGreaterThan(0);
  });
  it('trust-stages: behavioural trust grows after month 12', () => {
    expect(at('trust-personalisation', 'trustBehavioural', 35)).toBeGreaterThan(1.3 * at('trust-personalisation', 'trustBehavioural', 11));
  });
  it('price-war: Rival B gains share, held by price, during the war', () => {
    const gain = (k: number) => at('price-war', 'marketShare', 31, k) - at('price-war', 'marketShare', 23, k);
    expect(gain(2)).toBeGreaterThan(0.01);
    expect(gain(2)).toBeGreaterThan(gain(0));
    expect(gain(2)).toBeGreaterThan(gain(1));
    expect(at('price-war', 'share_price', 33, 2)).toBeGreaterThan(at('price-war', 'share_price', 23, 2) + 0.1);
  });
});
