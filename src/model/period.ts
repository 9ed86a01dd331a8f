// Everything that happens to the customers in one period, in MODEL.md §2's order, in ONE loop:
//   four random draws → experience (buy, fail, complain, recover; E, S, trust, wallet share)
//   → decision (leave the category, go after a failure, a rival's offer or one's own search;
//     prospects may enter) → loyalty type and Jones–Sasser class → tallies for the measures.
// Nothing a customer does depends on another customer within a period (word of mouth acts next
// period), so one pass gives exactly what separate passes would, at a fraction of the cost:
// each customer's state is loaded once and the hot arithmetic stays in registers. This loop is
// the model's hot path (see the README's speed section); the rules' constants and rarer paths
// live in the mechanism files it calls, and the per-customer reference functions (utility.ts,
// loyalty.ts) are tested to agree with it.
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import { HAPPENED, KIN_FIRM_SHIFT, NO_PROVIDER, TRAIT, type Population } from './population.ts';
import { DRAWS_PER_CUSTOMER, fillDraws, U16, U32, type Stream } from './rng.ts';
import { createParts, KNOWN_FIT, pointsAtStake, strongestRival } from './utility.ts';
import { exCustomerClass, JS, jsClassOf, LOYALTY, typeOf } from './loyalty.ts';
import {
  DISTRUST_BELOW, failureQuality, OWN_EXPERIENCE, PROGRAMME_WALLET, serviceFailure, TRUST_FROM, UNIT_SD, WALLET_ADAPTATION,
} from './drivers/experience.ts';
import { afterFailure, considerRival, join, leave, type DecisionPlan, type Flows } from './drivers/decision.ts';
import {
  ARRIVAL_ENTERED, ARRIVAL_SWITCHED, BLOCK, EVENTS, moodCode, MOOD, SUM, tallyLeaver, tallyTerrorist, TIER_COUNT, TYPE_CLASS,
} from './tally.ts';
import { JS_CLASSES } from './loyalty.ts';

const CLASSES = JS_CLASSES.length;
/** Customers whose draws are made at once: 16 KB of words, which stay in the L1 cache. */
const CHUNK = 1024;
const { failure: FAILURE, quick: QUICK, complained: COMPLAINED, resolved: RESOLVED, offer: OFFER, searched: SEARCHED } = HAPPENED;
const { switched: SWITCHED, left: LEFT, entered: ENTERED } = HAPPENED;

/** Runs period t for every customer; adds the moves to `flows` and the tallies to `acc`. */
export function stepCustomers(
  pop: Population, m: Market, p: Params, plan: DecisionPlan, rng: Stream, flows: Flows, acc: Float64Array, t: number,
): void {
  const K = m.firms;
  const { provider, lastProvider, tier, traits, tenure, satisfaction, expectation, trust, switchingCost } = pop;
  const { priceSensitivity, dealSensitivity, budget, walletShare, loyaltyType, jsClass, happened, grudge, fit, freedom } = pop;
  const { typical, personal, failureRate, rivals, rivalCount, expectBase, expectPrice, priceGap } = m;
  const { price, promise, programme, lockIn, offerDiscount } = m.lever;
  const { offerCum, entryCum, hasRival } = plan;
  const moves = flows.moves;
  const parts = createParts();
  const fitScale = p.fitScale;
  const qualitySd = p.qualityNoise * UNIT_SD;
  const norm = m.norm;
  const wS = p.wSatisfaction;
  const wT = p.wTrust;
  const fitWeight = p.disconfirmationWeight * KNOWN_FIT * p.fitScale;
  const freeBelow = 256 * m.openness;
  const tieCost = p.numberTieCost * m.numberTieRemaining;
  const exitRate = p.leaveCategoryRate;
  const searchBelow = p.searchThreshold;
  const enterBelow = entryCum[K - 1];
  const draws = new Int32Array(CHUNK * DRAWS_PER_CUSTOMER);

  for (let from = 0; from < pop.size; from += CHUNK) {
  const to = Math.min(pop.size, from + CHUNK);
  fillDraws(rng, draws, (to - from) * DRAWS_PER_CUSTOMER);
  for (let i = from; i < to; i++) {
    const r = (i - from) * DRAWS_PER_CUSTOMER;
    const d0 = draws[r] >>> 0;
    const d1 = draws[r + 1] >>> 0;
    const d2 = draws[r + 2] >>> 0;
    const d3 = draws[r + 3] >>> 0;

    const tr = tier[i];
    const k0 = provider[i];
    if (k0 === NO_PROVIDER) {
      // a prospect (or ex-customer): may enter the category with the firm its draw falls on
      const g = grudge[i];
      if (g > 0) grudge[i] = g - 1;
      happened[i] = 0;
      const u = d3 / U32;
      let j = -1;
      if (u < enterBelow) {
        j = 0;
        while (u >= entryCum[j]) j++;
        if (g > 0 && j === lastProvider[i]) j = -1; // a terrorist does not come back
      }
      if (j < 0) {
        if (g > 1) tallyTerrorist(acc, lastProvider[i], tr);
        continue;
      }
      join(pop, m, p, i, j, t);
      happened[i] = ENTERED;
      moves[K * (K + 1) + j]++;
    } else {
      // ── experience (drivers/experience.ts) ──
      const k = k0;
      const kt = k * 3 + tr;
      const typ = typical[kt] + fitScale * fit[i * K + k];
      let q = typ + qualitySd * ((d1 >>> 16) / U16 - 0.5);
      let hap = 0;
      const uf = d0 / U32;
      if (uf < failureRate[k]) {
        hap = serviceFailure(uf, m, p, k);
        q += failureQuality(hap, m, p, k, tr);
      }
      happened[i] = hap;
      const e = expectation[i];
      const instant = p.baseSatisfaction + p.disconfirmationWeight * (q - e) - p.priceWeightInSatisfaction * priceSensitivity[i] * (price[k] - 1);
      const clamped = instant < 1 ? 1 : instant > 5 ? 5 : instant;
      const s0 = satisfaction[i];
      const sat = s0 + p.satisfactionMemory * (clamped - s0);
      satisfaction[i] = sat;
      // expectations follow experience and promises, and creep up regardless (seeds/002)
      const heard = OWN_EXPERIENCE * typ + (1 - OWN_EXPERIENCE) * norm;
      const ne = e + p.expectationAdaptation * (heard + promise[k] - e) + p.expectationDrift;
      expectation[i] = ne < 1 ? 1 : ne > 5.5 ? 5.5 : ne;
      // trust is earned by repeated satisfaction and personal, prompt service; not by discounts
      let tru = trust[i];
      if (sat > TRUST_FROM) tru += p.trustGain * (sat - TRUST_FROM) * (1 + personal[kt]) * (1 - tru);
      else if (sat < DISTRUST_BELOW) tru -= p.trustLoss * (DISTRUST_BELOW - sat) * tru;
      if (hap & QUICK) tru += 0.1 * (1 - tru);
      else if (hap & COMPLAINED && !(hap & RESOLVED)) tru *= 0.7;
      trust[i] = tru < 0 ? 0 : tru > 1 ? 1 : tru;
      // wallet share (客户占有率) follows satisfaction, trust and rewards, slowly
      const target = 0.35 + 0.2 * (sat - 3) + 0.25 * tru + PROGRAMME_WALLET * dealSensitivity[i] * programme[k];
      const ws = walletShare[i];
      walletShare[i] = ws + WALLET_ADAPTATION * ((target < 0.05 ? 0.05 : target > 1 ? 1 : target) - ws);
      if (tenure[i] < 65535) tenure[i]++;

      // ── decision (drivers/decision.ts) ──
      let u = d3 / U32;
      if (u < exitRate) leave(pop, p, flows, i, k, K); // life events, whatever it thinks of the firm
      else {
        u = (u - exitRate) / (1 - exitRate);
        const free = hasRival[k] === 1 && freedom[i] < freeBelow;
        if (!(hap & FAILURE) || !afterFailure(pop, m, p, flows, i, k, u, free, parts, t)) {
          // a rival's offer, or the customer's own search when dissatisfied
          const c = d2 / U32;
          const offers = offerCum[k * K + K - 1];
          let j = -1;
          let discount = 0;
          if (c < offers) {
            j = 0;
            while (c >= offerCum[k * K + j]) j++;
            discount = offerDiscount[j];
            happened[i] |= OFFER;
          } else {
            const s32 = satisfaction[i];
            if (s32 < searchBelow && (c - offers) / (1 - offers) < (p.searchRate * (searchBelow - s32)) / (searchBelow - 1)) {
              j = strongestRival(pop, m, p, i, k, parts);
              happened[i] |= SEARCHED;
            }
          }
          if (j >= 0 && free) considerRival(pop, m, p, flows, i, k, j, discount, d1 & 0xffff, parts, t);
        }
      }
    }

    // ── tallies of those who left (tally.ts) ──
    const h = happened[i];
    const k = provider[i];
    if (h & LEFT) {
      const js = k === NO_PROVIDER ? exCustomerClass(p, satisfaction[i]) : JS.defector;
      if (k === NO_PROVIDER) jsClass[i] = js;
      tallyLeaver(acc, lastProvider[i], tr, h, js);
      if (k === NO_PROVIDER) continue;
    }

    // ── loyalty type and class (loyalty.ts: attribute(), against the strongest rival) ──
    const sat = satisfaction[i];
    const count = rivalCount[k];
    let type: number = LOYALTY.monopoly;
    let margin = Infinity;
    if (freedom[i] < freeBelow && count > 0) {
      const ps = priceSensitivity[i];
      const deal = p.wIncentive * dealSensitivity[i];
      const stay = wS * sat + wT * trust[i];
      const rk = pointsAtStake(programme[k], tenure[i]);
      // the strongest rival's index without a branch on the comparison: which rival wins is a
      // coin toss the branch predictor would lose about half the time
      let best = Infinity;
      let bn = 0;
      for (let n = 0; n < count; n++) {
        const j = rivals[k * K + n];
        let expected = expectBase[j] + fitWeight * fit[i * K + j] - ps * expectPrice[j];
        expected = expected < 1 ? 1 : expected > 5 ? 5 : expected;
        const mj = stay - wS * expected + ps * priceGap[k * K + j] + deal * (rk - programme[j]);
        bn = mj < best ? n : bn;
        best = Math.min(best, mj);
      }
      const j = rivals[k * K + bn];
      let expected = expectBase[j] + fitWeight * fit[i * K + j] - ps * expectPrice[j];
      expected = expected < 1 ? 1 : expected > 5 ? 5 : expected;
      const value = stay - wS * expected;
      const pr = ps * priceGap[k * K + j];
      const incentive = deal * (rk - programme[j]);
      const tt = traits[i];
      const kinship = (tt & TRAIT.kin) !== 0 && tt >> KIN_FIRM_SHIFT === k ? p.wKinship : 0;
      const cost = switchingCost[i] + (tt & TRAIT.numberTie ? tieCost : 0) + lockIn[k];
      margin = value + pr + incentive + kinship + cost;
      type = typeOf(margin, value, pr, incentive, kinship, cost);
    }
    const js = jsClassOf(sat, type, margin);
    loyaltyType[i] = type;
    jsClass[i] = js;

    // ── tallies of customers (tally.ts) ──
    const o = (k * TIER_COUNT + tr) * BLOCK;
    const tru = trust[i];
    const ten = tenure[i];
    const b = budget[i];
    acc[o + SUM.spend] += b * walletShare[i];
    acc[o + SUM.budget] += b;
    acc[o + SUM.satisfaction] += sat;
    acc[o + SUM.trust] += tru;
    acc[o + SUM.tenure] += ten;
    acc[o + SUM.priceSensitivity] += priceSensitivity[i];
    acc[o + TYPE_CLASS + type * CLASSES + js]++;
    const arrival = ten !== 0 ? 0 : h & SWITCHED ? ARRIVAL_SWITCHED : ARRIVAL_ENTERED;
    acc[o + EVENTS + arrival + (h & 31)]++;
    acc[o + MOOD + moodCode(sat, tru)]++;
  }
  }
}
