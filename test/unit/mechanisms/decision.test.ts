// Steps 3–4 of a period (MODEL.md §2): offers and searches, the switching margin
// stay − rival = value + price + incentive + kinship, plus switching cost (habit, a number tie,
// the firm's lock-in), L = O·f(S), TARP repurchase after a failure, leaving and entering the
// category. Hand-built customers at the margin show the size of each term, not just its sign.
import { describe, expect, it } from 'vitest';
import { HAPPENED, NO_PROVIDER, valueOf } from '../../../src/model/index.ts';
import { AT, handBuilt, leavingScenario, place, quietFirm, quietScenario, runCase, type Customer } from './customers.ts';

const STAY = [0, 0, 0];
const SWITCH = [1, 1, 1];

/** Every customer of Us hears an offer from Rival each period (no discount unless told). */
const offered = (over: Record<string, unknown> = {}) => ({ ...over, behaviour: { offerRate: 1, ...(over.behaviour as object | undefined) } });

/** Provider after one period of a case in scenario `over`. */
const providerAfter = (over: Record<string, unknown>, c: Partial<Customer>) => runCase(quietScenario(offered(over)), c).read('provider');

// In the quiet market a customer's value part is wS·(S − expected S with the rival) =
// (3.5 − E): expectation 4 gives −0.5.
describe('switching on an offer: the customer leaves when value + price + incentive + kinship + switching cost < 0', () => {
  it('switches below the margin and stays at and above it (habit: switchingCost)', () => {
    expect(providerAfter({}, { expectation: 4, switchingCost: 0.5 })).toEqual(STAY);
    expect(providerAfter({}, { expectation: 4, switchingCost: 0.75 })).toEqual(STAY);
    expect(providerAfter({}, { expectation: 4, switchingCost: 0.25 })).toEqual(SWITCH);
  });
  it('is flagged as an offer whether or not it switches', () => {
    const r = runCase(quietScenario(offered()), { expectation: 4, switchingCost: 0.5 });
    for (const h of r.read('happened')) expect(h & HAPPENED.offer).toBe(HAPPENED.offer);
  });
  it('counts trust with its weight in the value of staying', () => {
    // wT 2 × trust 0.25 = 0.5 makes up for the −0.5
    expect(providerAfter({ behaviour: { weights: { trust: 2 } } }, { expectation: 4, trust: 0.25 })).toEqual(STAY);
    expect(providerAfter({ behaviour: { weights: { trust: 2 } } }, { expectation: 4, trust: 0.125 })).toEqual(SWITCH);
  });
  it("adds the firm's lock-in to the switching cost, exactly", () => {
    const lock = (lockIn: number) => ({ firms: [quietFirm({ lockIn }), quietFirm()] });
    expect(providerAfter(lock(0.25), { expectation: 4, switchingCost: 0.25 })).toEqual(STAY);
    expect(providerAfter(lock(0.2), { expectation: 4, switchingCost: 0.25 })).toEqual(SWITCH);
    expect(providerAfter(lock(0.5), { expectation: 4 })).toEqual(STAY);
    expect(providerAfter(lock(0.5), { expectation: 4.125 })).toEqual(SWITCH);
    // a rival's lock-in holds its own customers, not ours
    expect(providerAfter({ firms: [quietFirm(), quietFirm({ lockIn: 3 })] }, { expectation: 4 })).toEqual(SWITCH);
  });
  it('adds the number tie, times the share number portability leaves of it', () => {
    const tie = { population: { numberTie: { cost: 0.5 } } };
    expect(providerAfter(tie, { expectation: 4, traits: 2 })).toEqual(STAY);
    expect(providerAfter(tie, { expectation: 4, traits: 0 })).toEqual(SWITCH);
    const portable = (remaining: number) => ({ ...tie, events: [{ type: 'numberPortability', period: 0, remaining }] });
    expect(providerAfter(portable(0.5), { expectation: 4, traits: 2, switchingCost: 0.25 })).toEqual(STAY);
    expect(providerAfter(portable(0.5), { expectation: 4, traits: 2 })).toEqual(SWITCH);
    expect(providerAfter(portable(1), { expectation: 4, traits: 2 })).toEqual(STAY);
  });
  it('weighs the price difference by price weight × price sensitivity', () => {
    const cheaper = (w: number) => ({ behaviour: { weights: { price: w } }, firms: [quietFirm(), quietFirm({ price: 0.75 })] });
    expect(providerAfter(cheaper(1), { switchingCost: 0.25 })).toEqual(STAY);
    expect(providerAfter(cheaper(1), { switchingCost: 0.125 })).toEqual(SWITCH);
    expect(providerAfter(cheaper(1), { switchingCost: 0.25, priceSensitivity: 2 })).toEqual(SWITCH);
    expect(providerAfter(cheaper(2), { switchingCost: 0.25 })).toEqual(SWITCH);
    // a dearer rival needs a worse value to win
    expect(providerAfter({ firms: [quietFirm(), quietFirm({ price: 1.25 })] }, { expectation: 3.75 })).toEqual(STAY);
    expect(providerAfter({ firms: [quietFirm(), quietFirm({ price: 1.25 })] }, { expectation: 3.875 })).toEqual(SWITCH);
  });
  it("prices the rival's offer at its discount, in the price term and in the satisfaction expected", () => {
    const discount = (pw: number) => ({ behaviour: { priceWeightInSatisfaction: pw }, firms: [quietFirm(), quietFirm({ offerDiscount: 0.25 })] });
    expect(providerAfter(discount(0), { switchingCost: 0.25 })).toEqual(STAY);
    expect(providerAfter(discount(0), { switchingCost: 0.125 })).toEqual(SWITCH);
    // with price in satisfaction the discounted rival is also expected to satisfy 0.25 more
    expect(providerAfter(discount(1), { switchingCost: 0.5 })).toEqual(STAY);
    expect(providerAfter(discount(1), { switchingCost: 0.375 })).toEqual(SWITCH);
  });
  it('counts the rewards it would give up, points saved over up to 24 periods included', () => {
    // reward 0.125 × (1 + min(tenure, 24)/24); tenure counts this period's purchase
    const programme = (mine: number, theirs = 0) => ({ firms: [quietFirm({ programme: mine }), quietFirm({ programme: theirs })] });
    expect(providerAfter(programme(0.125), { expectation: 3.75, tenure: 23 })).toEqual(STAY); // 0.25
    expect(providerAfter(programme(0.125), { expectation: 3.75, tenure: 200 })).toEqual(STAY); // capped at 0.25
    expect(providerAfter(programme(0.125), { expectation: 3.75, tenure: 11 })).toEqual(SWITCH); // 0.1875
    expect(providerAfter(programme(0.125), { expectation: 3.6875, tenure: 11 })).toEqual(STAY); // 0.1875 makes up for −0.1875
    expect(providerAfter(programme(0.125, 0.05), { expectation: 3.75, tenure: 23 })).toEqual(SWITCH); // 0.25 − 0.05
    expect(providerAfter(programme(0.0625), { expectation: 3.75, tenure: 23, dealSensitivity: 2 })).toEqual(STAY); // 2 × 0.125
    expect(providerAfter({ ...programme(0.0625), behaviour: { weights: { incentive: 2 } } }, { expectation: 3.75, tenure: 23 })).toEqual(STAY);
    expect(providerAfter({ ...programme(0.0625), behaviour: { weights: { incentive: 1.5 } } }, { expectation: 3.75, tenure: 23 })).toEqual(SWITCH);
  });
  it('counts a kinship tie to its own firm only', () => {
    const KIN = 1;
    expect(providerAfter({}, { expectation: 4.5, traits: KIN | (0 << 4) })).toEqual(STAY);
    expect(providerAfter({}, { expectation: 4.5, traits: KIN | (1 << 4) })).toEqual(SWITCH);
    expect(providerAfter({ behaviour: { weights: { kinship: 0.75 } } }, { expectation: 4.5, traits: KIN })).toEqual(SWITCH);
  });
  it('judges a rival by its reputation against the market norm, scaled by the disconfirmation weight', () => {
    // Rival 4, Us 3.5, equal shares: norm 3.75, Rival expected at base + 1.5·0.25 = base + 0.375;
    // our customer is at S = base + 1.5·(3.5 − E)
    const better = { behaviour: { disconfirmationWeight: 1.5 }, firms: [quietFirm(), quietFirm({ quality: 4 })] };
    expect(providerAfter(better, { expectation: 3.25 - 1 / 64 })).toEqual(STAY); // S = base + 0.398
    expect(providerAfter(better, { expectation: 3.25 + 1 / 64 })).toEqual(SWITCH); // S = base + 0.352
  });
});

describe('weights, fit and noise in the decision', () => {
  it('weighs satisfaction by its weight', () => {
    const wS = (w: number) => ({ behaviour: { weights: { satisfaction: w } } });
    expect(providerAfter(wS(2), { expectation: 3.75, switchingCost: 0.5 })).toEqual(STAY); // 2 × −0.25
    expect(providerAfter(wS(2), { expectation: 3.75, switchingCost: 0.375 })).toEqual(SWITCH);
  });
  it('judges half of its fit with an untried rival, weighted like disconfirmation', () => {
    // matchSpread 1, fit 127 with Rival: Rival expected 1 × 0.5 × 1 = 0.5 higher
    const run = (fit: number, switchingCost: number) => {
      const sim = handBuilt(quietScenario(offered({ behaviour: { matchSpread: 1 } })));
      for (const i of AT) {
        place(sim, i, { switchingCost });
        sim.pop.fit[i * sim.pop.firms + 1] = fit;
      }
      sim.step();
      return AT.map((i) => sim.pop.provider[i]);
    };
    expect(run(127, 0.5 + 1 / 128)).toEqual(STAY);
    expect(run(127, 0.4375)).toEqual(SWITCH);
    expect(run(-127, 0)).toEqual(STAY);
  });
  it('adds decision noise of standard deviation decisionNoise: half of those at margin 0 switch', () => {
    const n = 6001;
    const share = (noise: number, expectation: number) => {
      const sim = handBuilt(quietScenario(offered({ population: { size: n }, behaviour: { decisionNoise: noise } })), { expectation });
      sim.step();
      return sim.pop.provider.filter((k) => k === 1).length / n;
    };
    const within = (x: number, p: number) => expect(Math.abs(x - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    within(share(1, 3.5), 0.5);
    // margin +0.5 against noise uniform on ±√3: P(noise < −0.5) = 1/2 − 0.5/(2√3)
    within(share(1, 3), 0.5 - 0.5 / (2 * Math.sqrt(3)));
    within(share(0.5, 3), 0.5 - 0.5 / Math.sqrt(3));
  });
});

describe('a rival priced more than 15% below the market is judged to be worse (cheap signal)', () => {
  // Rival at 0.75: 0.25 cheaper (price term −0.25), and with cheapSignal 2 judged 2 × 0.1 = 0.2
  // quality points worse, so the margin is −0.05 + switching cost
  const cheapRival = (cheapSignal: number) => ({ behaviour: { cheapSignal }, firms: [quietFirm(), quietFirm({ price: 0.75 })] });
  it('by cheapSignal × (0.85 − price)', () => {
    expect(providerAfter(cheapRival(2), { switchingCost: 0.0625 })).toEqual(STAY);
    expect(providerAfter(cheapRival(2), { switchingCost: 0.03125 })).toEqual(SWITCH);
    expect(providerAfter(cheapRival(0), { switchingCost: 0.0625 })).toEqual(SWITCH);
  });
});

describe('L = O·f(S): only customers free to choose can switch', () => {
  const open = (openness: number) => ({ market: { openness } });
  it('frees customers whose freedom is below 256·openness, and no others', () => {
    expect(providerAfter(open(0.5), { expectation: 4.5, freedom: 127 })).toEqual(SWITCH);
    expect(providerAfter(open(0.5), { expectation: 4.5, freedom: 128 })).toEqual(STAY);
    expect(providerAfter(open(0), { expectation: 4.5, freedom: 0 })).toEqual(STAY);
    expect(providerAfter(open(1), { expectation: 4.5, freedom: 255 })).toEqual(SWITCH);
  });
  it('offers no way out while the rival is not open yet', () => {
    const later = { firms: [quietFirm(), quietFirm({ availableFrom: 5 })] };
    const r = runCase(quietScenario(offered(later)), { expectation: 4.5 });
    expect(r.read('provider')).toEqual(STAY);
    for (const h of r.read('happened')) expect(h & HAPPENED.offer).toBe(0);
  });
});

describe('search: below the threshold a customer looks with chance searchRate·(T − S)/(T − 1)', () => {
  // base = T − 3.2·x + … : satisfaction is set through the expectation (S = base + 3.5 − E)
  const searchers = (T: number, sat: number, searchRate = 1, n = 4001) => {
    const s = quietScenario({ population: { size: n }, behaviour: { baseSatisfaction: sat, searchThreshold: T, searchRate } });
    const sim = handBuilt(s);
    sim.step();
    let k = 0;
    for (let i = 0; i < n; i++) if (sim.pop.happened[i] & HAPPENED.searched) k++;
    return k / n;
  };
  const within = (x: number, p: number, n = 4001) => expect(Math.abs(x - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / n) + 1e-12);
  it('never searches at or above the threshold', () => {
    expect(searchers(4.2, 4.2)).toBe(0);
    expect(searchers(4.2, 4.25)).toBe(0);
  });
  it('searches with the stated chance below it', () => {
    expect(searchers(4.2, 1)).toBe(1);
    within(searchers(4.2, 2.6), 0.5);
    within(searchers(4.2, 2.6, 0.5), 0.25);
    within(searchers(4.2, 4.2 - 0.05 * 3.2), 0.05);
  });
  it('weighs its strongest rival and switches to it when free and the rival wins', () => {
    const rival = { behaviour: { searchRate: 1, searchThreshold: 4.2, baseSatisfaction: 1 }, firms: [quietFirm(), quietFirm({ quality: 4 })] };
    const r = runCase(quietScenario(rival), {});
    expect(r.read('provider')).toEqual(SWITCH);
    for (const h of r.read('happened')) expect(h & HAPPENED.searched).toBe(HAPPENED.searched);
    const tied = runCase(quietScenario({ ...rival, market: { openness: 0.5 } }), { freedom: 200 });
    expect(tied.read('provider')).toEqual(STAY);
  });
});

describe('after a failure: TARP repurchase by case, shielded by trust', () => {
  const CELLS = ['silent', 'unresolved', 'resolved', 'quick'] as const;
  const table = (severity: 'minor' | 'major', cell: (typeof CELLS)[number], x: number) => {
    const row = (sev: string) => Object.fromEntries(CELLS.map((c) => [c, sev === severity && c === cell ? x : 1 - x]));
    return { minor: row('minor'), major: row('major') };
  };
  // service and lever settings that produce each case for every purchase
  const CASE: Record<(typeof CELLS)[number], { complaintRate: number; recoveryRate: number; recoverySpeed: number }> = {
    silent: { complaintRate: 0, recoveryRate: 1, recoverySpeed: 1 },
    unresolved: { complaintRate: 1, recoveryRate: 0, recoverySpeed: 1 },
    resolved: { complaintRate: 1, recoveryRate: 1, recoverySpeed: 0 },
    quick: { complaintRate: 1, recoveryRate: 1, recoverySpeed: 1 },
  };
  const after = (severity: 'minor' | 'major', cell: (typeof CELLS)[number], x: number, c: Partial<Customer> = {}, extra: Record<string, unknown> = {}) => {
    const k = CASE[cell];
    const s = quietScenario({
      service: { failureRate: 1, majorShare: severity === 'major' ? 1 : 0, complaintRate: k.complaintRate, repurchase: table(severity, cell, x) },
      firms: [quietFirm({ recoveryRate: k.recoveryRate, recoverySpeed: k.recoverySpeed }), quietFirm()],
      ...extra,
    });
    return runCase(s, c);
  };
  // expectation 4.5: even after a quick recovery (satisfaction 4 + 4.3 − 4.5 = 3.8) the rival
  // (expected 4) wins once weighed, so whether it goes is the table's cell alone
  const won = { expectation: 4.5 };
  for (const severity of ['minor', 'major'] as const)
    for (const cell of CELLS)
      it(`${severity}, ${cell}: reads its own cell of the table`, () => {
        expect(after(severity, cell, 1, won).read('provider')).toEqual(STAY);
        const gone = after(severity, cell, 0, won);
        expect(gone.read('provider')).toEqual(SWITCH);
        for (const h of gone.read('happened')) expect(h & (HAPPENED.switched | HAPPENED.left)).toBe(HAPPENED.switched | HAPPENED.left);
      });
  it('weighs the strongest rival like any switch, switching cost and lock-in included: a hostage stays', () => {
    // a silent minor failure: satisfaction 4 + (2 − 3.5) = 2.5 against the rival's expected 4,
    // so value −1.5; nobody would repurchase (cell 0)
    const lock = (lockIn: number, c: Partial<Customer> = {}) =>
      after('minor', 'silent', 0, c, { firms: [quietFirm({ lockIn }), quietFirm()] }).read('provider');
    expect(lock(0)).toEqual(SWITCH);
    expect(lock(1.25)).toEqual(SWITCH);
    expect(lock(1.5)).toEqual(STAY); // −1.5 + 1.5 is not < 0
    expect(lock(3)).toEqual(STAY);
    expect(lock(0, { switchingCost: 1.5 })).toEqual(STAY);
    expect(lock(0, { switchingCost: 1 })).toEqual(SWITCH);
    expect(lock(1, { switchingCost: 0.5 })).toEqual(STAY);
  });
  it('after a quick recovery that leaves it happier than the rival would, it stays even when it would not repurchase', () => {
    expect(after('minor', 'quick', 0).read('provider')).toEqual(STAY); // 4 + 4.3 − 3.5 = 4.8 > 4
  });
  it('lets full trust forgive any failure', () => {
    expect(after('major', 'silent', 0, { trust: 1 }).read('provider')).toEqual(STAY);
  });
  it('keeps 1 − (1 − repurchase)·(1 − trust) of them', () => {
    const n = 4001;
    const s = quietScenario({
      population: { size: n },
      service: { failureRate: 1, majorShare: 0, complaintRate: 0, repurchase: { minor: { silent: 0.2 } } },
    });
    const sim = handBuilt(s, { trust: 0.5 });
    sim.step();
    let kept = 0;
    for (let i = 0; i < n; i++) if (sim.pop.provider[i] === 0) kept++;
    expect(Math.abs(kept / n - 0.6)).toBeLessThan(4 * Math.sqrt(0.24 / n));
  });
  it('sends a customer not free to choose out of the category with chance doWithout, and keeps it otherwise', () => {
    const closed = (doWithout: number) => after('minor', 'silent', 0, {}, { market: { openness: 0 }, behaviour: { doWithout } });
    const out = closed(1);
    expect(out.read('provider')).toEqual([NO_PROVIDER, NO_PROVIDER, NO_PROVIDER]);
    expect(out.read('lastProvider')).toEqual(STAY);
    for (const h of out.read('happened')) expect(h & (HAPPENED.left | HAPPENED.switched)).toBe(HAPPENED.left);
    expect(closed(0).read('provider')).toEqual(STAY);
  });
});

describe('moving: what a switcher, a leaver and a newcomer start with', () => {
  it('a switcher starts at the satisfaction it expected, trust 0.05, wallet share 0.4, tenure 0, E raised by half the promise', () => {
    const s = quietScenario(offered({ behaviour: { baseSatisfaction: 3.6 }, firms: [quietFirm(), quietFirm({ promise: 0.5 })] }));
    const r = runCase(s, { expectation: 4, trust: 0.3, walletShare: 0.7 }, { periods: 1 });
    expect(r.read('provider')).toEqual(SWITCH);
    expect(r.read('lastProvider')).toEqual(STAY);
    for (const x of r.read('satisfaction')) expect(x).toBeCloseTo(3.6, 5);
    for (const x of r.read('trust')) expect(x).toBeCloseTo(0.05, 6);
    for (const x of r.read('walletShare')) expect(x).toBeCloseTo(0.4, 6);
    expect(r.read('tenure')).toEqual([0, 0, 0]);
    expect(r.read('joined')).toEqual([0, 0, 0]);
    for (const x of r.read('expectation')) expect(x).toBeCloseTo(4.25, 5);
    expect(r.summaries[0].moves[0 * 3 + 1]).toBeGreaterThanOrEqual(3);
  });
  it('life events take leaveCategoryRate of customers out, whatever they think', () => {
    const n = 4001;
    const sim = handBuilt(quietScenario({ population: { size: n }, behaviour: { leaveCategoryRate: 0.25 } }), { expectation: 2 });
    const summary = sim.step();
    let out = 0;
    for (let i = 0; i < n; i++) if (sim.pop.provider[i] === NO_PROVIDER) out++;
    expect(Math.abs(out / n - 0.25)).toBeLessThan(4 * Math.sqrt(0.1875 / n));
    expect(summary.moves[0 * 3 + 2]).toBe(out);
  });
  it('a very unhappy leaver holds a grudge for terroristMonths (in periods) and does not come back to that firm', () => {
    const n = 11;
    const s = quietScenario({
      population: { size: n },
      behaviour: { leaveCategoryRate: 0 },
      wordOfMouth: { terroristThreshold: 2.2, terroristMonths: 6 },
      // every prospect is bought by Us from period 1 (spend/cost ≥ prospects), Rival is closed
      firms: [quietFirm({ acquisitionCost: 1 }), quietFirm({ availableFrom: 100 })],
      changes: [{ period: 1, firm: 0, lever: 'acquisitionSpend', value: 1000 }],
    });
    const sim = handBuilt(s, { provider: NO_PROVIDER, lastProvider: 0, grudge: 0 });
    place(sim, 2, { provider: NO_PROVIDER, lastProvider: 0, grudge: 3 });
    place(sim, 5, { provider: NO_PROVIDER, lastProvider: 0, grudge: 3 });
    place(sim, 10, { provider: NO_PROVIDER, lastProvider: 0, grudge: 3 });
    sim.step();
    sim.step();
    for (let i = 0; i < n; i++) expect(sim.pop.provider[i]).toBe([2, 5, 10].includes(i) ? NO_PROVIDER : 0);
    expect([2, 5, 10].map((i) => sim.pop.grudge[i])).toEqual([1, 1, 1]);
  });
  it('a leaver below the terrorist threshold gets a grudge of terroristMonths (in periods); one at or above it none', () => {
    // not free to choose, every purchase fails silently, nobody repurchases, everyone can do without
    const leave = (expectation: number) => runCase(leavingScenario(), { expectation });
    const below = leave(3.5 + 1 / 64);
    expect(below.read('provider')).toEqual([NO_PROVIDER, NO_PROVIDER, NO_PROVIDER]);
    expect(below.read('grudge')).toEqual([6, 6, 6]);
    expect(leave(3.5).read('grudge')).toEqual([0, 0, 0]);
    expect(leave(3.5 - 1 / 64).read('grudge')).toEqual([0, 0, 0]);
  });
});

describe('offers and entry: who hears from whom, who comes in', () => {
  const n = 6001;
  const within = (x: number, p: number) => expect(Math.abs(x - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  it('each rival reaches a customer with chance offerRate × its own offerRate lever, and wins those it reaches', () => {
    const s = quietScenario({
      population: { size: n },
      behaviour: { offerRate: 0.2 },
      firms: [quietFirm({ initialShare: 0.4 }), quietFirm({ offerRate: 2, initialShare: 0.3 }), quietFirm({ offerRate: 0.5, initialShare: 0.3 })],
    });
    const sim = handBuilt(s, { expectation: 4.5 }); // every one of Us would take any offer
    sim.step();
    const share = (k: number) => sim.pop.provider.filter((x) => x === k).length / n;
    within(share(1), 0.4);
    within(share(2), 0.1);
    within(share(0), 0.5);
  });
  it("prospects enter with chance entryRate, split by the firms' appeal (quality, promise, price)", () => {
    // appeal 1 + (Q + promise/2 − 3.8) − (price − 1): Us 1 + 0.4 = 1.4, Rival 1 − 0.3 = 0.7
    const s = quietScenario({ population: { size: n }, behaviour: { entryRate: 0.3 }, firms: [quietFirm({ quality: 4.2 }), quietFirm()] });
    const sim = handBuilt(s, { provider: NO_PROVIDER });
    const summary = sim.step();
    within(summary.moves[2 * 3 + 0] / n, 0.2);
    within(summary.moves[2 * 3 + 1] / n, 0.1);
    const promised = handBuilt(quietScenario({ population: { size: n }, behaviour: { entryRate: 0.3 }, firms: [quietFirm({ promise: 1.4 }), quietFirm()] }), {
      provider: NO_PROVIDER,
    });
    within(promised.step().moves[2 * 3 + 0] / n, 0.2); // 1 + 0.7 − 0.3 = 1.4
  });
  it("bad talk about a firm scales its appeal by (1 − bad talk) for next period's newcomers", () => {
    // 1000 unhappy customers of Rival (S 2.5) telling 11 each: bad talk 0.5 × min(1, 11000/n) = 0.5
    const s = quietScenario({ population: { size: n }, behaviour: { entryRate: 0.3 }, wordOfMouth: { influence: 0.5, tellCount: 11 } });
    const sim = handBuilt(s, { provider: NO_PROVIDER });
    for (let i = 0; i < 1000; i++) place(sim, i, { provider: 1, expectation: 5 });
    sim.step();
    const prospects = sim.pop.provider.filter((x) => x === NO_PROVIDER).length;
    const summary = sim.step();
    const share = (k: number) => summary.moves[2 * 3 + k] / prospects;
    expect(Math.abs(share(0) - 0.2)).toBeLessThan(4 * Math.sqrt(0.16 / prospects));
    expect(Math.abs(share(1) - 0.1)).toBeLessThan(4 * Math.sqrt(0.09 / prospects));
  });
  it('acquisition spend buys spend / acquisitionCost newcomers a period', () => {
    // from period 1, when the prospects of period 0 are counted
    const s = quietScenario({
      population: { size: n },
      firms: [quietFirm({ acquisitionCost: 2 }), quietFirm()],
      changes: [{ period: 1, firm: 0, lever: 'acquisitionSpend', value: 1200 }],
    });
    const sim = handBuilt(s, { provider: NO_PROVIDER });
    expect(valueOf(sim.step(), 0, 'entered')).toBe(0);
    const bought = valueOf(sim.step(), 0, 'entered');
    expect(Math.abs(bought - 600)).toBeLessThan(4 * Math.sqrt(600));
  });
  it('promoters refer referralRate newcomers each, next period', () => {
    const s = quietScenario({ population: { size: n }, wordOfMouth: { referralRate: 0.5 } });
    const sim = handBuilt(s, { provider: NO_PROVIDER });
    for (let i = 0; i < 1000; i++) place(sim, i, { expectation: 3.125, trust: 0.375 }); // promoters of Us (score 9)
    expect(valueOf(sim.step(), 0, 'promoters')).toBe(1000);
    const referred = valueOf(sim.step(), 0, 'entered');
    expect(Math.abs(referred - 500)).toBeLessThan(4 * Math.sqrt(500));
  });
});
