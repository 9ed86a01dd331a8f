// Strategies over time and market events (MODEL.md §5): a lever change scheduled for period P
// acts in period P (not P + 1, not P − 1); events act from their period for their duration.
// Read through what customers and the accounts show, and through the market's levers.
import { describe, expect, it } from 'vitest';
import { HAPPENED, valueOf, type PeriodSummary } from '../../../src/model/index.ts';
import { LEVERS } from '../../../src/scenario/levers.ts';
import { AT, handBuilt, place, quietFirm, quietScenario } from './customers.ts';

/** Runs `periods` periods of the quiet market with `over`, customers alternating Us / Rival. */
function run(over: Record<string, unknown>, periods: number, customer = {}) {
  const sim = handBuilt(quietScenario(over));
  for (let i = 0; i < sim.pop.size; i++) place(sim, i, { provider: i % 2, ...customer });
  const summaries: PeriodSummary[] = Array.from({ length: periods }, () => sim.step());
  return { sim, summaries };
}

/** The price each firm charged, period by period: revenue / spend. */
const pricePaid = (summaries: PeriodSummary[], k: number) => summaries.map((s) => valueOf(s, k, 'revenue') / valueOf(s, k, 'spendWithFirm'));

describe('scheduled lever changes', () => {
  it('act from their period on, for their firm only', () => {
    const { summaries } = run({ changes: [{ period: 3, firm: 0, lever: 'price', value: 1.5 }] }, 6);
    expect(pricePaid(summaries, 0).map((x) => +x.toFixed(9))).toEqual([1, 1, 1, 1.5, 1.5, 1.5]);
    expect(pricePaid(summaries, 1).map((x) => +x.toFixed(9))).toEqual([1, 1, 1, 1, 1, 1]);
  });
  it('act at period 0 when scheduled for it', () => {
    const { summaries } = run({ changes: [{ period: 0, firm: 1, lever: 'price', value: 2 }] }, 2);
    expect(pricePaid(summaries, 1).map((x) => +x.toFixed(9))).toEqual([2, 2]);
  });
  it('apply in file order: a later change of the same lever wins from its period', () => {
    const changes = [
      { period: 1, firm: 0, lever: 'price', value: 1.25 },
      { period: 3, firm: 0, lever: 'price', value: 0.9 },
    ];
    expect(pricePaid(run({ changes }, 5).summaries, 0).map((x) => +x.toFixed(9))).toEqual([1, 1.25, 1.25, 0.9, 0.9]);
  });
  it('change what customers experience in that very period (quality)', () => {
    const { summaries } = run({ changes: [{ period: 2, firm: 0, lever: 'quality', value: 4 }] }, 4);
    // S = 4 + (Q − 3.5) for Us with memory 1
    expect(summaries.map((s) => +valueOf(s, 0, 'meanSatisfaction').toFixed(5))).toEqual([4, 4, 4.5, 4.5]);
  });
  it.each(LEVERS.map((l) => [l.key, l] as const))('%s: in force from period P, not before', (key, l) => {
    const value = l.default === l.max ? l.min : l.max;
    const { sim } = run({ changes: [{ period: 2, firm: 1, lever: key, value }] }, 2);
    expect(sim.market.lever[key][1]).toBe(sim.scenario.firms[1][key]);
    sim.step();
    expect(sim.market.lever[key][1]).toBe(value);
  });
});

describe('windows: a change or an event with an end', () => {
  it('a change with `until` holds from its period to the period before until, then the lever is what it was', () => {
    const { summaries } = run({ changes: [{ period: 2, firm: 0, lever: 'price', value: 0.5, until: 4 }] }, 6);
    expect(pricePaid(summaries, 0).map((x) => +x.toFixed(9))).toEqual([1, 1, 0.5, 0.5, 1, 1]);
  });
  it('after a windowed change ends, the earlier change in force holds again (a fee waiver over a price rise)', () => {
    const changes = [
      { period: 1, firm: 0, lever: 'price', value: 1.25 },
      { period: 2, firm: 0, lever: 'price', value: 0.2, until: 4 },
    ];
    expect(pricePaid(run({ changes }, 6).summaries, 0).map((x) => +x.toFixed(9))).toEqual([1, 1.25, 0.2, 0.2, 1.25, 1.25]);
  });
  it('number portability is permanent without a duration and a window with one', () => {
    const tie = (event: Record<string, unknown>) => {
      const sim = handBuilt(quietScenario({ events: [{ type: 'numberPortability', period: 1, remaining: 0.25, ...event }] }));
      return Array.from({ length: 5 }, () => (sim.step(), sim.market.numberTieRemaining));
    };
    expect(tie({})).toEqual([1, 0.25, 0.25, 0.25, 0.25]);
    expect(tie({ duration: 2 })).toEqual([1, 0.25, 0.25, 1, 1]);
  });
  it('a change whose window ends before it starts is refused, naming the field', () => {
    expect(() => quietScenario({ changes: [{ period: 3, firm: 0, lever: 'price', value: 1, until: 3 }] })).toThrow('changes[0].until: must be > period (3)');
  });
});

describe('market events', () => {
  it("a price war cuts the listed firms' prices by priceCut from its period for its duration", () => {
    const { summaries } = run({ events: [{ type: 'priceWar', period: 2, duration: 3, priceCut: 0.2, firms: [1] }] }, 7);
    expect(pricePaid(summaries, 1).map((x) => +x.toFixed(9))).toEqual([1, 1, 0.8, 0.8, 0.8, 1, 1]);
    expect(pricePaid(summaries, 0).map((x) => +x.toFixed(9))).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });
  it('a quality incident lowers quality (not below 1) and adds failures for its duration', () => {
    const all = { silent: 1, unresolved: 1, resolved: 1, quick: 1 };
    const { summaries } = run(
      {
        service: { failureImpact: 0, repurchase: { minor: all, major: all } },
        events: [{ type: 'qualityIncident', period: 1, duration: 2, firm: 0, qualityDrop: 0.5, failureRate: 1 }],
      },
      4,
    );
    expect(summaries.map((s) => +valueOf(s, 0, 'meanSatisfaction').toFixed(5))).toEqual([4, 3.5, 3.5, 4]);
    expect(summaries.map((s) => valueOf(s, 0, 'failures'))).toEqual([0, 6, 6, 0]);
    expect(summaries.map((s) => valueOf(s, 1, 'failures'))).toEqual([0, 0, 0, 0]);
    const floor = run(
      {
        firms: [quietFirm({ quality: 1.25 }), quietFirm()],
        events: [{ type: 'qualityIncident', period: 0, duration: 1, firm: 0, qualityDrop: 4, failureRate: 0 }],
      },
      1,
    );
    // S = 4 + (1 − 3.5), not 4 + (−2.75 − 3.5)
    expect(valueOf(floor.summaries[0], 0, 'meanSatisfaction')).toBeCloseTo(1.5, 5);
  });
  it('deregulation opens the market in its period: customers become free, closed firms open', () => {
    const over = {
      behaviour: { offerRate: 1 },
      market: { openness: 0 },
      firms: [quietFirm(), quietFirm({ availableFrom: 100 })],
      events: [{ type: 'deregulation', period: 2 }],
    };
    const sim = handBuilt(quietScenario(over));
    for (const i of AT) place(sim, i, { expectation: 4.5 }); // would leave at once if it could
    const moved: number[] = [];
    for (let t = 0; t < 4; t++) moved.push(valueOf(sim.step(), 0, 'switchedOut'));
    expect(moved).toEqual([0, 0, 3, 0]);
  });
  it('a firm opens in its availableFrom period: its offers and its customers start then', () => {
    const sim = handBuilt(quietScenario({ behaviour: { offerRate: 1 }, firms: [quietFirm(), quietFirm({ availableFrom: 3 })] }));
    const offers: number[] = [];
    for (let t = 0; t < 5; t++) {
      sim.step();
      offers.push(AT.filter((i) => sim.pop.happened[i] & HAPPENED.offer).length);
    }
    expect(offers).toEqual([0, 0, 0, 3, 3]);
  });
  it('number portability cuts the number tie to `remaining` from its period', () => {
    const over = {
      behaviour: { offerRate: 1 },
      population: { numberTie: { cost: 1 } },
      events: [{ type: 'numberPortability', period: 2, remaining: 0.25 }],
    };
    const sim = handBuilt(quietScenario(over), { traits: 2, expectation: 4 }); // value −0.5 against a tie of 1
    const out: number[] = [];
    for (let t = 0; t < 4; t++) out.push(valueOf(sim.step(), 0, 'switchedOut'));
    expect(out).toEqual([0, 0, 11, 0]);
  });
});
