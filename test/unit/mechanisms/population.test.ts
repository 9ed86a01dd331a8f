// The customers as drawn (MODEL.md §1): budgets heavy-tailed (Pareto, ~20% bring ~80%), value
// tiers of 20/30/50%, starting market shares, the share in the category, heterogeneity within
// its stated bounds, number ties and kinship ties.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulation, NO_PROVIDER, type Simulation } from '../../../src/model/index.ts';
import { quietFirm, quietScenario } from './customers.ts';
import { ENGINE } from './engine.ts';

const n = 20_001;
const within = (x: number, p: number) => expect(Math.abs(x - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));

describe('a drawn population', () => {
  const s = quietScenario({
    population: {
      size: n,
      inCategory: 0.8,
      priceSensitivity: { mean: 1.5, spread: 0.4 },
      switchingCost: { mean: 0.5, spread: 1 },
      numberTie: { share: 0.25 },
      kinshipShare: 0.1,
    },
    firms: [quietFirm({ initialShare: 0.6 }), quietFirm({ initialShare: 0.2 }), quietFirm({ initialShare: 0.2 })],
  });
  // drawn before each test, not in the describe body or in beforeAll: a mutant is switched on only
  // once the tests run, and Stryker credits what runs in beforeAll to no test
  let pop: Simulation['pop'];
  beforeEach(() => {
    pop = createSimulation(s, 0, ENGINE).pop;
  });
  const ids = Array.from({ length: n }, (_, i) => i);
  it('has inCategory of them buying, split by the initial shares', () => {
    const buying = ids.filter((i) => pop.provider[i] !== NO_PROVIDER);
    within(buying.length / n, 0.8);
    expect(Math.abs(buying.filter((i) => pop.provider[i] === 0).length / buying.length - 0.6)).toBeLessThan(0.02);
    expect(Math.abs(buying.filter((i) => pop.provider[i] === 2).length / buying.length - 0.2)).toBeLessThan(0.02);
  });
  it('puts the top 20% of budgets in tier 0, the next 30% in tier 1, the rest in tier 2', () => {
    const count = (t: number) => ids.filter((i) => pop.tier[i] === t).length / n;
    expect(count(0)).toBeCloseTo(0.2, 2);
    expect(count(1)).toBeCloseTo(0.3, 2);
    const minTop = Math.min(...ids.filter((i) => pop.tier[i] === 0).map((i) => pop.budget[i]));
    const maxMid = Math.max(...ids.filter((i) => pop.tier[i] === 1).map((i) => pop.budget[i]));
    expect(minTop).toBeGreaterThanOrEqual(maxMid);
  });
  it('has heavy-tailed budgets: the top 20% hold most of the spend, the mean is the stated one', () => {
    const total = ids.reduce((a, i) => a + pop.budget[i], 0);
    const top = ids.filter((i) => pop.tier[i] === 0).reduce((a, i) => a + pop.budget[i], 0);
    expect(top / total).toBeGreaterThan(0.6);
    expect(Math.max(...pop.budget)).toBeLessThanOrEqual(500 * 100 * 1.0000001);
    expect(total / n).toBeGreaterThan(60);
    expect(total / n).toBeLessThan(140);
  });
  it('draws sensitivities and switching costs uniformly within mean·(1 ± spread)', () => {
    const ps = Array.from(pop.priceSensitivity);
    expect(Math.min(...ps)).toBeGreaterThanOrEqual(1.5 * 0.6 - 1e-6);
    expect(Math.max(...ps)).toBeLessThanOrEqual(1.5 * 1.4 + 1e-6);
    expect(ps.reduce((a, x) => a + x, 0) / n).toBeCloseTo(1.5, 1);
    const sc = Array.from(pop.switchingCost);
    expect(Math.min(...sc)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...sc)).toBeLessThanOrEqual(1 + 1e-6);
  });
  it('ties numberTie.share of them to their number and kinshipShare of the buyers to their own firm', () => {
    within(ids.filter((i) => pop.traits[i] & 2).length / n, 0.25);
    const buying = ids.filter((i) => pop.provider[i] !== NO_PROVIDER);
    const kin = buying.filter((i) => pop.traits[i] & 1);
    expect(Math.abs(kin.length / buying.length - 0.1)).toBeLessThan(0.01);
    for (const i of kin) expect(pop.traits[i] >> 4).toBe(pop.provider[i]);
    expect(ids.filter((i) => pop.provider[i] === NO_PROVIDER && pop.traits[i] & 1)).toEqual([]);
  });
});
