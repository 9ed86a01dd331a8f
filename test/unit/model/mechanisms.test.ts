// One mechanism at a time, on whole populations where the expected size is known.
import { describe, expect, it } from 'vitest';
import { createSimulation, HAPPENED, NO_PROVIDER, recommendScore, valueOf } from '../../../src/model/index.ts';
import { mean, scenario, series, steps } from './helpers.ts';
import type { ScenarioOverrides } from '../../helpers.ts';

const base = (over: ScenarioOverrides = {}) => scenario({ seed: 5, population: { size: 20000, numberTie: { share: 0 } }, horizon: 24, ...over });

describe('population', () => {
  it('follows the 80/20 rule: the top 20% by budget hold about 80% of spend', () => {
    const { pop } = createSimulation(base(), 0);
    const budgets = Array.from(pop.budget).sort((a, b) => b - a);
    const top = budgets.slice(0, budgets.length / 5).reduce((a, x) => a + x, 0);
    const share = top / budgets.reduce((a, x) => a + x, 0);
    expect(share).toBeGreaterThan(0.65);
    expect(share).toBeLessThan(0.9);
  });

  it('puts the top 20% of budgets in the high tier', () => {
    const { pop } = createSimulation(base(), 0);
    const high = pop.tier.filter((t) => t === 0).length / pop.size;
    expect(high).toBeCloseTo(0.2, 2);
  });
});

describe('failures and complaints', () => {
  it('fails at the failure rate and about 1 in 25 failures is complained about', () => {
    const sim = createSimulation(base({ service: { failureRate: 0.05 } }), 0);
    let customers = 0,
      failures = 0,
      complaints = 0;
    for (let t = 0; t < 12; t++) {
      sim.step();
      for (let i = 0; i < sim.pop.size; i++) {
        const h = sim.pop.happened[i];
        if (sim.pop.provider[i] === NO_PROVIDER && !(h & HAPPENED.left)) continue;
        if (h & HAPPENED.entered) continue;
        customers++;
        if (h & HAPPENED.failure) failures++;
        if (h & HAPPENED.complained) complaints++;
      }
    }
    expect(failures / customers).toBeGreaterThan(0.045);
    expect(failures / customers).toBeLessThan(0.055);
    expect(complaints / failures).toBeGreaterThan(0.03);
    expect(complaints / failures).toBeLessThan(0.05);
  });

  it('encouraging complaints raises the complaint count', () => {
    const count = (enc: number) => {
      const s = base({
        firms: [
          { name: 'Us', initialShare: 0.5, complaintEncouragement: enc },
          { name: 'Them', initialShare: 0.5 },
        ],
      });
      return series(steps(createSimulation(s, 0), 12), 'complaints').reduce((a, x) => a + x, 0);
    };
    expect(count(10)).toBeGreaterThan(5 * count(1));
  });
});

describe('expectations', () => {
  const satisfaction = (firm0: Record<string, unknown>) => {
    const s = base({
      firms: [
        { name: 'Us', initialShare: 0.5, ...firm0 },
        { name: 'Them', initialShare: 0.5 },
      ],
    });
    return mean(series(steps(createSimulation(s, 0), 24), 'meanSatisfaction').slice(12));
  };

  it('over-promising raises expectations, so the same quality satisfies less', () => {
    expect(satisfaction({ promise: 0.8 })).toBeLessThan(satisfaction({}) - 0.1);
  });

  it('a price far below the market lowers satisfaction (cheap reads as poor; seeds/002)', () => {
    expect(satisfaction({ price: 0.5 })).toBeLessThan(satisfaction({ price: 0.85 }));
  });

  it('raising quality raises satisfaction at once; rising expectations then take part of it back', () => {
    const run = (quality: number) => {
      const s = base({ changes: quality ? [{ period: 1, firm: 0, lever: 'quality', value: quality }] : [] });
      return series(steps(createSimulation(s, 0), 24), 'meanSatisfaction');
    };
    const on = run(4.4);
    const off = run(0);
    const early = mean(on.slice(2, 7)) - mean(off.slice(2, 7));
    const late = mean(on.slice(18, 24)) - mean(off.slice(18, 24));
    expect(early).toBeGreaterThan(0.15);
    expect(late).toBeLessThan(early);
  });
});

describe('word of mouth', () => {
  it('a firm whose customers are unhappy wins fewer newcomers', () => {
    const entered = (quality: number) => {
      const s = base({
        firms: [
          { name: 'Us', initialShare: 0.5, quality },
          { name: 'Them', initialShare: 0.5 },
        ],
      });
      return series(steps(createSimulation(s, 0), 24), 'entered').reduce((a, x) => a + x, 0);
    };
    expect(entered(3.0)).toBeLessThan(0.8 * entered(3.8));
  });
});

describe('recommendation score', () => {
  it.each([
    [5, 1, 10],
    [4.6, 0, 9],
    [3.8, 0, 7],
    [3.7, 0, 6],
    [1, 0, 0],
  ])('satisfaction %d, trust %d → %d', (s, t, expected) => expect(recommendScore(s, t)).toBe(expected));
});

describe('acquisition spend', () => {
  it('buys newcomers at roughly its cost per customer', () => {
    const won = (spend: number) => {
      // no burn-in: the spend would otherwise already have thinned the pool of prospects
      const s = base({
        burnIn: 0,
        firms: [
          { name: 'Us', initialShare: 0.5, acquisitionSpend: spend, acquisitionCost: 100 },
          { name: 'Them', initialShare: 0.5 },
        ],
      });
      return series(steps(createSimulation(s, 0), 12), 'entered').reduce((a, x) => a + x, 0);
    };
    const extra = won(10000) - won(0);
    expect(extra).toBeGreaterThan(0.7 * 12 * 100);
    expect(extra).toBeLessThan(1.3 * 12 * 100);
  });
});

describe('kinship (optional)', () => {
  it('appears in the loyalty mix only when enabled, and ties customers to their own firm', () => {
    const share = (kinshipShare: number) =>
      mean(series(steps(createSimulation(base({ population: { size: 20000, numberTie: { share: 0 }, kinshipShare } }), 0), 12), 'share_kinship'));
    expect(share(0)).toBe(0);
    expect(share(0.3)).toBeGreaterThan(0.01);
  });
});

describe('price sensitivity of the customer base', () => {
  it('a price war leaves the price cutter with more price-sensitive customers', () => {
    const s = base({ horizon: 24, events: [{ type: 'priceWar', period: 0, duration: 24, priceCut: 0.3, firms: [1] }] });
    const r = steps(createSimulation(s, 0), 24);
    const cutter = mean(series(r, 'meanPriceSensitivity', 1).slice(12));
    const other = mean(series(r, 'meanPriceSensitivity', 0).slice(12));
    expect(cutter).toBeGreaterThan(other + 0.05);
  });
});

describe('onboarding cost', () => {
  it('charges each new customer once, and counts in strategy cost and profit', () => {
    const s = base({
      firms: [
        { name: 'Us', initialShare: 0.5, onboardingCost: 80 },
        { name: 'Them', initialShare: 0.5, onboardingCost: 0 },
      ],
    });
    for (const x of steps(createSimulation(s, 0), 6)) {
      const v = (m: Parameters<typeof valueOf>[2], f = 0) => valueOf(x, f, m);
      expect(v('onboardingCost')).toBe(80 * v('acquired'));
      expect(v('onboardingCost', 1)).toBe(0);
      expect(v('strategyCost')).toBeCloseTo(v('programmeCost') + v('recoveryCost') + v('personalisationCost') + v('onboardingCost') + v('acquisitionSpend'), 6);
      expect(v('profit')).toBeCloseTo(v('revenue') - v('cogs') - v('strategyCost'), 6);
    }
  });
});
