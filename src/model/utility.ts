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
import { TRAIT } from './population.ts';
import { matchOf } from './match.ts';

/** Points saved up with a programme double the stake after this many periods of tenure. */
const POINTS_HORIZON = 24;

/** What a customer of tenure `tenure` forfeits by leaving a programme paying `reward`. */
export function pointsAtStake(reward: number, tenure: number): number {
  return reward * (1 + (tenure < POINTS_HORIZON ? tenure : POINTS_HORIZON) / POINTS_HORIZON);
}

/** Share of a rival's fit a customer can judge before trying it. */
const KNOWN_FIT = 0.5;

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
  // judged against the market norm, not the customer's own expectation: an untried firm is
  // expected to satisfy as much as an average one, better if its reputation is better
  const q = m.reputation[j] + KNOWN_FIT * matchOf(pop, i, j, p.matchSpread);
  const sat =
    p.baseSatisfaction +
    p.disconfirmationWeight * (q - m.norm) -
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
  out.incentive = p.wIncentive * pop.dealSensitivity[i] * (pointsAtStake(m.lever.programme[k], pop.tenure[i]) - m.lever.programme[j]);
  out.kinship = pop.traits[i] & TRAIT.kin ? p.wKinship : 0;
  return out;
}

export const total = (p: Parts) => p.value + p.price + p.incentive + p.kinship;

/** What switching away from k costs customer i: habit, a phone number, the firm's lock-in. */
export function switchingCostOf(pop: Population, m: Market, p: Params, i: number, k: number): number {
  const tie = pop.traits[i] & TRAIT.numberTie ? p.numberTieCost * m.numberTieRemaining : 0;
  return pop.switchingCost[i] + tie + m.lever.lockIn[k];
}

/** The available rival that threatens customer i most (lowest stay − rival, no offer), or −1
 *  if none; `out` gets the comparison with it. The same arithmetic as compare() with
 *  discount 0, unrolled because it runs for every customer every period. */
export function strongestRival(pop: Population, m: Market, p: Params, i: number, k: number, out: Parts): number {
  const norm = m.norm;
  const ps = pop.priceSensitivity[i];
  const ds = pop.dealSensitivity[i];
  const stay = p.wSatisfaction * pop.satisfaction[i] + p.wTrust * pop.trust[i];
  const price = m.lever.price;
  const programme = m.lever.programme;
  const pk = price[k];
  const rk = pointsAtStake(programme[k], pop.tenure[i]);
  let best = -1;
  let bestMargin = Infinity;
  for (let j = 0; j < m.firms; j++) {
    if (j === k || m.available[j] === 0) continue;
    const pj = price[j];
    let sat =
      p.baseSatisfaction +
      p.disconfirmationWeight * (m.reputation[j] + KNOWN_FIT * matchOf(pop, i, j, p.matchSpread) - norm) -
      p.priceWeightInSatisfaction * ps * (pj - 1);
    sat = sat < 1 ? 1 : sat > 5 ? 5 : sat;
    const value = stay - p.wSatisfaction * sat;
    const pr = -p.wPrice * ps * (pk - pj);
    const inc = p.wIncentive * ds * (rk - programme[j]);
    const margin = value + pr + inc;
    if (margin < bestMargin) {
      bestMargin = margin;
      best = j;
      out.value = value;
      out.price = pr;
      out.incentive = inc;
    }
  }
  out.kinship = pop.traits[i] & TRAIT.kin ? p.wKinship : 0;
  return best;
}

export const createParts = (): Parts => ({ value: 0, price: 0, incentive: 0, kinship: 0 });
