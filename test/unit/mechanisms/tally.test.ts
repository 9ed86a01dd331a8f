// The tally driver (drivers/tally.ts), pinned where the measure tests of accounting.test.ts
// leave it free (mutation testing, README "Mutation testing"): the ends of the
// likelihood-to-recommend score and of the satisfaction histogram, the trust stages at exactly
// 1/3 and 2/3, where a leaver is counted (its former firm's block and tier, switched or exited,
// defector or terrorist), the grudge of a terrorist who left in an earlier period, and spend as
// budget × wallet share. The score, bin and mood code are called on the kernel's JavaScript
// build; the rest runs whole periods of the quiet market on the engine under test.
import { describe, expect, it } from 'vitest';
import { createSimulation, JS_CLASSES, LOYALTY_TYPES, NO_PROVIDER, valueOf, type Measure, type PeriodSummary } from '../../../src/model/index.ts';
import { ENGINE } from './engine.ts';
import { scenarioWith } from '../../helpers.ts';
import { moodCode, recommendScore, satisfactionBin } from '../../../src/model/drivers/tally.ts';
import { handBuilt, leavingScenario, place, quietFirm, quietScenario, runCase } from './customers.ts';

/** The mood code's parts: satisfaction bin, trust stage, NPS group (0 promoter, 1 passive, 2 detractor). */
const mood = (sat: number, tru: number) => {
  const code = moodCode(sat, tru);
  return { bin: Math.floor(code / 9), stage: Math.floor(code / 3) % 3, nps: code % 3 };
};

describe('likelihood to recommend, the satisfaction bin and the mood code, as formulas', () => {
  it('scores floor(2.5·(S − 1) + 1.5·trust), held to 0–10 at both ends', () => {
    expect(recommendScore(4, 0.5)).toBe(8); // 7.5 + 0.75
    expect(recommendScore(3.2, 0.2)).toBe(5); // 5.5 + 0.3
    expect(recommendScore(5, 0)).toBe(10);
    expect(recommendScore(5, 1)).toBe(10); // 11.5, held to 10
    expect(recommendScore(5, 0.7)).toBe(10); // 11.05
    expect(recommendScore(1, 0)).toBe(0);
    expect(recommendScore(0.5, 0)).toBe(0); // −1.25, held to 0
    expect(recommendScore(0.2, 0)).toBe(0); // −2
  });
  it('bins satisfaction in quarter points from 1, lower edge included, the ends held to bins 0 and 15', () => {
    expect(satisfactionBin(1)).toBe(0);
    expect(satisfactionBin(1.25)).toBe(1);
    expect(satisfactionBin(3.75)).toBe(11);
    expect(satisfactionBin(3.75 - 1 / 64)).toBe(10);
    expect(satisfactionBin(4.99)).toBe(15);
    expect(satisfactionBin(5)).toBe(15); // the top edge belongs to the last bin
    expect(satisfactionBin(5.5)).toBe(15);
    expect(satisfactionBin(0.9)).toBe(0);
    expect(satisfactionBin(0.5)).toBe(0);
  });
  it('puts trust of exactly 1/3 and 2/3 in the higher stage, just below in the lower', () => {
    expect(mood(4, 1 / 3 - 1e-9).stage).toBe(0);
    expect(mood(4, 1 / 3).stage).toBe(1);
    expect(mood(4, 2 / 3 - 1e-9).stage).toBe(1);
    expect(mood(4, 2 / 3).stage).toBe(2);
    expect(mood(4, 1).stage).toBe(2);
  });
  it('codes (bin · 3 + stage) · 3 + NPS group', () => {
    expect(mood(5, 1)).toEqual({ bin: 15, stage: 2, nps: 0 });
    expect(mood(4, 0.5)).toEqual({ bin: 12, stage: 1, nps: 1 }); // score 8
    expect(mood(1, 0)).toEqual({ bin: 0, stage: 0, nps: 2 });
    expect(moodCode(5, 1)).toBe((15 * 3 + 2) * 3 + 0);
  });
});

const SEG = { all: 0, high: 1, mid: 2, low: 3 } as const;
const read = (s: PeriodSummary, firm: number, seg: number, ms: Measure[]) => ms.map((m) => valueOf(s, firm, m, seg));

describe('leavers: counted in their former firm’s block and tier, switched or exited, defector or terrorist', () => {
  // every purchase fails silently and nobody repurchases or may move: all 11 customers of Us
  // leave the category; the three cases, in the high tier, just below the terrorist threshold
  // (S = 2.25 − 1/64), the 8 others, in the low tier, at it (S = 2.25)
  const exits = () => runCase(leavingScenario(), { expectation: 3.5 + 1 / 64, tier: 0 }, { periods: 2 });
  const LEAVER = ['churned', 'switchedOut', 'exited', 'js_terrorist', 'js_defector'] as Measure[];

  it('one who exits below the terrorist threshold is a terrorist, one at it a defector, each counted once', () => {
    const r = exits();
    expect(r.read('provider')).toEqual([NO_PROVIDER, NO_PROVIDER, NO_PROVIDER]);
    const [first] = r.summaries;
    expect(read(first, 0, SEG.high, LEAVER)).toEqual([3, 0, 3, 3, 0]);
    expect(read(first, 0, SEG.low, LEAVER)).toEqual([8, 0, 8, 0, 8]);
    expect(read(first, 0, SEG.all, LEAVER)).toEqual([11, 0, 11, 3, 8]);
    expect(read(first, 1, SEG.all, LEAVER)).toEqual([0, 0, 0, 0, 0]);
    expect(r.read('jsClass')).toEqual([5, 5, 5]); // terrorist
  });
  it('a terrorist who left earlier is still counted against its former firm, in its tier, while its grudge lasts', () => {
    const [, second] = exits().summaries;
    expect(read(second, 0, SEG.high, LEAVER)).toEqual([0, 0, 0, 3, 0]);
    expect(read(second, 0, SEG.low, LEAVER)).toEqual([0, 0, 0, 0, 0]); // no grudge, no talk
    expect(read(second, 1, SEG.all, LEAVER)).toEqual([0, 0, 0, 0, 0]);
  });
  it('a grudge held against Rival is counted in Rival’s block, not in that of Us', () => {
    const sim = handBuilt(quietScenario());
    place(sim, 4, { provider: NO_PROVIDER, lastProvider: 1, grudge: 3, tier: 1 });
    place(sim, 7, { provider: NO_PROVIDER, lastProvider: 1, grudge: 0, tier: 1 });
    const s = sim.step();
    expect(valueOf(s, 1, 'js_terrorist', SEG.mid)).toBe(1);
    expect(valueOf(s, 1, 'js_terrorist')).toBe(1);
    expect(valueOf(s, 0, 'js_terrorist')).toBe(0);
    expect(valueOf(s, 1, 'churned')).toBe(0);
  });
  it('one who switches to a rival is a defector of its former firm, however unhappy', () => {
    // offers from the rival win the three cases; after the move their satisfaction is 4, below
    // the terrorist threshold of 4.5, which would make them terrorists had they left the category
    for (const [from, to] of [
      [0, 1],
      [1, 0],
    ]) {
      const s = quietScenario({ behaviour: { offerRate: 1 }, wordOfMouth: { terroristThreshold: 4.5 }, firms: [quietFirm(), quietFirm()] });
      const r = runCase(s, { provider: from, expectation: 4, tier: 0 });
      expect(r.read('provider')).toEqual([to, to, to]);
      expect(r.read('satisfaction')).toEqual([4, 4, 4]);
      const [first] = r.summaries;
      expect(read(first, from, SEG.high, LEAVER)).toEqual([3, 3, 0, 0, 3]);
      expect(read(first, from, SEG.all, ['churned', 'switchedOut', 'exited', 'js_terrorist'])).toEqual([3, 3, 0, 0]);
      expect(read(first, to, SEG.high, ['switchedIn', 'acquired', 'customers', 'churned', 'js_terrorist'])).toEqual([3, 3, 3, 0, 0]);
    }
  });
});

describe('spend: budget × wallet share, summed per firm and tier', () => {
  it('adds each customer’s budget × wallet share (as it stands after the period) to spend, and its budget to the budgets', () => {
    const sim = handBuilt(quietScenario());
    place(sim, 3, { provider: 1, budget: 80, walletShare: 0.25, tier: 0 });
    place(sim, 6, { provider: 1, budget: 40, walletShare: 0.75, tier: 0 });
    place(sim, 9, { provider: 1, budget: 10, walletShare: 0.5, tier: 1 });
    const s = sim.step();
    const spend = (i: number) => sim.pop.budget[i] * sim.pop.walletShare[i];
    expect(valueOf(s, 1, 'spendWithFirm', SEG.high)).toBeCloseTo(spend(3) + spend(6), 9);
    expect(valueOf(s, 1, 'budgetOfCustomers', SEG.high)).toBeCloseTo(120, 9);
    expect(valueOf(s, 1, 'spendWithFirm', SEG.mid)).toBeCloseTo(spend(9), 9);
    expect(valueOf(s, 1, 'spendWithFirm')).toBeCloseTo(spend(3) + spend(6) + spend(9), 9);
    expect(valueOf(s, 1, 'walletShare')).toBeCloseTo((spend(3) + spend(6) + spend(9)) / 130, 12);
    let ours = 0;
    for (let i = 0; i < sim.pop.size; i++) if (sim.pop.provider[i] === 0) ours += spend(i);
    expect(valueOf(s, 0, 'spendWithFirm')).toBeCloseTo(ours, 9);
  });
});

describe('arrivals: from a rival or from outside the category', () => {
  it('counts prospects who enter as entered and acquired, not as switched in or retained', () => {
    const sim = handBuilt(quietScenario({ behaviour: { entryRate: 1 } }), { provider: NO_PROVIDER, tier: 1 });
    const s = sim.step();
    let inUs = 0;
    for (let i = 0; i < sim.pop.size; i++) if (sim.pop.provider[i] === 0) inUs++;
    expect(inUs).toBeGreaterThan(0);
    expect(inUs).toBeLessThan(11);
    const arrivals = (k: number, n: number) =>
      expect(read(s, k, SEG.mid, ['entered', 'acquired', 'switchedIn', 'retained', 'customers'])).toEqual([n, n, 0, 0, n]);
    arrivals(0, inUs);
    arrivals(1, 11 - inUs);
  });
});

describe('loyalty types, Jones–Sasser classes and service events of current customers', () => {
  it('counts each firm’s customers by loyalty type and by class, as their state says after the period', () => {
    const s = scenarioWith({ population: { size: 301 }, burnIn: 0, seed: 4 });
    const sim = createSimulation(s, 0, ENGINE);
    sim.step();
    const summary = sim.step();
    const pop = sim.pop;
    for (let k = 0; k < s.firms.length; k++)
      for (const seg of [SEG.all, SEG.high]) {
        const mine = (i: number) => pop.provider[i] === k && (seg === SEG.all || pop.tier[i] === 0);
        LOYALTY_TYPES.forEach((t, n) => {
          let count = 0;
          for (let i = 0; i < pop.size; i++) if (mine(i) && pop.loyaltyType[i] === n) count++;
          expect(valueOf(summary, k, `type_${t}`, seg)).toBe(count);
        });
        // classes of current customers; defectors and terrorists also count those who left
        JS_CLASSES.forEach((c, n) => {
          let count = 0;
          for (let i = 0; i < pop.size; i++) if (mine(i) && pop.jsClass[i] === n) count++;
          if (c === 'defector' || c === 'terrorist') expect(valueOf(summary, k, `js_${c}`, seg)).toBeGreaterThanOrEqual(count);
          else expect(valueOf(summary, k, `js_${c}`, seg)).toBe(count);
        });
        expect(valueOf(summary, k, 'customers', seg)).toBe(pop.provider.filter((p, i) => mine(i)).length);
      }
  });
  it('counts no failure, complaint or resolution where none happened', () => {
    const s = handBuilt(quietScenario()).step();
    for (const k of [0, 1]) expect(read(s, k, SEG.all, ['failures', 'complaints', 'resolved', 'resolvedQuickly', 'recoveryCost'])).toEqual([0, 0, 0, 0, 0]);
  });
});
