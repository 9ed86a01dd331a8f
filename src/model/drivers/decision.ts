// Steps 3–4 of a period (MODEL.md §2): rivals' offers reach some customers, unhappy customers
// search, and each customer stays, switches or leaves the category; prospects may enter.
// Loyalty is constrained, L = O·f(S): only customers free to choose (share O) can switch.
import type { Market } from '../market.ts';
import { HAPPENED, NO_PROVIDER, type Population } from '../population.ts';
import { DRAWS_PER_CUSTOMER, U16, U32 } from '../rng.ts';
import { compare, createParts, expectedSatisfaction, strongestRival, switchingCostOf, total, type Parts } from '../utility.ts';
import { UNIT_SD } from './experience.ts';
import type { Params } from '../params.ts';

/** Per-period tallies the measures need and cannot read back from the customers. */
export interface Flows {
  /** moves[from * (K + 1) + to]; index K is "outside the category". */
  readonly moves: Float64Array;
}

export interface DecisionPlan {
  /** offerCum[k * K + j]: cumulative chance a customer of k hears an offer from rivals ≤ j. */
  readonly offerCum: Float64Array;
  /** entryCum[j]: cumulative chance a prospect enters the category with firms ≤ j. */
  readonly entryCum: Float64Array;
  readonly hasRival: Uint8Array;
}

export function createDecisionPlan(firms: number): DecisionPlan {
  return { offerCum: new Float64Array(firms * firms), entryCum: new Float64Array(firms), hasRival: new Uint8Array(firms) };
}

/** Appeal of firm j to people choosing a provider for the first time (advertised quality and
 *  promise, price, reputation); only relative appeal matters. */
function appeal(m: Market, j: number): number {
  const a = 1 + (m.lever.quality[j] + 0.5 * m.lever.promise[j] - 3.8) - (m.lever.price[j] - 1);
  return m.available[j] ? Math.max(0.05, a) * (1 - m.badTalk[j]) : 0;
}

export function planDecisions(plan: DecisionPlan, m: Market, p: Params, prospects: number): void {
  const K = m.firms;
  for (let k = 0; k < K; k++) {
    let cum = 0;
    let rivals = 0;
    for (let j = 0; j < K; j++) {
      if (j !== k && m.available[j]) {
        cum += p.offerRate * m.lever.offerRate[j];
        rivals++;
      }
      plan.offerCum[k * K + j] = Math.min(1, cum);
    }
    plan.hasRival[k] = rivals > 0 ? 1 : 0;
  }
  let totalAppeal = 0;
  for (let j = 0; j < K; j++) totalAppeal += appeal(m, j);
  let cum = 0;
  for (let j = 0; j < K; j++) {
    const organic = totalAppeal > 0 ? (p.entryRate * appeal(m, j)) / totalAppeal : 0;
    const bought = m.lever.acquisitionSpend[j] / p.acquisitionCost[j];
    const won = m.available[j] && prospects > 0 ? (m.referrals[j] + bought) / prospects : 0;
    cum += organic + won;
    plan.entryCum[j] = Math.min(1, cum);
  }
}

export function leave(pop: Population, p: Params, flows: Flows, i: number, k: number, K: number): void {
  pop.lastProvider[i] = k;
  pop.provider[i] = NO_PROVIDER;
  pop.happened[i] |= HAPPENED.left;
  pop.grudge[i] = pop.satisfaction[i] < p.terroristThreshold ? p.terroristPeriods : 0;
  flows.moves[k * (K + 1) + K]++;
}

export function join(pop: Population, m: Market, p: Params, i: number, j: number, t: number): void {
  // advertising promises set expectations before the first purchase
  pop.expectation[i] = Math.min(5.5, pop.expectation[i] + 0.5 * m.lever.promise[j]);
  pop.satisfaction[i] = expectedSatisfaction(pop, m, p, i, j, 0);
  pop.provider[i] = j;
  pop.tenure[i] = 0;
  pop.joined[i] = t;
  pop.trust[i] = 0.05;
  pop.walletShare[i] = 0.4;
}

export function switchTo(pop: Population, m: Market, p: Params, flows: Flows, i: number, k: number, j: number, t: number): void {
  const K = m.firms;
  pop.lastProvider[i] = k;
  join(pop, m, p, i, j, t);
  pop.happened[i] |= HAPPENED.switched | HAPPENED.left;
  flows.moves[k * (K + 1) + j]++;
}

/** Repurchase chance after a problem, by severity and how the complaint went (TARP). */
function repurchaseAfter(p: Params, hap: number): number {
  const o = hap & HAPPENED.major ? 4 : 0;
  if (!(hap & HAPPENED.complained)) return p.repurchase[o];
  if (!(hap & HAPPENED.resolved)) return p.repurchase[o + 1];
  return p.repurchase[o + (hap & HAPPENED.quick ? 3 : 2)];
}

/** Customers from..to−1 decide, after their experience. Of their draws (as in applyExperience),
 *  the low half of word 1 is decision noise, word 2 picks an offer or a search, word 3 decides
 *  leaving the category, a failure's consequence, or a prospect's entry. */
export function applyDecisions(pop: Population, m: Market, p: Params, plan: DecisionPlan, draws: Int32Array, flows: Flows, from: number, to: number, t: number): void {
  const K = m.firms;
  const { provider, happened, satisfaction, freedom, grudge, lastProvider } = pop;
  const { offerCum, entryCum, hasRival } = plan;
  const offerDiscount = m.lever.offerDiscount;
  const parts = createParts();
  const freeBelow = 256 * m.openness;
  const exitRate = p.leaveCategoryRate;
  const searchBelow = p.searchThreshold;
  const searchRate = p.searchRate;
  const enterBelow = entryCum[K - 1];
  for (let i = from; i < to; i++) {
    const r = (i - from) * DRAWS_PER_CUSTOMER;
    const k = provider[i];
    const u = (draws[r + 3] >>> 0) / U32;
    if (k === NO_PROVIDER) {
      // a prospect (or ex-customer): may enter the category with the firm its draw falls on
      const g = grudge[i];
      if (g > 0) grudge[i] = g - 1;
      if (u >= enterBelow) continue;
      let j = 0;
      while (u >= entryCum[j]) j++;
      if (g > 0 && j === lastProvider[i]) continue; // a terrorist does not come back
      enter(pop, m, p, flows, i, j, t);
      continue;
    }
    // life events take people out of the category whatever they think of the firm
    if (u < exitRate) {
      leave(pop, p, flows, i, k, K);
      continue;
    }
    const free = hasRival[k] === 1 && freedom[i] < freeBelow;
    // the same uniform, rescaled past the exit test, decides what a failure leads to
    if (happened[i] & HAPPENED.failure && afterFailure(pop, m, p, flows, i, k, (u - exitRate) / (1 - exitRate), free, parts, t)) continue;
    // a rival's offer, or the customer's own search when dissatisfied
    const c = (draws[r + 2] >>> 0) / U32;
    const offers = offerCum[k * K + K - 1];
    const noiseBits = draws[r + 1] & 0xffff;
    if (c < offers) {
      let j = 0;
      while (c >= offerCum[k * K + j]) j++;
      happened[i] |= HAPPENED.offer;
      if (free) considerRival(pop, m, p, flows, i, k, j, offerDiscount[j], noiseBits, parts, t);
    } else {
      // it searches with chance searchRate · (threshold − S) / (threshold − 1) below the threshold:
      // (c − offers) / (1 − offers) < that chance, multiplied out (both denominators are positive).
      // Both tests are always made and combined with &, not &&: whether a customer is below the
      // threshold is a coin toss for the branch predictor, whether it then searches is rare.
      const sat = satisfaction[i];
      if (+(sat < searchBelow) & +((c - offers) * (searchBelow - 1) < searchRate * (searchBelow - sat) * (1 - offers)))
        search(pop, m, p, flows, i, k, noiseBits, free, parts, t);
    }
  }
}

/** A prospect enters the category with firm j. */
export function enter(pop: Population, m: Market, p: Params, flows: Flows, i: number, j: number, t: number): void {
  join(pop, m, p, i, j, t);
  pop.happened[i] |= HAPPENED.entered;
  flows.moves[m.firms * (m.firms + 1) + j]++;
}

/** A dissatisfied customer of k looks around: it finds its strongest rival and, if free to
 *  choose, weighs it. */
export function search(pop: Population, m: Market, p: Params, flows: Flows, i: number, k: number, noiseBits: number, free: boolean, parts: Parts, t: number): void {
  const j = strongestRival(pop, m, p, i, k, parts);
  pop.happened[i] |= HAPPENED.searched;
  if (j >= 0 && free) considerRival(pop, m, p, flows, i, k, j, 0, noiseBits, parts, t);
}

/** After a service failure: the customer may go (TARP's repurchase rates, softened by trust).
 *  Returns whether it left its provider. `u` is its decision uniform, past the exit test. */
export function afterFailure(pop: Population, m: Market, p: Params, flows: Flows, i: number, k: number, u: number, free: boolean, parts: Parts, t: number): boolean {
  // TARP's rates are for customers without trust; trust shields a customer from one bad
  // experience in proportion (a behavioural-stage customer forgives)
  const stay = 1 - (1 - repurchaseAfter(p, pop.happened[i])) * (1 - pop.trust[i]);
  if (u < stay) return false;
  if (free) {
    switchTo(pop, m, p, flows, i, k, strongestRival(pop, m, p, i, k, parts), t);
    return true;
  }
  if ((u - stay) / (1 - stay) < p.doWithout) {
    leave(pop, p, flows, i, k, m.firms);
    return true;
  }
  return false;
}

/** A free customer of k weighs rival j (offering `discount`), with decision noise from a
 *  uniform 16-bit `noiseBits`, and switches if the rival wins. */
export function considerRival(pop: Population, m: Market, p: Params, flows: Flows, i: number, k: number, j: number, discount: number, noiseBits: number, parts: Parts, t: number): void {
  const noise = p.decisionNoise * UNIT_SD * (noiseBits / U16 - 0.5);
  const margin = total(compare(pop, m, p, i, k, j, discount, parts)) + switchingCostOf(pop, m, p, i, k) + noise;
  if (margin < 0) switchTo(pop, m, p, flows, i, k, j, t);
}
