// The margin of kernel/utility.ts, the one rule the decision and the attribution both read,
// pinned part by part against hand-worked values (mutation testing, README "Mutation testing"):
// the drivers' tests see only which side of zero a margin falls, so a part with a wrong weight
// or a wrong sign could hide behind another. The kernel's JavaScript build is called directly,
// bound to a quiet market's memory (customers.ts), after one period has filled its tables.
import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../src/model/index.ts';
import { kernelOf } from '../../../src/model/simulation.ts';
import { KIN, KIN_FIRM_SHIFT, NUMBER_TIE } from '../../../src/model/kernel/customer.ts';
import { STAKE_TABLE } from '../../../src/model/kernel/constants.ts';
import { expectBase, expectPrice, priceGap, programme, rivalRecords, S, sc } from '../../../src/model/kernel/layout.generated.ts';
import { f64at, setF64 } from '../../../src/model/kernel/platform.ts';
import {
  costOfSwitching,
  expectedFrom,
  expectedSatisfaction,
  freedomLimit,
  freeToChoose,
  freeUnder,
  incentiveAgainst,
  kinshipOf,
  marginAgainst,
  pointsAtStake,
  priceAdvantage,
  recordRivals,
  rewardWeight,
  rivalMargin,
  stayValue,
  strongestIncentive,
  strongestPrice,
  strongestRival,
  strongestValue,
  switchingCostOf,
  valueAgainst,
} from '../../../src/model/kernel/utility.ts';
import { NEUTRAL, place, quietFirm, quietScenario, type Customer } from './customers.ts';

/** A quiet market on the kernel's JavaScript build, one period run, customers placed, memory bound. */
function bound(over: Record<string, unknown> = {}, customers: Partial<Customer>[] = []): Simulation {
  const sim = createSimulation(quietScenario(over), 0, 'typescript');
  sim.step();
  for (let i = 0; i < sim.pop.size; i++) place(sim, i, customers[i] ?? NEUTRAL);
  kernelOf(sim).attribute(0); // binds this simulation's memory
  return sim;
}

const close = (x: number, y: number) => expect(x).toBeCloseTo(y, 12);

describe('the parts of the margin, as formulas', () => {
  it('expected satisfaction: base + fit weight·fit − sensitivity·price effect, held to 1–5', () => {
    close(expectedFrom(3, 0.5, 2, 0.5, 0.4), 3.8);
    close(expectedFrom(3, 0.5, -2, 0.5, -0.4), 2.2);
    expect(expectedFrom(4.8, 1, 1, 0, 0)).toBe(5);
    expect(expectedFrom(1.2, 1, -1, 0, 0)).toBe(1);
    expect(expectedFrom(5, 0, 0, 0, 0)).toBe(5);
    expect(expectedFrom(1, 0, 0, 0, 0)).toBe(1);
  });
  it('staying is worth wS·satisfaction + wT·trust', () => {
    expect(stayValue(2, 3, 4, 5)).toBe(23);
  });
  it('value against a rival: what staying is worth less wS times what the rival is expected to satisfy', () => {
    close(valueAgainst(10, 2, 3, 0.5, 2, 0.5, 0.4), 10 - 2 * 3.8);
  });
  it('price, incentive, their sum, and the cost of switching', () => {
    close(priceAdvantage(0.5, 0.3), 0.15);
    close(incentiveAgainst(2, 0.5, 0.2), 0.6);
    close(incentiveAgainst(2, 0.2, 0.5), -0.6);
    expect(rivalMargin(1, -2, 4)).toBe(3);
    expect(rivalMargin(1, 2, -4)).toBe(-1);
    close(costOfSwitching(0.1, 0.2, 0.4), 0.7);
    close(costOfSwitching(0.1, -0.2, 0.4), 0.3);
  });
});

describe('the parts read from the market', () => {
  it('points at stake: reward × (1 + min(tenure, H)/H), H = 24 months, the table ending at its last row', () => {
    bound();
    close(pointsAtStake(0.1, 0), 0.1);
    close(pointsAtStake(0.1, 12), 0.15);
    close(pointsAtStake(0.1, 24), 0.2);
    for (const ten of [STAKE_TABLE - 2, STAKE_TABLE - 1, STAKE_TABLE, 5000]) close(pointsAtStake(0.1, ten), 0.2);
  });
  it('the weight of rewards is wIncentive × deal sensitivity', () => {
    bound({ behaviour: { weights: { incentive: 0.5 } } });
    close(rewardWeight(0.8), 0.4);
  });
  it('kinship counts only for the firm the kin work at', () => {
    bound({ behaviour: { weights: { kinship: 0.7 } } });
    const kinAt1 = KIN | (1 << KIN_FIRM_SHIFT);
    close(kinshipOf(kinAt1, 1), 0.7);
    expect(kinshipOf(kinAt1, 0)).toBe(0);
    expect(kinshipOf(1 << KIN_FIRM_SHIFT, 1)).toBe(0); // the firm's bits without the kinship trait
    close(kinshipOf(KIN, 0), 0.7);
    expect(kinshipOf(KIN | NUMBER_TIE, 1)).toBe(0);
  });
  it('switching cost: habit + the number tie (only with the trait) + the lock-in of the firm left', () => {
    bound({
      population: { numberTie: { share: 0, cost: 0.5 } },
      firms: [quietFirm({ name: 'Us', lockIn: 0.25 }), quietFirm({ name: 'Rival', lockIn: 2 })],
    });
    const tie = sc(S.tieCost);
    expect(tie).toBeGreaterThan(0);
    const sim = bound(
      { population: { numberTie: { share: 0, cost: 0.5 } }, firms: [quietFirm({ name: 'Us', lockIn: 0.25 }), quietFirm({ name: 'Rival', lockIn: 2 })] },
      [{ switchingCost: 0.125 }],
    );
    expect(sim.pop.switchingCost[0]).toBe(0.125);
    close(switchingCostOf(0, 0, 0), 0.125 + 0.25);
    close(switchingCostOf(0, 1, 0), 0.125 + 2);
    close(switchingCostOf(0, 0, NUMBER_TIE), 0.125 + tie + 0.25);
    close(switchingCostOf(0, 0, KIN), 0.125 + 0.25);
  });
  it('free to choose: freedom below ⌈256·openness⌉, tested on both sides of the limit', () => {
    const customers = [{ freedom: 76 }, { freedom: 77 }, { freedom: 0 }, { freedom: 255 }];
    bound({ market: { openness: 0.3 } }, customers);
    expect(freedomLimit()).toBe(77); // 256 · 0.3 = 76.8
    expect([0, 1, 2, 3].map((i) => freeToChoose(i))).toEqual([true, false, true, false]);
    expect(freeUnder(0, 76)).toBe(false);
    expect(freeUnder(0, 77)).toBe(true);
    bound({ market: { openness: 0.5 } }, [{ freedom: 127 }, { freedom: 128 }]);
    expect(freedomLimit()).toBe(128);
    expect([freeToChoose(0), freeToChoose(1)]).toEqual([true, false]);
    bound({ market: { openness: 1 } }, [{ freedom: 255 }]);
    expect(freeToChoose(0)).toBe(true);
  });
});

// Three firms with different prices, programmes and reputations, so every part differs by rival.
const market = {
  behaviour: { priceWeightInSatisfaction: 0.5, matchSpread: 0.5, weights: { satisfaction: 0.75, trust: 0.5, price: 1.5, incentive: 0.5 } },
  firms: [
    quietFirm({ name: 'Us', initialShare: 0.4, price: 1.1, programme: 0.05 }),
    quietFirm({ name: 'Cheap', initialShare: 0.3, price: 0.8, quality: 3.2 }),
    quietFirm({ name: 'Club', initialShare: 0.3, price: 1.2, quality: 3.9, programme: 0.1 }),
  ],
};
const K = 3;
const customer: Partial<Customer> = { provider: 0, satisfaction: 4.25, trust: 0.5, priceSensitivity: 0.75, dealSensitivity: 1.5, tenure: 12 };

/** stay − rival j for customer 0 of firm 0, worked out in full from the market's tables. */
function byHand(sim: Simulation, j: number, discount: number) {
  const c = { ...NEUTRAL, ...customer };
  const fitJ = sim.pop.fit[j];
  const price = (k: number) => [1.1, 0.8, 1.2][k];
  const priceEffect = sc(S.priceWeightInSatisfaction) * (price(j) * (1 - discount) - 1);
  const expected = Math.min(5, Math.max(1, f64at(expectBase, j) + sc(S.fitWeight) * fitJ - c.priceSensitivity * priceEffect));
  const value = 0.75 * c.satisfaction + 0.5 * c.trust - 0.75 * expected;
  const pr = c.priceSensitivity * -1.5 * (price(0) - price(j) * (1 - discount));
  const reward = [0.05, 0, 0.1][j];
  const incentive = 0.5 * c.dealSensitivity * (0.05 * 1.5 - reward);
  return { expected, value, price: pr, incentive, margin: value + pr + incentive };
}

describe('the margin against a rival, in full', () => {
  it('marginAgainst() and expectedSatisfaction() give the hand-worked values, with and without a discount', () => {
    const sim = bound(market, [customer]);
    sim.pop.fit[1] = 2;
    sim.pop.fit[2] = -1;
    expect(sc(S.fitWeight)).not.toBe(0);
    for (const j of [1, 2])
      for (const discount of [0, 0.25]) {
        const h = byHand(sim, j, discount);
        close(expectedSatisfaction(0, K, j, discount), h.expected);
        close(marginAgainst(0, K, 0, j, discount), h.margin);
      }
    // each part moves the margin on its own
    expect(Math.abs(byHand(sim, 1, 0).incentive - byHand(sim, 2, 0).incentive)).toBeGreaterThan(0.01);
  });
  it('the strongest rival is the one with the lowest margin, and its parts are that rival’s', () => {
    const sim = bound(market, [customer]);
    sim.pop.fit[1] = 2;
    sim.pop.fit[2] = -1;
    recordRivals(K);
    const m1 = marginAgainst(0, K, 0, 1, 0);
    const m2 = marginAgainst(0, K, 0, 2, 0);
    expect(Math.abs(m1 - m2)).toBeGreaterThan(0.01);
    const j = strongestRival(0, K, 0);
    expect(j).toBe(m1 < m2 ? 1 : 2);
    const h = byHand(sim, j, 0);
    close(strongestValue(), h.value);
    close(strongestPrice(), h.price);
    close(strongestIncentive(), h.incentive);
    // the other way round: with the fits swapped, the other rival is strongest
    sim.pop.fit[1] = -1;
    sim.pop.fit[2] = 2;
    const n1 = marginAgainst(0, K, 0, 1, 0);
    const n2 = marginAgainst(0, K, 0, 2, 0);
    const j2 = strongestRival(0, K, 0);
    expect(j2).toBe(n1 < n2 ? 1 : 2);
    close(strongestValue() + strongestPrice() + strongestIncentive(), Math.min(n1, n2));
  });
  it('between two rivals alike in every way, the first open one is the strongest (a customer moves to it)', () => {
    const twins = {
      firms: [quietFirm({ name: 'Us', initialShare: 0.4 }), quietFirm({ name: 'One', initialShare: 0.3 }), quietFirm({ name: 'Two', initialShare: 0.3 })],
    };
    bound(twins, [customer]);
    expect(marginAgainst(0, K, 0, 1, 0)).toBe(marginAgainst(0, K, 0, 2, 0));
    expect(strongestRival(0, K, 0)).toBe(1);
  });
  it('a firm with no open rival has no strongest rival', () => {
    bound({ firms: [quietFirm({ name: 'Us', initialShare: 1 }), quietFirm({ name: 'Later', initialShare: 0, availableFrom: 1000 })] });
    expect(strongestRival(0, 2, 0)).toBe(-1);
  });
  it('recordRivals() writes each firm’s open rivals: expectBase, expectPrice, priceGap[k·K + j], programme', () => {
    bound(market, [customer]);
    recordRivals(K);
    const rivalsOf = [
      [1, 2],
      [0, 2],
      [0, 1],
    ];
    for (let k = 0; k < K; k++)
      rivalsOf[k].forEach((j, n) => {
        const r = (k * K + n) * 4;
        expect([0, 1, 2, 3].map((x) => f64at(rivalRecords, r + x))).toEqual([
          f64at(expectBase, j),
          f64at(expectPrice, j),
          f64at(priceGap, k * K + j),
          f64at(programme, j),
        ]);
      });
    // the gaps differ from one pair to the next, so a wrong index would show
    expect(new Set([1, 2, 3, 5, 6, 7].map((x) => f64at(priceGap, x))).size).toBeGreaterThan(3);
  });
  it('recordRivals() stops at the last firm: with 8 firms it writes nothing past the K·K records', () => {
    const eight = { firms: Array.from({ length: 8 }, (_, k) => quietFirm({ name: `F${k}`, initialShare: 0.125 })) };
    bound(eight, [customer]);
    // the byte after the 8 rival counts is the first byte of expectBase: make it non-zero
    setF64(expectBase, 0, 3.7);
    const past = Array.from({ length: 32 }, (_, x) => f64at(rivalRecords, 8 * 8 * 4 + x));
    recordRivals(8);
    expect(Array.from({ length: 32 }, (_, x) => f64at(rivalRecords, 8 * 8 * 4 + x))).toEqual(past);
    expect(f64at(rivalRecords, 7 * 8 * 4)).toBe(3.7); // firm 7's first rival is firm 0
  });
});
