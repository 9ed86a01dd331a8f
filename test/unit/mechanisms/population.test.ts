// The customers as drawn (MODEL.md §1): budgets heavy-tailed (Pareto, ~20% bring ~80%), value
// tiers of 20/30/50%, starting market shares, the share in the category, heterogeneity within
// its stated bounds, number ties and kinship ties.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulation, NO_PROVIDER, type Simulation } from '../../../src/model/index.ts';
import { allocatePopulation, bytesPerCustomer, onHeap, type Allocate } from '../../../src/model/population.ts';
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

describe('the customers’ arrays (population.ts)', () => {
  it('holds one value per customer, fit one per customer and firm, zeroed but for the providers', () => {
    const pop = allocatePopulation(7, 3);
    expect([pop.size, pop.firms]).toEqual([7, 3]);
    expect(pop.fit).toBeInstanceOf(Int8Array);
    expect(pop.fit.length).toBe(21);
    expect(pop.budget).toBeInstanceOf(Float32Array);
    expect(pop.tenure).toBeInstanceOf(Uint16Array);
    for (const a of [pop.tier, pop.traits, pop.tenure, pop.satisfaction, pop.budget, pop.happened, pop.freedom]) {
      expect(a.length).toBe(7);
      expect(Array.from(a as ArrayLike<number>)).toEqual(new Array(7).fill(0));
    }
    // nobody has a provider yet, nor had one
    expect(Array.from(pop.provider)).toEqual(new Array(7).fill(NO_PROVIDER));
    expect(Array.from(pop.lastProvider)).toEqual(new Array(7).fill(NO_PROVIDER));
    expect(NO_PROVIDER).toBe(255);
  });
  it('takes its arrays from the allocator it is given, the JS heap by default', () => {
    const lengths: number[] = [];
    const counting: Allocate = (Type, length) => (lengths.push(length), onHeap(Type, length));
    allocatePopulation(4, 2, counting);
    // 19 arrays of one value per customer, fit one per customer and firm
    expect(lengths.sort((a, b) => a - b)).toEqual([...new Array(19).fill(4), 8]);
    expect(onHeap(Float32Array, 3)).toEqual(new Float32Array(3));
  });
  it('takes 47 bytes a customer plus one a firm', () => {
    // 7 one-byte arrays (freedom among them), 4 two-byte, 8 four-byte, and fit: 7 + 8 + 32 + K
    expect(bytesPerCustomer(allocatePopulation(10, 3))).toBe(50);
    expect(bytesPerCustomer(allocatePopulation(4, 1))).toBe(48);
  });
});

describe('each customer as drawn (initialize.ts)', () => {
  // three firms of distinct quality and price, fit of ±1.5, satisfaction weights that run past both
  // ends of the 1–5 scale
  const firms = [
    { quality: 4, price: 1.3 },
    { quality: 3, price: 0.8 },
    { quality: 3.5, price: 1 },
  ];
  const scenario = (periodUnit: 'month' | 'quarter' = 'month') =>
    quietScenario({
      periodUnit,
      population: {
        size: 5001,
        inCategory: 0.7,
        budget: { mean: 100, paretoAlpha: 1.5 },
        expectation: { mean: 3.6, spread: 0.2 },
        priceSensitivity: { mean: 1.2, spread: 0.5 },
        dealSensitivity: { mean: 0.8, spread: 0.5 },
      },
      behaviour: { baseSatisfaction: 3.2, disconfirmationWeight: 3, priceWeightInSatisfaction: 0.5, matchSpread: 1.5 },
      // shares that do not add up to 1: normalised, 50/30/20
      firms: firms.map((f, k) => quietFirm({ ...f, initialShare: [0.25, 0.15, 0.1][k] })),
    });
  let pop: Simulation['pop'];
  beforeEach(() => {
    pop = createSimulation(scenario(), 0, ENGINE).pop;
  });
  const ids = () => Array.from({ length: pop.size }, (_, i) => i);
  /** Satisfaction before it is held to 1–5: base + weight × (quality + fit − E) − price weight × sensitivity × (price − 1). */
  const rawSatisfaction = (i: number) => {
    const f = firms[pop.provider[i]];
    const q = f.quality + (1.5 / 127) * pop.fit[i * 3 + pop.provider[i]];
    return 3.2 + 3 * (q - pop.expectation[i]) - 0.5 * pop.priceSensitivity[i] * (f.price - 1);
  };
  it('splits the customers by the initial shares, normalised', () => {
    const inside = ids().filter((i) => pop.provider[i] !== NO_PROVIDER);
    // about 3,500 customers: a share's standard deviation is under 0.009
    [0.5, 0.3, 0.2].forEach((share, k) => expect(Math.abs(inside.filter((i) => pop.provider[i] === k).length / inside.length - share)).toBeLessThan(0.04));
  });
  it('starts a customer at the satisfaction its experience settles at, held to 1–5', () => {
    const inside = ids().filter((i) => pop.provider[i] !== NO_PROVIDER);
    for (const i of inside) expect(pop.satisfaction[i]).toBeCloseTo(Math.min(5, Math.max(1, rawSatisfaction(i))), 5);
    expect(inside.filter((i) => pop.satisfaction[i] === 5).length).toBeGreaterThan(50);
    expect(inside.filter((i) => pop.satisfaction[i] === 1).length).toBeGreaterThan(50);
  });
  it('gives a customer a tenure of up to 48 months and trust of history × (satisfaction − base) / 1.5 above base, at most 1', () => {
    const inside = ids().filter((i) => pop.provider[i] !== NO_PROVIDER);
    const tenures = inside.map((i) => pop.tenure[i]);
    expect(Math.min(...tenures)).toBe(0);
    expect(Math.max(...tenures)).toBe(47);
    expect(tenures.reduce((a, x) => a + x, 0) / tenures.length).toBeCloseTo(23.5, 0);
    let some = 0;
    for (const i of inside) {
      const above = rawSatisfaction(i) - 3.2;
      if (above <= 1e-5) {
        if (above < -1e-5) expect(pop.trust[i]).toBe(0);
        continue;
      }
      const trust = pop.trust[i];
      expect(trust).toBeLessThanOrEqual(1);
      if (trust === 1) continue;
      // the one history draw gives both: tenure = floor(history × 48), trust = history × above / 1.5
      const history = (trust * 1.5) / above;
      expect(history).toBeGreaterThanOrEqual(pop.tenure[i] / 48 - 1e-4);
      expect(history).toBeLessThan((pop.tenure[i] + 1) / 48 + 1e-4);
      some++;
    }
    expect(some).toBeGreaterThan(500);
    expect(inside.filter((i) => pop.trust[i] === 1).length).toBeGreaterThan(50);
  });
  it('counts the starting tenure in periods: up to 16 quarters', () => {
    const quarters = createSimulation(scenario('quarter'), 0, ENGINE).pop;
    const tenures = Array.from(quarters.tenure).filter((_, i) => quarters.provider[i] !== NO_PROVIDER);
    expect(Math.max(...tenures)).toBe(15);
  });
  it('gives a customer half its budget’s wallet, and a prospect satisfaction 3, no wallet, trust or tenure', () => {
    for (const i of ids()) {
      if (pop.provider[i] !== NO_PROVIDER) expect(pop.walletShare[i]).toBe(0.5);
      else expect([pop.satisfaction[i], pop.walletShare[i], pop.trust[i], pop.tenure[i]]).toEqual([3, 0, 0, 0]);
    }
  });
  it('draws deal sensitivity and expectation uniformly within mean·(1 ± spread)', () => {
    for (const [attr, mean, spread] of [
      ['dealSensitivity', 0.8, 0.5],
      ['expectation', 3.6, 0.2],
      ['priceSensitivity', 1.2, 0.5],
    ] as const) {
      const xs = Array.from(pop[attr]);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(mean * (1 - spread) - 1e-6);
      expect(Math.min(...xs)).toBeLessThan(mean * (1 - spread) + 0.01);
      expect(Math.max(...xs)).toBeLessThanOrEqual(mean * (1 + spread) + 1e-6);
      expect(Math.max(...xs)).toBeGreaterThan(mean * (1 + spread) - 0.01);
      expect(xs.reduce((a, x) => a + x, 0) / xs.length).toBeCloseTo(mean, 1);
    }
  });
  it('draws budgets from a Pareto of the stated mean: none below its scale mean·(α − 1)/α', () => {
    const xm = (100 * 0.5) / 1.5;
    const budgets = Array.from(pop.budget);
    expect(Math.min(...budgets)).toBeGreaterThanOrEqual(Math.fround(xm) * (1 - 1e-6));
    expect(Math.min(...budgets)).toBeLessThan(xm * 1.01);
    // the median of a Pareto is xm · 2^(1/α)
    const sorted = budgets.sort((a, b) => a - b);
    expect(sorted[2500] / (xm * Math.pow(2, 1 / 1.5))).toBeCloseTo(1, 1);
  });
  it('puts exactly the top 20% of budgets in tier 0 and the next 30% in tier 1', () => {
    const count = (t: number) => ids().filter((i) => pop.tier[i] === t).length;
    // 5001 customers: from the 4000th of the sorted budgets up, and from the 2500th
    expect([count(0), count(1), count(2)]).toEqual([1001, 1500, 2500]);
  });
});
