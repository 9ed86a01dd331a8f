// How a customer weighs staying against a rival: the one place the decision rule and the
// loyalty-type attribution both read, so "why it stays" explains exactly "whether it stays".
//
//   stay − rival = value + price + incentive + kinship,  and it stays while that + switching cost ≥ 0
//
// value:     satisfaction and trust with the provider against the satisfaction it expects elsewhere
// price:     what the price difference is worth to this customer
// incentive: loyalty-programme rewards it would give up, points saved up included
// kinship:   a tie to the firm's staff
import { KIN, KIN_FIRM_SHIFT, NUMBER_TIE } from './customer.ts';
import { STAKE_TABLE } from './constants.ts';
import { SATISFACTION_MAX, SATISFACTION_MIN } from './scales.ts';
import {
  dealSensitivity,
  expectBase,
  expectPrice,
  fit,
  freedom,
  lockIn,
  price,
  priceGap,
  priceSensitivity,
  programme,
  rivalCount,
  rivalRecords,
  rivals,
  S,
  satisfaction,
  sc,
  stakeTable,
  switchingCost,
  tenure,
  trust,
} from './layout.generated.ts';
import { ceilInt, choose, chooseInt, clamp, f32at, f64at, i8at, minInt, pmin, setF64, u16at, u8at } from './platform.ts';

/** What a customer of tenure `ten` (periods) forfeits by leaving a programme paying `reward`:
 *  the reward times the stake multiplier for its tenure, saved-up points included, looked up (a
 *  division is slow and on the path; params.ts fills the table for the period length). */
export function pointsAtStake(reward: f64, ten: i32): f64 {
  return reward * f64at(stakeTable, minInt(ten, STAKE_TABLE - 1));
}

/** What customers of firm k weigh against their n-th open rival j, rebuilt every period as one
 *  record of four f64 at rivalRecords + (k·K + n)·32 (the two-customer attribution loads a
 *  record with two vector loads): expectBase[j], expectPrice[j], priceGap[k·K + j], programme[j]. */
export function recordRivals(K: i32): void {
  for (let k = 0; k < K; k++)
    for (let n = 0, count = u8at(rivalCount, k); n < count; n++) {
      const j = u8at(rivals, k * K + n);
      const r = (k * K + n) * 4;
      setF64(rivalRecords, r, f64at(expectBase, j));
      setF64(rivalRecords, r + 1, f64at(expectPrice, j));
      setF64(rivalRecords, r + 2, f64at(priceGap, k * K + j));
      setF64(rivalRecords, r + 3, f64at(programme, j));
    }
}

/** Satisfaction customer i expects from firm j at price factor (1 − discount): judged against
 *  the market norm, not its own expectation — an untried firm is expected to satisfy as much as
 *  an average one, better if its reputation is better (expectBase[j] = base + w·(reputation −
 *  norm), tables.ts). */
export function expectedSatisfaction(i: i32, K: i32, j: i32, discount: f64): f64 {
  const priceEffect = sc(S.priceWeightInSatisfaction) * (f64at(price, j) * (1 - discount) - 1);
  return expectedFrom(f64at(expectBase, j), sc(S.fitWeight), i8at(fit, i * K + j), f32at(priceSensitivity, i), priceEffect);
}

/** The satisfaction a customer expects from a rival: its expected base (tables.ts), the share of
 *  the customer's fit with it that can be judged before trying it, less the price effect
 *  weighted by the customer's price sensitivity, on the 1–5 scale. With no discount, priceEffect
 *  is the rival's expectPrice (tables.ts), so both callers get the same bits. @lanes */
export function expectedFrom(base: f64, fitWeight: f64, fitJ: f64, ps: f64, priceEffect: f64): f64 {
  return clamp(base + fitWeight * fitJ - ps * priceEffect, SATISFACTION_MIN, SATISFACTION_MAX);
}

/** Satisfaction and trust with the provider, weighted: what staying is worth. @lanes */
export function stayValue(wS: f64, wT: f64, sat: f64, tru: f64): f64 {
  return wS * sat + wT * tru;
}

/** The value part of stay − rival: what staying is worth against what the rival is expected to
 *  satisfy (expectedSatisfaction() without a discount, from the rival's record). @lanes */
export function valueAgainst(stay: f64, wS: f64, base: f64, fitWeight: f64, fitJ: f64, ps: f64, expectPriceJ: f64): f64 {
  return stay - wS * expectedFrom(base, fitWeight, fitJ, ps, expectPriceJ);
}

/** The price part: what the price gap (priceGap = −wPrice·(own − rival price)) is worth to a
 *  customer of price sensitivity ps. @lanes */
export function priceAdvantage(ps: f64, gap: f64): f64 {
  return ps * gap;
}

/** The weight of programme rewards for a customer of deal sensitivity `deal`. @lanes */
export function rewardWeight(deal: f64): f64 {
  return sc(S.wIncentive) * deal;
}

/** The incentive part: the points at stake with the provider against the rival's reward. @lanes */
export function incentiveAgainst(weight: f64, stake: f64, reward: f64): f64 {
  return weight * (stake - reward);
}

/** stay − rival without kinship: what decides which rival is strongest. @lanes */
export function rivalMargin(value: f64, price: f64, incentive: f64): f64 {
  return value + price + incentive;
}

/** What switching costs: habit, a number tie, the firm's lock-in. @lanes */
export function costOfSwitching(habit: f64, tie: f64, lock: f64): f64 {
  return habit + tie + lock;
}

// The strongest rival's parts, left here by strongestRival() (WebAssembly has no out-parameters).
let partValue: f64 = 0;
let partPrice: f64 = 0;
let partIncentive: f64 = 0;
export function strongestValue(): f64 {
  return partValue;
}
export function strongestPrice(): f64 {
  return partPrice;
}
export function strongestIncentive(): f64 {
  return partIncentive;
}

/** The open rival that threatens customer i of firm k most (lowest stay − rival, no offer), or
 *  −1; its parts are left for strongestValue() and the others. The loop keeps only the best
 *  margin and its rival (an integer conditional move: which rival wins is a coin toss the
 *  branch predictor would lose); the winner's parts are then worked out again with the same
 *  operations, which is cheaper than carrying them through the loop. */
export function strongestRival(i: i32, K: i32, k: i32): i32 {
  const wS = sc(S.wS);
  const fitWeight = sc(S.fitWeight);
  const ps = f32at(priceSensitivity, i);
  const deal = rewardWeight(f32at(dealSensitivity, i));
  const stay = stayValue(wS, sc(S.wT), f32at(satisfaction, i), f32at(trust, i));
  const rk = pointsAtStake(f64at(programme, k), u16at(tenure, i));
  let best = Infinity;
  let bj = -1;
  for (let n = 0, count = u8at(rivalCount, k); n < count; n++) {
    const j = u8at(rivals, k * K + n);
    const v = valueAgainst(stay, wS, f64at(expectBase, j), fitWeight, i8at(fit, i * K + j), ps, f64at(expectPrice, j));
    const mj = rivalMargin(v, priceAdvantage(ps, f64at(priceGap, k * K + j)), incentiveAgainst(deal, rk, f64at(programme, j)));
    bj = chooseInt(mj < best, j, bj);
    best = pmin(best, mj);
  }
  if (bj >= 0) {
    partValue = valueAgainst(stay, wS, f64at(expectBase, bj), fitWeight, i8at(fit, i * K + bj), ps, f64at(expectPrice, bj));
    partPrice = priceAdvantage(ps, f64at(priceGap, k * K + bj));
    partIncentive = incentiveAgainst(deal, rk, f64at(programme, bj));
  }
  return bj;
}

/** Whether customer i is free to choose (legal, technical, geographic, knowledge constraints):
 *  the share of free customers is the market's openness O in L = O·f(S). freedom (an integer,
 *  0–255) < 256·O exactly when freedom < ⌈256·O⌉. */
export function freeToChoose(i: i32): bool {
  return freeUnder(i, freedomLimit());
}

/** ⌈256·O⌉: customers whose freedom is below it are free to choose. */
export function freedomLimit(): i32 {
  return ceilInt(sc(S.freeBelow));
}

/** freeToChoose() with the period's limit worked out once (freedomLimit()). */
export function freeUnder(i: i32, limit: i32): bool {
  return u8at(freedom, i) < limit;
}

/** What switching away from k costs customer i (traits tt): habit, a phone number, the firm's lock-in. */
export function switchingCostOf(i: i32, k: i32, tt: i32): f64 {
  return costOfSwitching(f32at(switchingCost, i), choose((tt & NUMBER_TIE) != 0, sc(S.tieCost), 0), f64at(lockIn, k));
}

/** The kinship part for a customer of k with traits tt (a branch: kinship is rare, so it is predicted). */
export function kinshipOf(tt: i32, k: i32): f64 {
  return (tt & KIN) != 0 && tt >> KIN_FIRM_SHIFT == k ? sc(S.wKinship) : 0;
}

/** stay − rival j for customer i of firm k, j offering `discount`, without kinship: value +
 *  price + incentive (compare() of the TypeScript model). */
export function marginAgainst(i: i32, K: i32, k: i32, j: i32, discount: f64): f64 {
  const ps = f32at(priceSensitivity, i);
  const wS = sc(S.wS);
  const stay = stayValue(wS, sc(S.wT), f32at(satisfaction, i), f32at(trust, i));
  const value = stay - wS * expectedSatisfaction(i, K, j, discount);
  const pr = ps * (-sc(S.wPrice) * (f64at(price, k) - f64at(price, j) * (1 - discount)));
  const incentive = incentiveAgainst(rewardWeight(f32at(dealSensitivity, i)), pointsAtStake(f64at(programme, k), u16at(tenure, i)), f64at(programme, j));
  return rivalMargin(value, pr, incentive);
}
