// The firm-level chances the decisions read every period (plan.ts planDecisions), against values
// worked out by hand (MODEL.md §2 steps 3–4): the chance a customer of firm k hears a rival's
// offer, cumulated over the open rivals in firm order and capped at 1; whether firm k has an
// open rival at all; and the chance a prospect enters the category with each firm, cumulated:
// the entry rate split by appeal (advertised quality and promise, price, bad talk), plus the
// referrals and the customers bought by acquisition spend, over the prospects.
import { beforeEach, describe, expect, it } from 'vitest';
import { createMarket, resolveMarket, type Market } from '../../../src/model/market.ts';
import { compileParams, type Params } from '../../../src/model/params.ts';
import { createDecisionPlan, planDecisions, type DecisionPlan } from '../../../src/model/plan.ts';
import { quietFirm, quietScenario } from './customers.ts';

// appeal = 1 + (quality + 0.5·promise − 3.8) − (price − 1), at least 0.05, × (1 − bad talk):
//   firm 0: 1 + 0.2 − 0.2 = 1;  firm 1: 1 + (3 + 0.2 − 3.8) + 0.2 = 0.6, × (1 − 0.5) = 0.3;
//   firm 2: 1 − 1.8 − 0.5 = −1.3, raised to 0.05. Total 1.35.
const s = quietScenario({
  behaviour: { offerRate: 0.1, entryRate: 0.2 },
  firms: [
    quietFirm({ quality: 4, price: 1.2, offerRate: 1, acquisitionSpend: 200, acquisitionCost: 50 }),
    quietFirm({ quality: 3, promise: 0.4, price: 0.8, offerRate: 2, acquisitionCost: 10 }),
    quietFirm({ quality: 2, price: 1.5, offerRate: 0.5, acquisitionSpend: 30, acquisitionCost: 20 }),
  ],
});

interface Prepared {
  m: Market;
  p: Params;
  plan: DecisionPlan;
}

function prepared(): Prepared {
  const m = createMarket(s);
  resolveMarket(m, s, 0);
  m.badTalk.set([0, 0.5, 0]);
  m.referrals.set([3, 0, 5]);
  return { m, p: compileParams(s), plan: createDecisionPlan(3) };
}

const close = (xs: ArrayLike<number>, ys: number[]) => {
  expect(xs.length).toBe(ys.length);
  ys.forEach((y, n) => expect(xs[n]).toBeCloseTo(y, 12));
};

describe('the chance of hearing a rival’s offer', () => {
  // built before each test, not in the describe body: Stryker switches a mutant on only once the
  // tests run (README "Mutation testing")
  let x: Prepared;
  beforeEach(() => {
    x = prepared();
  });
  it('cumulates market rate × each open rival’s offer rate in firm order, skipping the firm itself', () => {
    planDecisions(x.plan, x.m, x.p, 100);
    // rows k = 0, 1, 2; rates per rival 0.1, 0.2, 0.05
    close(x.plan.offerCum, [0, 0.2, 0.25, 0.1, 0.1, 0.15, 0.1, 0.3, 0.3]);
    expect(Array.from(x.plan.hasRival)).toEqual([1, 1, 1]);
  });
  it('leaves out a firm that is not open, and has no rival for a firm alone on the market', () => {
    x.m.available[1] = 0;
    planDecisions(x.plan, x.m, x.p, 100);
    close(x.plan.offerCum, [0, 0, 0.05, 0.1, 0.1, 0.15, 0.1, 0.1, 0.1]);
    expect(Array.from(x.plan.hasRival)).toEqual([1, 1, 1]);
    x.m.available[2] = 0;
    planDecisions(x.plan, x.m, x.p, 100);
    close(x.plan.offerCum, [0, 0, 0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
    // firm 0 is alone; firms 1 and 2 are closed but their customers still have firm 0
    expect(Array.from(x.plan.hasRival)).toEqual([0, 1, 1]);
  });
  it('is at most 1', () => {
    x.m.lever.offerRate.set([5, 5, 5]);
    planDecisions(x.plan, x.m, { ...x.p, offerRate: 0.15 }, 100);
    close(x.plan.offerCum, [0, 0.75, 1, 0.75, 0.75, 1, 0.75, 1, 1]);
  });
});

describe('the chance a prospect enters the category with each firm', () => {
  let x: Prepared;
  beforeEach(() => {
    x = prepared();
  });
  it('splits the entry rate by appeal and adds (referrals + spend / cost) / prospects, cumulated', () => {
    planDecisions(x.plan, x.m, x.p, 100);
    // won: (3 + 200/50)/100 = 0.07, 0, (5 + 30/20)/100 = 0.065
    const organic = [1, 0.3, 0.05].map((a) => (0.2 * a) / 1.35);
    close(x.plan.entryCum, [organic[0] + 0.07, organic[0] + organic[1] + 0.07, 0.2 + 0.07 + 0.065]);
  });
  it('weighs the promise by half and raises an appeal below 0.05 to 0.05', () => {
    x.m.lever.promise.set([0.6, 0.4, 0]); // firm 0: 1 + 0.3 = 1.3
    x.m.lever.quality[2] = 2.85; // firm 2: 1 − 0.95 − 0.5 = −0.45, still 0.05
    planDecisions(x.plan, x.m, x.p, 100);
    const organic = [1.3, 0.3, 0.05].map((a) => (0.2 * a) / 1.65);
    close(x.plan.entryCum, [organic[0] + 0.07, organic[0] + organic[1] + 0.07, 0.2 + 0.07 + 0.065]);
    x.m.lever.quality[2] = 3.5; // firm 2: 1 − 0.3 − 0.5 = 0.2, above the floor
    planDecisions(x.plan, x.m, x.p, 100);
    const more = [1.3, 0.3, 0.2].map((a) => (0.2 * a) / 1.8);
    close(x.plan.entryCum, [more[0] + 0.07, more[0] + more[1] + 0.07, 0.2 + 0.07 + 0.065]);
  });
  it('gives a closed firm neither appeal nor the customers its referrals and spend would win', () => {
    x.m.available[2] = 0;
    planDecisions(x.plan, x.m, x.p, 100);
    const organic = [1, 0.3].map((a) => (0.2 * a) / 1.3);
    close(x.plan.entryCum, [organic[0] + 0.07, 0.2 + 0.07, 0.2 + 0.07]);
  });
  it('wins no one by referral or spend when there are no prospects, and nothing organic when no firm is open', () => {
    planDecisions(x.plan, x.m, x.p, 0);
    close(x.plan.entryCum, [0.2 / 1.35, 0.2 * (1.3 / 1.35), 0.2]);
    x.m.available.fill(0);
    planDecisions(x.plan, x.m, x.p, 100);
    close(x.plan.entryCum, [0, 0, 0]);
  });
  it('is at most 1', () => {
    planDecisions(x.plan, x.m, x.p, 10); // won: 0.7, 0, 0.65
    close(x.plan.entryCum, [0.2 / 1.35 + 0.7, 0.2 * (1.3 / 1.35) + 0.7, 1]);
  });
});
