// The decision driver (src/model/drivers/decision.ts) where the tests beside it left room for a
// wrong rule (mutation testing, README "Mutation testing"): one uniform decides leaving the
// category, then what a failure leads to, then doing without; each later test must see it
// rescaled past the earlier ones, which the extremes (chances of 0 and 1) cannot show.
import { describe, expect, it } from 'vitest';
import { HAPPENED, NO_PROVIDER, type Simulation } from '../../../src/model/index.ts';
import { handBuilt, place, quietFirm, quietScenario, runCase, type Customer } from './customers.ts';

const n = 4001;
const within4sd = (x: number, p: number) => expect(Math.abs(x - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));

/** Share of the population with firm k, after one period of `sim`. */
function outcomeOf(sim: Simulation) {
  sim.step();
  return (k: number) => sim.pop.provider.filter((p) => p === k).length / n;
}

/** Shares of customers of firm 0 after one period that stayed, switched, and left the category. */
function outcome(over: Record<string, unknown>) {
  const sim = handBuilt(quietScenario({ population: { size: n }, ...over }));
  sim.step();
  let stayed = 0;
  let switched = 0;
  for (let i = 0; i < n; i++) {
    if (sim.pop.provider[i] === 0) stayed++;
    else if (sim.pop.provider[i] !== NO_PROVIDER) switched++;
  }
  return { stayed: stayed / n, switched: switched / n, left: (n - stayed - switched) / n };
}

// every purchase fails, silently; nobody would buy again
const failing0 = { failureRate: 1, majorShare: 0, complaintRate: 0, repurchase: { minor: { silent: 0 } } };
// every purchase fails, silently; half of those who had a failure would buy again
const failing = { failureRate: 1, majorShare: 0, complaintRate: 0, repurchase: { minor: { silent: 0.5 } } };

describe('one uniform, rescaled from one test to the next', () => {
  it('past the life-event exit: of the half that stays in the category, half leave after the failure', () => {
    const r = outcome({ behaviour: { leaveCategoryRate: 0.5 }, service: failing });
    within4sd(r.stayed, 0.25);
    within4sd(r.switched, 0.25); // free to choose: a failure sends them to the strongest rival
  });
  it('past the repurchase test: a customer not free to choose does without with chance doWithout', () => {
    const r = outcome({ market: { openness: 0 }, behaviour: { doWithout: 0.5 }, service: failing });
    within4sd(r.left, 0.25);
    within4sd(r.stayed, 0.75);
    expect(r.switched).toBe(0);
  });
});

describe('after a failure, the decision goes on only for a customer who kept buying', () => {
  const silent = (x: number) => ({ failureRate: 1, majorShare: 0, complaintRate: 0, repurchase: { minor: { silent: x } } });
  const offeredAfter = (service: Record<string, unknown>, over: Record<string, unknown> = {}, c: Partial<Customer> = {}) =>
    runCase(
      quietScenario({ behaviour: { offerRate: 1, ...(over.behaviour as object | undefined) }, service, ...(over.market ? { market: over.market } : {}) }),
      c,
    );
  it('one who forgives the failure still hears the offer, and takes a better one', () => {
    const r = offeredAfter(silent(1), {}, { expectation: 4 });
    expect(r.read('provider')).toEqual([1, 1, 1]);
    for (const h of r.read('happened')) expect(h & HAPPENED.offer).toBe(HAPPENED.offer);
  });
  it('one who is not free and keeps buying still hears the offer', () => {
    const r = offeredAfter(silent(0), { market: { openness: 0 }, behaviour: { doWithout: 0 } });
    expect(r.read('provider')).toEqual([0, 0, 0]);
    for (const h of r.read('happened')) expect(h & HAPPENED.offer).toBe(HAPPENED.offer);
  });
  it('one who switched after the failure is not offered anything more, and moves once', () => {
    const r = offeredAfter(silent(0));
    expect(r.read('provider')).toEqual([1, 1, 1]);
    for (const h of r.read('happened')) expect(h & HAPPENED.offer).toBe(0);
    expect(r.summaries[0].moves[0 * 3 + 1]).toBe(11); // every customer of Us, once
  });
  it('one who does without is not offered anything more, and moves once', () => {
    const r = offeredAfter(silent(0), { market: { openness: 0 }, behaviour: { doWithout: 1 } });
    expect(r.read('provider')).toEqual([NO_PROVIDER, NO_PROVIDER, NO_PROVIDER]);
    for (const h of r.read('happened')) expect(h & HAPPENED.offer).toBe(0);
    expect(r.summaries[0].moves[0 * 3 + 2]).toBe(11);
  });
  it('one whose firm has no open rival is not free: it keeps buying when it does not do without', () => {
    const s = quietScenario({ service: silent(0), firms: [quietFirm(), quietFirm({ availableFrom: 5 })] });
    expect(runCase(s, {}).read('provider')).toEqual([0, 0, 0]);
  });
  it('one whose firm has no open rival is not free: it does without when it may, though the market is open', () => {
    const s = quietScenario({ service: silent(0), behaviour: { doWithout: 1 }, firms: [quietFirm(), quietFirm({ availableFrom: 5 })] });
    expect(runCase(s, {}).read('provider')).toEqual([NO_PROVIDER, NO_PROVIDER, NO_PROVIDER]);
  });
  it('one held by its switching cost after the failure stays, and still hears the offer', () => {
    const r = offeredAfter(silent(0), {}, { switchingCost: 5 });
    expect(r.read('provider')).toEqual([0, 0, 0]);
    for (const h of r.read('happened')) expect(h & HAPPENED.offer).toBe(HAPPENED.offer);
  });
  it('one of the second firm switches after the failure to the first, its strongest rival, and is offered nothing more', () => {
    const r = offeredAfter(silent(0), {}, { provider: 1 });
    expect(r.read('provider')).toEqual([0, 0, 0]);
    for (const h of r.read('happened')) expect(h & HAPPENED.offer).toBe(0);
  });
});

describe('firms other than the first', () => {
  it('count a move out of the category, and a switch, in the row of the firm left', () => {
    const three = { firms: [quietFirm({ initialShare: 0.4 }), quietFirm({ initialShare: 0.3 }), quietFirm({ initialShare: 0.3 })] };
    const counts = (sim: ReturnType<typeof handBuilt>) => [0, 1, 2].map((k) => sim.pop.provider.filter((p) => p === k).length);
    // every purchase fails, nobody would buy again, nobody is free: all do without
    const leaving = handBuilt(quietScenario({ ...three, market: { openness: 0 }, behaviour: { doWithout: 1 }, service: failing0 }));
    for (let i = 0; i < 11; i++) place(leaving, i, { provider: i % 3 });
    const before = counts(leaving);
    const m = leaving.step().moves; // (K + 1) × (K + 1): from firm or prospect, to firm or out
    for (const k of [0, 1, 2]) expect(m[k * 4 + 3]).toBe(before[k]);
    const switching = handBuilt(quietScenario({ ...three, behaviour: { offerRate: 1 } }));
    for (let i = 0; i < 11; i++) place(switching, i, { provider: i % 3, expectation: 4.5 }); // takes any offer
    const was = counts(switching);
    const moves = switching.step().moves;
    for (const k of [0, 1, 2]) {
      expect(moves[k * 4 + k]).toBe(0);
      expect([0, 1, 2].reduce((a, j) => a + moves[k * 4 + j], 0)).toBe(was[k]);
    }
  });
  it("reach a customer of the second firm with each rival's own chance", () => {
    const s = quietScenario({
      population: { size: n },
      behaviour: { offerRate: 0.2 },
      firms: [quietFirm({ offerRate: 2, initialShare: 0.3 }), quietFirm({ initialShare: 0.4 }), quietFirm({ offerRate: 0.5, initialShare: 0.3 })],
    });
    const r = outcomeOf(handBuilt(s, { provider: 1, expectation: 4.5 }));
    within4sd(r(0), 0.4);
    within4sd(r(2), 0.1);
    within4sd(r(1), 0.5);
  });
  it('a searching customer of the second firm switches to the first when it is the strongest rival', () => {
    const s = quietScenario({ behaviour: { searchRate: 1, searchThreshold: 4.2, baseSatisfaction: 1 }, firms: [quietFirm({ quality: 4 }), quietFirm()] });
    expect(runCase(s, { provider: 1 }).read('provider')).toEqual([0, 0, 0]);
  });
});

describe('search and offers together', () => {
  it('a customer who hears no offer searches with chance searchRate·(T − S)/(T − 1), on the rest of the uniform', () => {
    // offers reach half the customers; of the other half, half search (T 4.2, S 2.6, rate 1)
    const sim = handBuilt(
      quietScenario({ population: { size: n }, behaviour: { offerRate: 0.5, searchRate: 1, searchThreshold: 4.2, baseSatisfaction: 2.6 } }),
    );
    sim.step();
    let offered = 0;
    let searched = 0;
    for (let i = 0; i < n; i++) {
      if (sim.pop.happened[i] & HAPPENED.offer) offered++;
      if (sim.pop.happened[i] & HAPPENED.searched) searched++;
    }
    within4sd(offered / n, 0.5);
    within4sd(searched / n, 0.25);
  });
});

describe('terrorists', () => {
  it('come back to the category, but not to the firm they hold a grudge against', () => {
    const sim = handBuilt(quietScenario({ population: { size: n }, behaviour: { entryRate: 0.5 } }), { provider: NO_PROVIDER, lastProvider: 0, grudge: 5 });
    const moves = sim.step().moves;
    expect(moves[2 * 3 + 0]).toBe(0);
    within4sd(moves[2 * 3 + 1] / n, 0.25); // half enter, half of them drawn to Rival
  });
});
