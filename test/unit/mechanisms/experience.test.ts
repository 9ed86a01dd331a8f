// Step 1–2 of a period (MODEL.md §1–2): perceived quality, satisfaction, expectations, trust,
// wallet share, service failures and complaints, pinned in direction and size on hand-built
// customers. Every case runs at the three places of customers.ts (both lanes of a pair, alone).
import { describe, expect, it } from 'vitest';
import { HAPPENED } from '../../../src/model/index.ts';
import { AT, BASE, handBuilt, quietFirm, quietScenario, runCase, type Customer } from './customers.ts';

/** Each of the values is close to `x` (float32 states: 5 decimals unless told). */
function allClose(values: number[], x: number, digits = 5): void {
  for (const v of values) expect(v).toBeCloseTo(x, digits);
}

/** Satisfaction, expectation… of a one-period case in scenario `over`. */
function after(over: Record<string, unknown>, c: Partial<Customer>, periods = 1) {
  return runCase(quietScenario(over), c, { periods });
}

describe('satisfaction: S ← clamp(S + m·(base + w·(Q − E) − price effect − S), 1, 5)', () => {
  it('rises by w·(Q − E) when quality beats expectation and falls when it does not', () => {
    // Q = 3.5; w = 1.2
    allClose(after({ behaviour: { disconfirmationWeight: 1.2 } }, { expectation: 3.25 }).read('satisfaction'), BASE + 1.2 * 0.25);
    allClose(after({ behaviour: { disconfirmationWeight: 1.2 } }, { expectation: 3.75 }).read('satisfaction'), BASE - 1.2 * 0.25);
  });
  it('moves only the share m of the way from the old satisfaction (cumulative satisfaction)', () => {
    // instant 4 + (3.5 − 2.5) = 5; from 3 a quarter of the way is 3.5
    allClose(after({ behaviour: { satisfactionMemory: 0.25 } }, { satisfaction: 3, expectation: 2.5 }).read('satisfaction'), 3.5);
  });
  it('clamps the running average to the 1–5 scale, not the experience', () => {
    allClose(after({}, { expectation: 1.5 }).read('satisfaction'), 5); // 4 + 2 → 5
    allClose(after({}, { expectation: 7 }).read('satisfaction'), 1); // 4 − 3.5 → 1
    // with memory 0.5 from 3: halfway to the experience's 6, not to 5 (a day's experiences run
    // past the scale, their noise scaled up so satisfaction keeps a month's spread: params.ts)
    allClose(after({ behaviour: { satisfactionMemory: 0.5 } }, { satisfaction: 3, expectation: 1.5 }).read('satisfaction'), 4.5);
    allClose(after({ behaviour: { satisfactionMemory: 0.5 } }, { satisfaction: 4, expectation: 1.5 }).read('satisfaction'), 5);
    allClose(after({ behaviour: { satisfactionMemory: 0.5 } }, { satisfaction: 1.2, expectation: 7 }).read('satisfaction'), 1);
  });
  it('loses priceWeight × price sensitivity × (price − 1): dearer satisfies less, cheaper more', () => {
    const dear = { behaviour: { priceWeightInSatisfaction: 0.8 }, firms: [quietFirm({ price: 1.25 }), quietFirm()] };
    allClose(after(dear, { priceSensitivity: 1.5 }).read('satisfaction'), BASE - 0.8 * 1.5 * 0.25);
    const cheap = { behaviour: { priceWeightInSatisfaction: 0.8 }, firms: [quietFirm({ price: 0.9 }), quietFirm()] };
    allClose(after(cheap, { priceSensitivity: 1.5 }).read('satisfaction'), BASE + 0.8 * 1.5 * 0.1);
  });
});

describe('a price far below the market reads as poor quality (cheap signal, below 0.85)', () => {
  const at = (price: number) => after({ behaviour: { cheapSignal: 2 }, firms: [quietFirm({ price }), quietFirm()] }, {}).read('satisfaction');
  it('costs nothing at 0.85 and above', () => {
    allClose(at(0.85), BASE, 6);
    allClose(at(0.86), BASE, 6);
    allClose(at(1), BASE, 6);
  });
  it('costs cheapSignal × (0.85 − price) quality points below it', () => {
    allClose(at(0.84), BASE - 2 * 0.01);
    allClose(at(0.5), BASE - 2 * 0.35);
  });
});

describe('expectations: E ← E + a·(½·own + ½·market norm + promise − E) + drift', () => {
  it('creep up by exactly the drift each period when they do not adapt', () => {
    const r = after({ behaviour: { expectationDrift: 0.01 } }, {}, 1);
    allClose(r.read('expectation'), 3.51, 6);
    r.sim.step();
    r.sim.step();
    allClose(r.read('expectation'), 3.53, 6);
  });
  it('fall by a negative drift', () => {
    allClose(after({ behaviour: { expectationDrift: -0.02 } }, {}).read('expectation'), 3.48, 6);
  });
  it('adapt halfway to a blend of the own firm and the market norm', () => {
    // Us 4, Rival 3, equal shares: norm 3.5; a customer of Us hears ½·4 + ½·3.5 = 3.75
    const over = { behaviour: { expectationAdaptation: 0.5 }, firms: [quietFirm({ quality: 4 }), quietFirm({ quality: 3 })] };
    allClose(after(over, { expectation: 3 }).read('expectation'), 3 + 0.5 * 0.75);
    // a customer of Rival hears ½·3 + ½·3.5 = 3.25
    allClose(after(over, { expectation: 3, provider: 1 }).read('expectation'), 3 + 0.5 * 0.25);
  });
  it("are raised by the firm's promise, in proportion to adaptation", () => {
    const promise = (p: number, a: number) =>
      after({ behaviour: { expectationAdaptation: a }, firms: [quietFirm({ promise: p }), quietFirm()] }, {}).read('expectation');
    allClose(promise(1, 0.5), 4);
    allClose(promise(-1, 0.5), 3);
    allClose(promise(1, 0), 3.5, 6);
  });
  it('stay within 1–5.5', () => {
    allClose(after({ behaviour: { expectationDrift: 0.05 } }, { expectation: 5.48 }).read('expectation'), 5.5, 6);
    allClose(after({ behaviour: { expectationDrift: -0.05 } }, { expectation: 1.02 }).read('expectation'), 1, 6);
  });
});

describe('personal service and focus on the top 20% (personalisation, focusHighValue)', () => {
  // personal service per tier: p·(1 + 4f) for the top tier, p·(1 − f) for the others; it adds
  // 0.4 quality points per unit, at most 1.5 units
  const quality = (p: number, f: number, tier: number) =>
    after({ firms: [quietFirm({ personalisation: p, focusHighValue: f }), quietFirm()] }, { tier }).read('satisfaction');
  it('adds 0.4 points of quality per unit of personal service', () => {
    allClose(quality(0.5, 0, 0), BASE + 0.2);
    allClose(quality(0.5, 0, 2), BASE + 0.2);
  });
  it('moves the same effort towards the top tier under focus', () => {
    allClose(quality(0.5, 0.25, 0), BASE + 0.4 * 0.5 * 2);
    allClose(quality(0.5, 0.25, 1), BASE + 0.4 * 0.5 * 0.75);
    allClose(quality(0.5, 0.25, 2), BASE + 0.4 * 0.5 * 0.75);
  });
  it('counts at most 1.5 units of personal service towards quality', () => {
    allClose(quality(1, 0.5, 0), BASE + 0.4 * 1.5);
  });
});

describe('trust: grows above satisfaction 4.25, erodes below 3.75, is not bought', () => {
  // base satisfaction at the threshold and Q = 3.5: satisfaction = threshold + (3.5 − E) exactly
  const trustAt = (threshold: number, offset: number, over: Record<string, unknown> = {}) =>
    after({ behaviour: { baseSatisfaction: threshold, trustGain: 1, trustLoss: 1 }, ...over }, { expectation: 3.5 - offset, trust: 0.5 }).read('trust');
  const step = 1 / 64;
  it('does not move at 4.25 or just below, and grows just above', () => {
    allClose(trustAt(4.25, 0), 0.5, 7);
    allClose(trustAt(4.25, -step), 0.5, 7);
    allClose(trustAt(4.25, step), 0.5 + step * 0.5, 7);
  });
  it('does not move at 3.75 or just above, and erodes just below', () => {
    allClose(trustAt(3.75, 0), 0.5, 7);
    allClose(trustAt(3.75, step), 0.5, 7);
    allClose(trustAt(3.75, -step), 0.5 - step * 0.5, 7);
  });
  it('grows by gain × (S − 4.25) × (1 + personal service) × (1 − trust)', () => {
    const grow = (p: number) =>
      after(
        { behaviour: { baseSatisfaction: 4.25, trustGain: 0.5 }, firms: [quietFirm({ personalisation: p }), quietFirm()] },
        { expectation: 3, trust: 0.2 },
      ).read('trust');
    allClose(grow(0), 0.2 + 0.5 * 0.5 * 0.8); // S = 4.75
    allClose(grow(0.5), 0.2 + 0.5 * 0.7 * 1.5 * 0.8); // S = 4.95 (personal service adds 0.2)
  });
  it('erodes by loss × (3.75 − S) × trust', () => {
    allClose(after({ behaviour: { baseSatisfaction: 3.75, trustLoss: 1 } }, { expectation: 4, trust: 0.6 }).read('trust'), 0.6 - 0.5 * 0.6);
  });
  it('is never raised by programme rewards, in any zone, over several periods', () => {
    for (const expectation of [2.5, 3.5, 4.5]) {
      const run = (programme: number) =>
        after(
          { behaviour: { trustGain: 0.5, trustLoss: 0.5 }, firms: [quietFirm({ programme }), quietFirm()] },
          { expectation, trust: 0.4, dealSensitivity: 2 },
          3,
        ).read('trust');
      expect(run(0.3)).toEqual(run(0));
    }
  });
});

describe('wallet share: 15% of the way to 0.35 + 0.2·(S − 3) + 0.25·trust + 0.5·deal·reward', () => {
  it('follows satisfaction, trust and rewards', () => {
    // S 4, trust 0.4, deal 2, reward 0.1: target 0.35 + 0.2 + 0.1 + 0.1 = 0.75
    const over = { firms: [quietFirm({ programme: 0.1 }), quietFirm()] };
    allClose(after(over, { trust: 0.4, dealSensitivity: 2, walletShare: 0.5 }).read('walletShare'), 0.5 + 0.15 * 0.25);
    allClose(after({}, { trust: 0.4, dealSensitivity: 2, walletShare: 0.5 }).read('walletShare'), 0.5 + 0.15 * 0.15);
  });
  it('aims at a target clamped to 0.05–1', () => {
    allClose(after({}, { expectation: 1.5, trust: 1, walletShare: 0.9 }).read('walletShare'), 0.9 + 0.15 * 0.1);
    allClose(after({}, { expectation: 7, walletShare: 0.2 }).read('walletShare'), 0.2 + 0.15 * (0.05 - 0.2));
  });
});

describe('tenure', () => {
  it('counts one more period with the provider, up to 65535', () => {
    expect(after({}, { tenure: 30 }).read('tenure')).toEqual([31, 31, 31]);
    expect(after({}, { tenure: 65535 }).read('tenure')).toEqual([65535, 65535, 65535]);
  });
});

describe('service failures and complaints (TARP, service-recovery paradox)', () => {
  // every purchase fails; the levers decide what follows; everyone repurchases so we can read them
  const all = { silent: 1, unresolved: 1, resolved: 1, quick: 1 };
  const failing = (s: Record<string, unknown>, firm: Record<string, unknown> = {}) => ({
    behaviour: { baseSatisfaction: 4 },
    service: { failureRate: 1, failureImpact: 1, recoveryBonus: 0.8, complaintRate: 1, majorShare: 0, repurchase: { minor: all, major: all }, ...s },
    firms: [quietFirm({ recoveryRate: 1, recoverySpeed: 0, ...firm }), quietFirm()],
  });
  const H = HAPPENED;
  const cases: [string, Record<string, unknown>, Record<string, unknown>, number, number, number][] = [
    // name, service, firm levers, happened bits, satisfaction (base 4 + quality shift), trust from 0.5
    ['minor, silent', { complaintRate: 0 }, {}, H.failure, 4 - 1, 0.5],
    ['major, silent', { complaintRate: 0, majorShare: 1 }, {}, H.failure | H.major, 4 - 2, 0.5],
    ['minor, complained, unresolved', {}, { recoveryRate: 0 }, H.failure | H.complained, 4 - 1.3, 0.35],
    ['major, complained, unresolved', { majorShare: 1 }, { recoveryRate: 0 }, H.failure | H.major | H.complained, 4 - 2.6, 0.35],
    ['minor, resolved', {}, {}, H.failure | H.complained | H.resolved, 4 - 0.5, 0.5],
    ['major, resolved', { majorShare: 1 }, {}, H.failure | H.major | H.complained | H.resolved, 4 - 1, 0.5],
    ['minor, resolved quickly', {}, { recoverySpeed: 1 }, H.failure | H.complained | H.resolved | H.quick, 4 + 0.8, 0.55],
    ['major, resolved quickly', { majorShare: 1 }, { recoverySpeed: 1 }, H.failure | H.major | H.complained | H.resolved | H.quick, 4 + 0.8, 0.55],
  ];
  it.each(cases)("%s: the experience shifts by the failure's impact and trust responds", (_, service, firm, bits, sat, trust) => {
    const r = after(failing(service, firm), { trust: 0.5 });
    expect(r.read('happened')).toEqual([bits, bits, bits]);
    allClose(r.read('satisfaction'), sat);
    allClose(r.read('trust'), trust);
  });
  it('costs as much trust in a week as in a month: a month of the satisfaction it leaves (trustAfterFailure)', () => {
    // a silent minor failure leaves satisfaction 3, 0.75 below the zone of defection
    const inA = (periodUnit: string) => ({ ...failing({ complaintRate: 0 }), periodUnit, behaviour: { baseSatisfaction: 4, trustLoss: 0.4 } });
    allClose(after(inA('month'), { trust: 0.5 }).read('trust'), 0.5 - 0.4 * 0.75 * 0.5);
    allClose(after(inA('week'), { trust: 0.5 }).read('trust'), 0.5 - 0.4 * 0.75 * 0.5);
    // without a failure, a week at satisfaction 3 costs a week's trust
    const quietWeek = { periodUnit: 'week', behaviour: { baseSatisfaction: 3, trustLoss: 0.4 } };
    allClose(after(quietWeek, { trust: 0.5 }).read('trust'), 0.5 - ((0.4 * 12) / 52) * 0.75 * 0.5);
  });
  it('gives a quick recovery a bonus multiplied by the personal service the customer gets', () => {
    const r = after({ ...failing({}, { recoverySpeed: 1, personalisation: 0.5 }), behaviour: { baseSatisfaction: 3 } }, { trust: 0.5 });
    // personal service 0.5 also adds 0.2 quality points
    allClose(r.read('satisfaction'), 3 + 0.2 + 0.8 * 1.5);
  });
  it('happens to the share failureRate of purchases', () => {
    const s = quietScenario({ population: { size: 4001 }, service: { failureRate: 0.3, repurchase: { minor: all, major: all } } });
    const sim = handBuilt(s);
    sim.step();
    let failed = 0;
    for (let i = 0; i < sim.pop.size; i++) if (sim.pop.happened[i] & HAPPENED.failure) failed++;
    expect(failed / sim.pop.size).toBeGreaterThan(0.3 - 4 * Math.sqrt(0.21 / 4001));
    expect(failed / sim.pop.size).toBeLessThan(0.3 + 4 * Math.sqrt(0.21 / 4001));
  });
  it('is complained about by complaintRate × complaintEncouragement of those who have one', () => {
    const share = (enc: number) => {
      const s = quietScenario({
        population: { size: 4001 },
        service: { failureRate: 1, complaintRate: 0.1, repurchase: { minor: all, major: all } },
        firms: [quietFirm({ complaintEncouragement: enc }), quietFirm({ complaintEncouragement: enc })],
      });
      const sim = handBuilt(s);
      sim.step();
      let n = 0;
      for (let i = 0; i < sim.pop.size; i++) if (sim.pop.happened[i] & HAPPENED.complained) n++;
      return n / sim.pop.size;
    };
    expect(share(10)).toBe(1);
    const half = share(5);
    expect(Math.abs(half - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / 4001));
    expect(Math.abs(share(1) - 0.1)).toBeLessThan(4 * Math.sqrt(0.09 / 4001));
  });
  it('keeps the share recoveryRate of complaints resolved, and recoverySpeed of those quick', () => {
    const s = quietScenario({
      population: { size: 4001 },
      service: { failureRate: 1, complaintRate: 1, repurchase: { minor: all, major: all } },
      firms: [quietFirm({ recoveryRate: 0.6, recoverySpeed: 0.5 }), quietFirm({ recoveryRate: 0.6, recoverySpeed: 0.5 })],
    });
    const sim = handBuilt(s);
    sim.step();
    let resolved = 0;
    let quick = 0;
    for (let i = 0; i < sim.pop.size; i++) {
      if (sim.pop.happened[i] & HAPPENED.resolved) resolved++;
      if (sim.pop.happened[i] & HAPPENED.quick) quick++;
    }
    const sd = (p: number) => 4 * Math.sqrt((p * (1 - p)) / 4001);
    expect(Math.abs(resolved / 4001 - 0.6)).toBeLessThan(sd(0.6));
    expect(Math.abs(quick / 4001 - 0.3)).toBeLessThan(sd(0.3));
  });
});

describe('fit and noise in the experience', () => {
  it("adds the customer's fit with its firm: ±127 steps = ±matchSpread quality points", () => {
    const sim = handBuilt(quietScenario({ behaviour: { matchSpread: 0.5 } }));
    const K = sim.pop.firms;
    sim.pop.fit[AT[0] * K + 0] = 127;
    sim.pop.fit[AT[1] * K + 0] = -127;
    sim.pop.fit[AT[2] * K + 0] = 64;
    sim.pop.fit[AT[2] * K + 1] = 127; // fit with the other firm plays no part in the experience
    sim.step();
    const sat = AT.map((i) => sim.pop.satisfaction[i]);
    expect(sat[0]).toBeCloseTo(BASE + 0.5, 5);
    expect(sat[1]).toBeCloseTo(BASE - 0.5, 5);
    expect(sat[2]).toBeCloseTo(BASE + (0.5 * 64) / 127, 5);
  });
  it('spreads perceived quality with standard deviation qualityNoise, centred', () => {
    const n = 6001;
    const sim = handBuilt(quietScenario({ population: { size: n }, behaviour: { qualityNoise: 0.2 } }));
    sim.step();
    const s = Array.from(sim.pop.satisfaction);
    const mean = s.reduce((a, x) => a + x, 0) / n;
    const sd = Math.sqrt(s.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
    expect(Math.abs(mean - BASE)).toBeLessThan(4 * (0.2 / Math.sqrt(n)));
    expect(sd).toBeGreaterThan(0.19);
    expect(sd).toBeLessThan(0.21);
    expect(Math.max(...s) - BASE).toBeLessThanOrEqual(0.2 * Math.sqrt(3) + 1e-6); // uniform on ±√3·sd
  });
});
