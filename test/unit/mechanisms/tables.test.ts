// The firm-level tables every customer loop reads (tables.ts prepareTables), against
// hand-worked values for three firms with distinct levers (mutation testing, README "Mutation
// testing"): personal service by tier with a focus on the top tier, the quality each tier is
// typically given (cheap signal included), reputation under bad talk, the market's norm weighted
// by last period's shares among the open firms, and what outsiders expect of each firm.
import { beforeEach, describe, expect, it } from 'vitest';
import { createMarket, inForce, resolveMarket, windowEnd } from '../../../src/model/market.ts';
import { compileParams } from '../../../src/model/params.ts';
import { prepareTables } from '../../../src/model/tables.ts';
import { quietFirm, quietScenario } from './customers.ts';

const s = quietScenario({
  behaviour: { cheapSignal: 2, baseSatisfaction: 3.5, disconfirmationWeight: 0.8, priceWeightInSatisfaction: 0.6, weights: { price: 1.5 } },
  firms: [
    quietFirm({ quality: 4, price: 1.2, personalisation: 0.5, focusHighValue: 0.25 }),
    quietFirm({ quality: 3, price: 0.7, personalisation: 1 }), // 0.15 below the cheap line
    quietFirm({ quality: 3.6, price: 1, availableFrom: 10 }), // not open yet
  ],
});

function prepared(shares = [0.5, 0.3, 0.2], badTalk = [0, 0.4, 0]) {
  const m = createMarket(s);
  const p = compileParams(s);
  resolveMarket(m, s, 0);
  m.badTalk.set(badTalk);
  prepareTables(m, p, Float64Array.from(shares));
  return m;
}

describe('the firm-level tables of a period', () => {
  // prepared again before each test, not once in the describe body or in beforeAll: Stryker
  // switches a mutant on only once the tests run, and counts what runs in beforeAll as no test's
  let m: ReturnType<typeof prepared>;
  beforeEach(() => {
    m = prepared();
  });
  const close = (x: number, y: number) => expect(x).toBeCloseTo(y, 12);
  it('personal service: personalisation × (1 + 4·focus) in the top tier, × (1 − focus) in the others', () => {
    [0.5 * 2, 0.5 * 0.75, 0.5 * 0.75].forEach((x, t) => close(m.personal[t], x));
    [1, 1, 1].forEach((x, t) => close(m.personal[3 + t], x));
  });
  it('typical quality: quality + 0.4 × personal service (at most 1.5) − cheap signal × how far the price is below 0.85', () => {
    [4 + 0.4, 4 + 0.4 * 0.375, 4 + 0.4 * 0.375].forEach((x, t) => close(m.typical[t], x));
    for (const t of [0, 1, 2]) close(m.typical[3 + t], 3 + 0.4 - 2 * 0.15);
    const big = createMarket(s);
    resolveMarket(big, s, 0);
    big.lever.personalisation[0] = 3;
    prepareTables(big, compileParams(s), Float64Array.of(0.5, 0.3, 0.2));
    close(big.typical[0], 4 + 0.4 * 1.5);
  });
  it('reputation: quality − cheap signal − 1.5 × bad talk', () => {
    close(m.reputation[0], 4);
    close(m.reputation[1], 3 - 2 * 0.15 - 1.5 * 0.4);
    close(m.reputation[2], 3.6);
  });
  it('the norm: quality weighted by share + 0.01 over the open firms only; 3 when none is open', () => {
    close(m.norm, (0.51 * 4 + 0.31 * 3) / (0.51 + 0.31));
    const closed = createMarket(s);
    resolveMarket(closed, s, 0);
    closed.available.fill(0);
    prepareTables(closed, compileParams(s), Float64Array.of(0.5, 0.3, 0.2));
    expect(closed.norm).toBe(3);
  });
  it('what outsiders expect: base + weight × (reputation − norm), less price weight × (price − 1) per unit of sensitivity', () => {
    for (const j of [0, 1, 2]) close(m.expectBase[j], 3.5 + 0.8 * (m.reputation[j] - m.norm));
    [0.6 * 0.2, 0.6 * -0.3, 0].forEach((x, j) => close(m.expectPrice[j], x));
  });
  it('price gaps −wPrice × (own price − rival price), and each firm’s open rivals in order', () => {
    const price = [1.2, 0.7, 1];
    for (const k of [0, 1, 2]) for (const j of [0, 1, 2]) close(m.priceGap[k * 3 + j], -1.5 * (price[k] - price[j]));
    expect(Array.from(m.rivalCount)).toEqual([1, 1, 2]);
    expect([m.rivals[0], m.rivals[3], m.rivals[6], m.rivals[7]]).toEqual([1, 0, 0, 1]);
  });
});

describe("a period's unit costs and windows (market.ts)", () => {
  it('costs a unit at unitCost plus qualityCost per point of quality above 3, below 3 too, and during a quality incident', () => {
    const costly = quietScenario({
      firms: [
        quietFirm({ quality: 4.5, unitCost: 0.5, qualityCost: 0.2 }),
        quietFirm({ quality: 2, unitCost: 0.6, qualityCost: 0.1 }),
        quietFirm({ quality: 3, unitCost: 0.7, qualityCost: 0.3 }),
      ],
      events: [{ type: 'qualityIncident', period: 2, duration: 1, firm: 0, qualityDrop: 1, failureRate: 0 }],
    });
    const m = createMarket(costly);
    resolveMarket(m, costly, 0);
    expect(Array.from(m.unitCost)).toEqual([0.5 + 0.2 * 1.5, 0.6 - 0.1, 0.7].map((x) => expect.closeTo(x, 12)));
    resolveMarket(m, costly, 2);
    expect(m.unitCost[0]).toBeCloseTo(0.5 + 0.2 * 0.5, 12);
  });

  it('holds an event without a duration for good, and one with a duration for that many periods', () => {
    expect(windowEnd({ type: 'numberPortability', period: 3, duration: undefined, remaining: 0 })).toBe(Infinity);
    expect(windowEnd({ type: 'numberPortability', period: 3, remaining: 0 })).toBe(Infinity);
    expect(windowEnd({ type: 'numberPortability', period: 3, duration: 4, remaining: 0 })).toBe(7);
    expect(inForce({ type: 'deregulation', period: 3 }, 100)).toBe(true);
  });
});
