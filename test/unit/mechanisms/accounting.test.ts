// Tallies and measures (MODEL.md §4) against sums worked out by hand from the customers' own
// state after the period: money (revenue, cost of goods, every strategy cost, profit), counts
// and their stock-flow identities, NPS, satisfaction bins, trust stages, word of mouth.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSimulation, MEASURES, NO_PROVIDER, SEGMENTS, valueOf, type Measure, type PeriodSummary, type Simulation } from '../../../src/model/index.ts';
import { AT, handBuilt, place, quietFirm, quietScenario, runCase } from './customers.ts';
import { ENGINE } from './engine.ts';
import { scenarioWith } from '../../helpers.ts';

/** Σ over the customers of firm k (and tier, if given) of f(i). */
function sumOver(pop: { provider: Uint8Array; tier: Uint8Array; size: number }, k: number, f: (i: number) => number, tier?: number): number {
  let s = 0;
  for (let i = 0; i < pop.size; i++) if (pop.provider[i] === k && (tier === undefined || pop.tier[i] === tier)) s += f(i);
  return s;
}

describe('money: revenue, cost of goods, every strategy cost, profit', () => {
  // Us: price 1.2, unit cost 0.5 + 0.25 per quality point above 3, a programme (reward 0.1,
  // 2 a member), personal service (0.5, focus 0.25, 4 per unit), every purchase failing and
  // recovered quickly (15 a resolution, × 1.5 when quick), 300 of acquisition spend
  const all = { silent: 1, unresolved: 1, resolved: 1, quick: 1 };
  const s = quietScenario({
    service: { failureRate: 1, complaintRate: 1, repurchase: { minor: all, major: all } },
    firms: [
      quietFirm({
        price: 1.2,
        unitCost: 0.5,
        qualityCost: 0.25,
        programme: 0.1,
        programmeCostPerMember: 2,
        personalisation: 0.5,
        focusHighValue: 0.25,
        personalisationCost: 4,
        recoveryRate: 1,
        recoverySpeed: 1,
        recoveryCost: 15,
        acquisitionSpend: 300,
        acquisitionCost: 1e6,
      }),
      quietFirm(),
    ],
  });
  // run again before each test (11 customers, one period), not once in the describe body or in
  // beforeAll: Stryker switches a mutant on only once the tests run, and counts what runs in
  // beforeAll as no test's
  let summary: PeriodSummary;
  let pop: Simulation['pop'];
  beforeEach(() => {
    const sim = handBuilt(s);
    // customers of Us in every tier, with different budgets; none of Rival's
    for (let i = 0; i < sim.pop.size; i++) place(sim, i, { tier: i % 3, budget: 50 + 10 * i, walletShare: 0.3 + 0.05 * (i % 4) });
    summary = sim.step();
    pop = sim.pop;
  });
  const v = (m: Measure, seg = 0) => valueOf(summary, 0, m, seg);
  const spend = (tier?: number) => sumOver(pop, 0, (i) => pop.budget[i] * pop.walletShare[i], tier);
  const count = (tier?: number) => sumOver(pop, 0, () => 1, tier);
  const personal = [0.5 * (1 + 4 * 0.25), 0.5 * 0.75, 0.5 * 0.75];

  it('revenue = spend × price; cost of goods = spend × (unit cost + quality cost × (quality − 3))', () => {
    expect(v('spendWithFirm')).toBeCloseTo(spend(), 6);
    expect(v('revenue')).toBeCloseTo(spend() * 1.2, 6);
    expect(v('cogs')).toBeCloseTo(spend() * (0.5 + 0.25 * 0.5), 6);
  });
  it('programme cost = rewards on spend + running cost per member', () => {
    expect(v('programmeCost')).toBeCloseTo(spend() * 1.2 * 0.1 + 11 * 2, 6);
  });
  it('personalisation cost = customers × cost × personal service of their tier', () => {
    const expected = [0, 1, 2].reduce((a, t) => a + count(t) * 4 * personal[t], 0);
    expect(v('personalisationCost')).toBeCloseTo(expected, 6);
    for (const t of [0, 1, 2]) expect(v('personalisationCost', t + 1)).toBeCloseTo(count(t) * 4 * personal[t], 6);
  });
  it('recovery cost = resolutions × cost, × 1.5 when quick', () => {
    expect(v('resolvedQuickly')).toBe(11);
    expect(v('recoveryCost')).toBeCloseTo(11 * 15 * 1.5, 9);
  });
  it("wallet share = spend with the firm / its customers' budgets; failures, complaints and resolutions are counted", () => {
    const budgets = sumOver(pop, 0, (i) => pop.budget[i]);
    expect(v('budgetOfCustomers')).toBeCloseTo(budgets, 6);
    expect(v('walletShare')).toBeCloseTo(spend() / budgets, 12);
    expect([v('failures'), v('complaints'), v('resolved'), v('resolvedQuickly')]).toEqual([11, 11, 11, 11]);
    expect(v('meanPriceSensitivity')).toBeCloseTo(1, 6);
  });
  it('acquisition spend is a firm-wide cost, counted in the "all" segment only', () => {
    expect(v('acquisitionSpend')).toBe(300);
    for (const seg of [1, 2, 3]) expect(v('acquisitionSpend', seg)).toBe(0);
  });
  it('strategy cost adds every cost; profit = revenue − cost of goods − strategy cost', () => {
    const strategy = v('programmeCost') + v('recoveryCost') + v('personalisationCost') + v('onboardingCost') + 300;
    expect(v('strategyCost')).toBeCloseTo(strategy, 9);
    expect(v('profit')).toBeCloseTo(spend() * 1.2 - spend() * 0.625 - strategy, 6);
    // and by hand, from the numbers alone
    const byHand =
      spend() * 1.2 - spend() * 0.625 - (spend() * 0.12 + 22) - 11 * 15 * 1.5 - [0, 1, 2].reduce((a, t) => a + count(t) * 4 * personal[t], 0) - 300;
    expect(v('profit')).toBeCloseTo(byHand, 6);
  });
  it('the value tiers add up to the whole for every count and sum', () => {
    for (const m of ['customers', 'revenue', 'cogs', 'programmeCost', 'recoveryCost', 'personalisationCost', 'spendWithFirm', 'satisfactionSum'] as Measure[])
      expect(v(m, 1) + v(m, 2) + v(m, 3)).toBeCloseTo(v(m), 6);
    for (const t of [0, 1, 2]) expect(v('revenue', t + 1)).toBeCloseTo(spend(t) * 1.2, 6);
  });
  it('costs nothing for a programme that pays no reward', () => {
    const plain = handBuilt(quietScenario({ firms: [quietFirm({ programmeCostPerMember: 5 }), quietFirm()] }));
    expect(valueOf(plain.step(), 0, 'programmeCost')).toBe(0);
  });
});

describe('onboarding: every customer acquired costs onboardingCost', () => {
  it('charges the firm that wins a switcher, per switcher', () => {
    const s = quietScenario({ behaviour: { offerRate: 1 }, firms: [quietFirm(), quietFirm({ onboardingCost: 40 })] });
    const r = runCase(s, { expectation: 4 });
    expect(valueOf(r.summaries[0], 1, 'acquired')).toBe(3);
    expect(valueOf(r.summaries[0], 1, 'switchedIn')).toBe(3);
    expect(valueOf(r.summaries[0], 1, 'onboardingCost')).toBe(120);
    expect(valueOf(r.summaries[0], 0, 'onboardingCost')).toBe(0);
  });
});

describe('counts: the stock-flow identities hold in a busy market', () => {
  const s = scenarioWith({ population: { size: 3001 }, horizon: 24, burnIn: 0, seed: 3 });
  const K = s.firms.length;
  let before: number[];
  let run: PeriodSummary[];
  beforeAll(() => {
    const sim = createSimulation(s, 0, ENGINE);
    before = Array.from({ length: K }, (_, k) => sumOver(sim.pop, k, () => 1));
    run = Array.from({ length: s.horizon }, () => sim.step());
  });
  const v = (t: number, k: number, m: Measure, seg = 0) => valueOf(run[t], k, m, seg);
  it('customers_t = customers_{t−1} + acquired − churned, per firm and per tier', () => {
    for (let t = 0; t < run.length; t++)
      for (let k = 0; k < K; k++) {
        const prev = t === 0 ? before[k] : v(t - 1, k, 'customers');
        expect(v(t, k, 'customers')).toBe(prev + v(t, k, 'acquired') - v(t, k, 'churned'));
        expect(v(t, k, 'customers')).toBe(v(t, k, 'retained') + v(t, k, 'acquired'));
        expect(v(t, k, 'acquired')).toBe(v(t, k, 'switchedIn') + v(t, k, 'entered'));
        expect(v(t, k, 'churned')).toBe(v(t, k, 'switchedOut') + v(t, k, 'exited'));
        if (t > 0)
          for (let seg = 1; seg < SEGMENTS.length; seg++)
            expect(v(t, k, 'customers', seg)).toBe(v(t - 1, k, 'customers', seg) + v(t, k, 'acquired', seg) - v(t, k, 'churned', seg));
      }
  });
  it('the moves matrix adds up to the flows of every firm', () => {
    let moved = 0;
    for (const summary of run) {
      const m = (from: number, to: number) => summary.moves[from * (K + 1) + to];
      for (let k = 0; k < K; k++) {
        let out = 0;
        let into = 0;
        for (let j = 0; j <= K; j++) if (j !== k) ((out += m(k, j)), (into += m(j, k)));
        expect(out).toBe(valueOf(summary, k, 'churned'));
        expect(into).toBe(valueOf(summary, k, 'acquired'));
        expect(m(k, K)).toBe(valueOf(summary, k, 'exited'));
        expect(m(K, k)).toBe(valueOf(summary, k, 'entered'));
        moved += out;
      }
    }
    expect(moved).toBeGreaterThan(100); // the identities were tested on real traffic
  });
  it('rates are the counts over the customers at the start of the period', () => {
    for (let t = 1; t < run.length; t++)
      for (let k = 0; k < K; k++) {
        const start = v(t - 1, k, 'customers');
        expect(v(t, k, 'retention')).toBeCloseTo(v(t, k, 'retained') / start, 12);
        expect(v(t, k, 'churnRate')).toBeCloseTo(v(t, k, 'churned') / start, 12);
        expect(v(t, k, 'acquisitionRate')).toBeCloseTo(v(t, k, 'acquired') / start, 12);
      }
  });
  it('market shares add up to 1 and the loyalty-type and class mixes to the customers', () => {
    for (let t = 0; t < run.length; t++) {
      let share = 0;
      for (let k = 0; k < K; k++) {
        share += v(t, k, 'marketShare');
        const types = MEASURES.filter((m) => m.startsWith('type_')).reduce((a, m) => a + v(t, k, m), 0);
        expect(types).toBe(v(t, k, 'customers'));
        const bins = MEASURES.filter((m) => /^sat\d+$/.test(m)).reduce((a, m) => a + v(t, k, m), 0);
        expect(bins).toBe(v(t, k, 'customers'));
        expect(v(t, k, 'promoters') + v(t, k, 'passives') + v(t, k, 'detractors')).toBe(v(t, k, 'customers'));
        expect(v(t, k, 'trustCognitive') + v(t, k, 'trustAffective') + v(t, k, 'trustBehavioural')).toBe(v(t, k, 'customers'));
      }
      expect(share).toBeCloseTo(1, 12);
    }
  });
});

describe('likelihood to recommend: floor(2.5·(S − 1) + 1.5·trust), promoters 9–10, passives 7–8', () => {
  // S = 4 + (3.5 − E) exactly; the three cases sit among 8 neutral customers (S 4: score 7, passive)
  const npsOf = (expectation: number, trust: number) => runCase(quietScenario(), { expectation, trust }).summaries[0];
  const step = 1 / 64;
  it('counts a score of exactly 9 as a promoter and just below as a passive', () => {
    const at = npsOf(3.125, 0.375); // 2.5·3.375 + 1.5·0.375 = 9
    expect(valueOf(at, 0, 'promoters')).toBe(3);
    expect(valueOf(at, 0, 'nps')).toBeCloseTo((100 * 3) / 11, 9);
    const below = npsOf(3.125, 0.375 - step);
    expect(valueOf(below, 0, 'promoters')).toBe(0);
    expect(valueOf(below, 0, 'passives')).toBe(11);
  });
  it('counts a score of exactly 7 as a passive and just below as a detractor', () => {
    expect(valueOf(npsOf(4, 0.5), 0, 'detractors')).toBe(0); // 2.5·2.5 + 1.5·0.5 = 7
    const below = npsOf(4, 0.5 - step);
    expect(valueOf(below, 0, 'detractors')).toBe(3);
    expect(valueOf(below, 0, 'nps')).toBeCloseTo((-100 * 3) / 11, 9);
    expect(valueOf(below, 0, 'detractorShare')).toBeCloseTo(3 / 11, 12);
  });
});

describe('satisfaction bins, unhappy customers and trust stages', () => {
  const one = (expectation: number, trust = 0) => runCase(quietScenario(), { expectation, trust }).summaries[0];
  const step = 1 / 64;
  it('counts satisfaction below 3 as unhappy, and 3 itself in the bin 3–3.25', () => {
    const at3 = one(4.5); // S = 3
    expect(valueOf(at3, 0, 'unhappy')).toBe(0);
    expect(valueOf(at3, 0, 'sat8')).toBe(3);
    const below = one(4.5 + step);
    expect(valueOf(below, 0, 'unhappy')).toBe(3);
    expect(valueOf(below, 0, 'sat7')).toBe(3);
    expect(valueOf(one(7), 0, 'sat0')).toBe(3); // S = 1
    expect(valueOf(one(1.5), 0, 'sat15')).toBe(3); // S = 5
  });
  it('puts the Jones–Sasser zone limits 3.75 and 4.5 on bin edges', () => {
    expect(valueOf(one(3.75 + step), 0, 'sat10')).toBe(3); // S just below 3.75: the bin 3.5–3.75, zone of defection
    expect(valueOf(one(3.75), 0, 'sat11')).toBe(3); // S = 3.75: the bin 3.75–4
    expect(valueOf(one(3 + step), 0, 'sat13')).toBe(3); // S just below 4.5: 4.25–4.5
    expect(valueOf(one(3), 0, 'sat14')).toBe(3); // S = 4.5: 4.5–4.75
  });
  it('splits trust into stages at 1/3 and 2/3', () => {
    const stages = (trust: number) =>
      ['trustCognitive', 'trustAffective', 'trustBehavioural'].map((m) => valueOf(one(3.5, trust), 0, m as Measure) - (m === 'trustCognitive' ? 8 : 0));
    expect(stages(0.33)).toEqual([3, 0, 0]);
    expect(stages(0.34)).toEqual([0, 3, 0]);
    expect(stages(0.66)).toEqual([0, 3, 0]);
    expect(stages(0.67)).toEqual([0, 0, 3]);
  });
  it('averages satisfaction, trust and tenure over the customers', () => {
    const r = runCase(quietScenario(), { expectation: 3, trust: 0.5, tenure: 9 });
    const v = (m: Measure) => valueOf(r.summaries[0], 0, m);
    expect(v('meanSatisfaction')).toBeCloseTo((3 * 4.5 + 8 * 4) / 11, 6);
    expect(v('meanTrust')).toBeCloseTo((3 * 0.5) / 11, 6);
    expect(v('meanTenure')).toBeCloseTo((3 * 10 + 8 * 31) / 11, 9);
  });
});

describe('word of mouth: unhappy customers and terrorists talk; promoters refer', () => {
  it('sets bad talk to influence × min(1, tellCount × talkers / population), and referrals to referralRate × promoters', () => {
    const s = quietScenario({ wordOfMouth: { influence: 0.5, tellCount: 2, referralRate: 0.25 } });
    const sim = handBuilt(s);
    for (const i of AT) place(sim, i, { expectation: 5 }); // S = 2.5: unhappy
    place(sim, 0, { provider: NO_PROVIDER, lastProvider: 1, grudge: 4 }); // a terrorist talking about Rival
    place(sim, 1, { expectation: 3.125, trust: 0.375 }); // a promoter of Us
    sim.step();
    expect(sim.market.badTalk[0]).toBeCloseTo(0.5 * ((2 * 3) / 11), 12);
    expect(sim.market.badTalk[1]).toBeCloseTo(0.5 * (2 / 11), 12);
    expect(sim.market.referrals[0]).toBeCloseTo(0.25, 12);
    expect(sim.market.referrals[1]).toBe(0);
  });
  it("lowers a firm's reputation, so its rival's customers judge it worse, by 1.5 points × bad talk", () => {
    // period 0: Rival's 11 customers are unhappy (S 2.5), Us has none; bad talk about Rival =
    // 0.5 × min(1, 11 × 11/11) = 0.5, so in period 1 Rival is expected 1.5 × 0.5 = 0.75 lower
    const s = quietScenario({ behaviour: { offerRate: 1 }, wordOfMouth: { influence: 0.5, tellCount: 11 } });
    const sim = handBuilt(s, { provider: 1, expectation: 5, switchingCost: 5 });
    sim.step();
    expect(sim.market.badTalk[1]).toBeCloseTo(0.5, 12);
    // customers of Us at S = 3.25 ± 1/64, judging Rival at 4 − 0.75 = 3.25
    for (const i of AT) place(sim, i, { expectation: 4.25 - 1 / 64 });
    place(sim, 3, { expectation: 4.25 + 1 / 64 });
    place(sim, 8, { expectation: 4.25 + 1 / 64 });
    sim.step();
    expect(AT.map((i) => sim.pop.provider[i])).toEqual([0, 0, 0]);
    expect([3, 8].map((i) => sim.pop.provider[i])).toEqual([1, 1]);
  });
});
