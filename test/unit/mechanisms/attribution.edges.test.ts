// The loyalty driver (src/model/drivers/loyalty.ts) where the tests beside it left room for a
// wrong rule (mutation testing, README "Mutation testing"): a margin of exactly 0, ties between
// the supports of a customer held jointly (the first of switching cost, price, incentive,
// kinship names it), a rival's larger reward or lower price as a handicap of value, the margin
// the inspector reads, and prospects, who have no type.
import { describe, expect, it } from 'vitest';
import { inspectCustomer, JS_CLASSES, LOYALTY_TYPES, NO_PROVIDER } from '../../../src/model/index.ts';
import { AT, handBuilt, place, quietFirm, quietScenario, runCase, type Customer } from './customers.ts';

/** Parts of the margin against Rival, set as in attribution.test.ts: value through the
 *  expectation (3.5 − E), price through Rival's price, incentive through our programme (tenure
 *  ≥ 24 doubles it) or, when negative, through Rival's, kinship through its weight, switching
 *  cost through habit. */
interface Parts {
  value: number;
  price?: number;
  incentive?: number;
  kinship?: number;
  cost?: number;
}

function classify(p: Parts, c: Partial<Customer> = {}) {
  const incentive = p.incentive ?? 0;
  const s = quietScenario({
    behaviour: { weights: { kinship: p.kinship ?? 1 } },
    firms: [quietFirm({ programme: Math.max(incentive, 0) / 2 }), quietFirm({ price: 1 + (p.price ?? 0), programme: Math.max(-incentive, 0) })],
  });
  const r = runCase(s, { expectation: 3.5 - p.value, switchingCost: p.cost ?? 0, tenure: 30, traits: p.kinship ? 1 : 0, ...c });
  return { r, type: r.read('loyaltyType').map((t) => LOYALTY_TYPES[t]), cls: r.read('jsClass').map((x) => JS_CLASSES[x]), provider: r.read('provider') };
}

const three = <T>(x: T) => [x, x, x];

describe('the attribution order at its edges', () => {
  it('a margin of exactly 0 with nothing else: held, by value (a loyalist at satisfaction 4)', () => {
    const r = classify({ value: 0 });
    expect(r.provider).toEqual(three(0));
    expect(r.type).toEqual(three('value'));
    expect(r.cls).toEqual(three('loyalist'));
  });
  const cases: [string, Parts, string][] = [
    ['8. held jointly, all four supports equal: switching cost names it', { value: -0.75, price: 0.25, incentive: 0.25, kinship: 0.25, cost: 0.25 }, 'inertia'],
    ['8. held jointly, price and incentive equal and largest: price names it', { value: -0.25, price: 0.25, incentive: 0.25, cost: 0.125 }, 'price'],
    [
      '8. held jointly, incentive and kinship equal and largest: incentive names it',
      { value: -0.25, incentive: 0.25, kinship: 0.25, cost: 0.125 },
      'incentive',
    ],
    [
      '7. value does not hold it once a rival reward is taken off: held jointly',
      { value: 0.125, incentive: -0.25, price: 0.0625, kinship: 0.0625, cost: 0.0625 },
      'inertia',
    ],
    [
      '7. value does not hold it once a lower rival price is taken off: held jointly',
      { value: 0.25, price: -0.5, incentive: 0.125, kinship: 0.125, cost: 0.125 },
      'inertia',
    ],
  ];
  it.each(cases)('%s', (_, parts, type) => {
    const r = classify(parts);
    expect(r.provider).toEqual(three(0));
    expect(r.type).toEqual(three(type));
  });
});

describe('the margin the inspector reads', () => {
  it('is the margin of the attribution: loyalty index 0.5 + 0.5·m/(1 + |m|)', () => {
    const { r } = classify({ value: 0.25 });
    for (const i of AT) {
      const state = inspectCustomer(r.sim, i);
      expect(state.loyaltyType).toBe('value');
      expect(state.loyalty).toBeCloseTo(0.5 + (0.5 * 0.25) / 1.25, 6);
      expect(state.why).not.toBeNull();
    }
  });
});

describe('prospects', () => {
  it('are given no loyalty type or class', () => {
    const sim = handBuilt(quietScenario({}));
    for (const i of AT) {
      place(sim, i, { provider: NO_PROVIDER });
      sim.pop.loyaltyType[i] = 2;
      sim.pop.jsClass[i] = 3;
    }
    sim.step();
    for (const i of AT) expect([sim.pop.provider[i], sim.pop.loyaltyType[i], sim.pop.jsClass[i]]).toEqual([NO_PROVIDER, 2, 3]);
  });
});
