// How a customer weighs staying against a rival: the one place the decision rule and the
// loyalty-type attribution both read, so "why it stays" explains exactly "whether it stays".
//
//   stay − rival = value + price + incentive + kinship,  and it stays while that + switching cost ≥ 0
//
// value:     satisfaction and trust with the provider against the satisfaction it expects elsewhere
// price:     what the price difference is worth to this customer
// incentive: loyalty-programme rewards it would give up, points saved up included
// kinship:   a tie to the firm's staff
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import type { Population } from './population.ts';
import { kinTo, TRAIT } from './population.ts';
import { clamp, positivePart } from './branchless.ts';

/** Points saved up with a programme double the stake after this many periods of tenure. */
const POINTS_HORIZON = 24;

/** What a customer of tenure `tenure` forfeits by leaving a programme paying `reward`. */
export function pointsAtStake(reward: number, tenure: number): number {
  // min(tenure, POINTS_HORIZON) without a branch: tenures either side of it are common
  return reward * (1 + (tenure - positivePart(tenure - POINTS_HORIZON)) / POINTS_HORIZON);
}

/** Share of a rival's fit a customer can judge before trying it. */
export const KNOWN_FIT = 0.5;

/** The parts of stay − rival, in a Float64Array so the hot loops write plain doubles. */
export type Parts = Float64Array;
export const VALUE = 0;
export const PRICE = 1;
export const INCENTIVE = 2;
export const KINSHIP = 3;

/** Satisfaction customer i expects from firm j at price factor (1 − discount). */
export function expectedSatisfaction(
  pop: Population,
  m: Market,
  p: Params,
  i: number,
  j: number,
  discount: number,
): number {
  // judged against the market norm, not the customer's own expectation: an untried firm is
  // expected to satisfy as much as an average one, better if its reputation is better
  // (m.expectBase[j] = base + w·(reputation − norm); written so that with no discount the
  // result is bit-identical to strongestRival's)
  const fitWeight = p.disconfirmationWeight * KNOWN_FIT * p.fitScale;
  const priceEffect = p.priceWeightInSatisfaction * (m.lever.price[j] * (1 - discount) - 1);
  return clamp(m.expectBase[j] + fitWeight * pop.fit[i * m.firms + j] - pop.priceSensitivity[i] * priceEffect, 1, 5);
}

/** Fills `out` with the parts of (stay with k) − (go to j), j offering `discount`. */
export function compare(
  pop: Population,
  m: Market,
  p: Params,
  i: number,
  k: number,
  j: number,
  discount: number,
  out: Parts,
): Parts {
  const ps = pop.priceSensitivity[i];
  const stay = p.wSatisfaction * pop.satisfaction[i] + p.wTrust * pop.trust[i];
  out[VALUE] = stay - p.wSatisfaction * expectedSatisfaction(pop, m, p, i, j, discount);
  out[PRICE] = ps * (-p.wPrice * (m.lever.price[k] - m.lever.price[j] * (1 - discount)));
  out[INCENTIVE] = p.wIncentive * pop.dealSensitivity[i] * (pointsAtStake(m.lever.programme[k], pop.tenure[i]) - m.lever.programme[j]);
  out[KINSHIP] = kinTo(pop.traits[i], k) ? p.wKinship : 0;
  return out;
}

export const total = (p: Parts) => p[VALUE] + p[PRICE] + p[INCENTIVE] + p[KINSHIP];

/** What switching away from k costs customer i: habit, a phone number, the firm's lock-in. */
export function switchingCostOf(pop: Population, m: Market, p: Params, i: number, k: number): number {
  const tie = pop.traits[i] & TRAIT.numberTie ? p.numberTieCost * m.numberTieRemaining : 0;
  return pop.switchingCost[i] + tie + m.lever.lockIn[k];
}

/** The available rival that threatens customer i most (lowest stay − rival, no offer), or −1
 *  if none; `out` gets the comparison with it. The same arithmetic as compare() with
 *  discount 0, unrolled because it runs for every customer every period. */
export function strongestRival(pop: Population, m: Market, p: Params, i: number, k: number, out: Parts): number {
  const K = m.firms;
  const ps = pop.priceSensitivity[i];
  const deal = p.wIncentive * pop.dealSensitivity[i];
  const stay = p.wSatisfaction * pop.satisfaction[i] + p.wTrust * pop.trust[i];
  const programme = m.lever.programme;
  const rk = pointsAtStake(programme[k], pop.tenure[i]);
  const fitWeight = p.disconfirmationWeight * KNOWN_FIT * p.fitScale;
  const fitRow = i * K;
  let best = -1;
  let bestMargin = Infinity;
  for (let n = 0, count = m.rivalCount[k]; n < count; n++) {
    const j = m.rivals[k * K + n];
    const sat = clamp(m.expectBase[j] + fitWeight * pop.fit[fitRow + j] - ps * m.expectPrice[j], 1, 5);
    const value = stay - p.wSatisfaction * sat;
    const pr = ps * m.priceGap[k * K + j];
    const inc = deal * (rk - programme[j]);
    const margin = value + pr + inc;
    if (margin < bestMargin) {
      bestMargin = margin;
      best = j;
      out[VALUE] = value;
      out[PRICE] = pr;
      out[INCENTIVE] = inc;
    }
  }
  out[KINSHIP] = kinTo(pop.traits[i], k) ? p.wKinship : 0;
  return best;
}

export const createParts = (): Parts => new Float64Array(4);
