// How a customer weighs staying against a rival: the one place the decision rule and the
// loyalty-type attribution both read, so "why it stays" explains exactly "whether it stays".
//
//   stay − rival = value + price + incentive + kinship,  and it stays while that + switching cost ≥ 0
//
// value:     satisfaction and trust with the provider against the satisfaction it expects elsewhere
// price:     what the price difference is worth to this customer
// incentive: loyalty-programme rewards it would give up
// kinship:   a tie to the firm's staff
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import type { Population } from './population.ts';
import { TRAIT } from './population.ts';
import { matchOf } from './match.ts';

/** Share of a rival's fit a customer can judge before trying it. */
const KNOWN_FIT = 0.5;
/** Quality points a customer discounts a rival by when all of the market talks badly of it. */
const BAD_TALK_PENALTY = 1.5;

export interface Parts {
  value: number;
  price: number;
  incentive: number;
  kinship: number;
}

/** Satisfaction customer i expects from firm j at price factor (1 − discount). */
export function expectedSatisfaction(
  pop: Population,
  m: Market,
  p: Params,
  i: number,
  j: number,
  discount: number,
): number {
  const q = m.lever.quality[j] + KNOWN_FIT * matchOf(i, j, p.seed, p.matchSpread) - BAD_TALK_PENALTY * m.badTalk[j];
  const sat =
    p.baseSatisfaction +
    p.disconfirmationWeight * (q - pop.expectation[i]) -
    p.priceWeightInSatisfaction * pop.priceSensitivity[i] * (m.lever.price[j] * (1 - discount) - 1);
  return sat < 1 ? 1 : sat > 5 ? 5 : sat;
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
  out.value = p.wSatisfaction * (pop.satisfaction[i] - expectedSatisfaction(pop, m, p, i, j, discount)) + p.wTrust * pop.trust[i];
  out.price = -p.wPrice * ps * (m.lever.price[k] - m.lever.price[j] * (1 - discount));
  out.incentive = p.wIncentive * pop.dealSensitivity[i] * (m.lever.programme[k] - m.lever.programme[j]);
  out.kinship = pop.traits[i] & TRAIT.kin ? p.wKinship : 0;
  return out;
}

export const total = (p: Parts) => p.value + p.price + p.incentive + p.kinship;

/** What switching away from k costs customer i: habit, a phone number, the firm's lock-in. */
export function switchingCostOf(pop: Population, m: Market, p: Params, i: number, k: number): number {
  const tie = pop.traits[i] & TRAIT.numberTie ? p.numberTieCost * m.numberTieRemaining : 0;
  return pop.switchingCost[i] + tie + m.lever.lockIn[k];
}

/** The available rival that threatens customer i most (lowest stay − rival), or −1 if none;
 *  `out` holds the comparison with that rival. */
export function strongestRival(pop: Population, m: Market, p: Params, i: number, k: number, out: Parts, tmp: Parts): number {
  let best = -1;
  let bestMargin = Infinity;
  for (let j = 0; j < m.firms; j++) {
    if (j === k || !m.available[j]) continue;
    const margin = total(compare(pop, m, p, i, k, j, 0, tmp));
    if (margin < bestMargin) {
      bestMargin = margin;
      best = j;
      out.value = tmp.value;
      out.price = tmp.price;
      out.incentive = tmp.incentive;
      out.kinship = tmp.kinship;
    }
  }
  return best;
}

export const createParts = (): Parts => ({ value: 0, price: 0, incentive: 0, kinship: 0 });
