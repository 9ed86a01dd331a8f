// Step 1–2 of a period (MODEL.md §2): each customer buys, perceives quality, may suffer a
// service failure, may complain, may be recovered; expectation, satisfaction and trust update.
import type { Market } from '../market.ts';
import type { Params } from '../params.ts';
import { HAPPENED, NO_PROVIDER, type Population } from '../population.ts';
import { DRAWS_PER_CUSTOMER, unit32, unitHigh16 } from '../rng.ts';
import { clamp, positivePart } from '../branchless.ts';

/** Sqrt(12): scales a centred uniform to unit standard deviation. */
export const UNIT_SD = 3.4641016151377544;
/** Extra frustration of complaining and being ignored, as a share of the failure's impact. */
const UNRESOLVED_EXTRA = 0.3;
/** Trust grows only in the upper zone of indifference and above, and erodes in the zone of
 *  defection (Jones–Sasser: ≤ 3.75), so it is what makes loyalty rise steeply near 4.5. */
const TRUST_FROM = 4.25;
const DISTRUST_BELOW = 3.75;
/** Expectations are formed half by one's own experience and half by what the market offers
 *  (ACSI: prior experience and market information), so a firm above the norm keeps a premium. */
const OWN_EXPERIENCE = 0.5;
/** Share of the gap to its target wallet share a customer closes each period. */
const WALLET_ADAPTATION = 0.15;
/** Wallet share gained per unit of reward: small, as 35.5% of members would buy as much
 *  without the programme (seeds/001). */
const PROGRAMME_WALLET = 0.5;

/** Customers from..to−1 buy from their provider this period. `draws` holds the period's words
 *  for these customers (DRAWS_PER_CUSTOMER each, from customer `from`): word 0 decides a
 *  failure, the high half of word 1 is quality noise. */
export function applyExperience(pop: Population, m: Market, p: Params, draws: Int32Array, from: number, to: number): void {
  const K = m.firms;
  const { provider, tier, fit, tenure, satisfaction, expectation, trust, priceSensitivity, dealSensitivity, walletShare, happened } = pop;
  const { typical, personal, failureRate, norm } = m;
  const { price, promise, programme } = m.lever;
  // every parameter in a local: the loop then reads plain doubles, not object fields
  const fitScale = p.fitScale;
  const qualitySd = p.qualityNoise * UNIT_SD;
  const { baseSatisfaction, disconfirmationWeight, priceWeightInSatisfaction, satisfactionMemory } = p;
  const { expectationAdaptation, expectationDrift, trustGain, trustLoss } = p;
  for (let i = from; i < to; i++) {
    const k = provider[i];
    if (k === NO_PROVIDER) {
      happened[i] = 0;
      continue;
    }
    const r = (i - from) * DRAWS_PER_CUSTOMER;
    const tr = tier[i];
    const kt = k * 3 + tr;
    const typ = typical[kt] + fitScale * fit[i * K + k];
    let q = typ + qualitySd * (unitHigh16(draws[r + 1]) - 0.5);
    let hap = 0;
    const uf = unit32(draws[r]);
    if (uf < failureRate[k]) {
      q += serviceEvent(pop, m, p, i, k, uf);
      hap = happened[i];
    } else happened[i] = 0;
    const e = expectation[i];
    const instant = baseSatisfaction + disconfirmationWeight * (q - e) - priceWeightInSatisfaction * priceSensitivity[i] * (price[k] - 1);
    const clamped = clamp(instant, 1, 5);
    const s0 = satisfaction[i];
    const sat = s0 + satisfactionMemory * (clamped - s0);
    satisfaction[i] = sat;
    // expectations follow experience and promises, and creep up regardless (seeds/002)
    const heard = OWN_EXPERIENCE * typ + (1 - OWN_EXPERIENCE) * norm;
    const ne = e + expectationAdaptation * (heard + promise[k] - e) + expectationDrift;
    expectation[i] = clamp(ne, 1, 5.5);
    // trust is earned by repeated satisfaction and personal, prompt service; not by discounts
    let tru = trust[i];
    // (one expression, not if/else: outside its zone each term is exactly 0)
    tru += trustGain * positivePart(sat - TRUST_FROM) * (1 + personal[kt]) * (1 - tru) - trustLoss * positivePart(DISTRUST_BELOW - sat) * tru;
    if (hap & HAPPENED.quick) tru += 0.1 * (1 - tru);
    else if (hap & HAPPENED.complained && !(hap & HAPPENED.resolved)) tru *= 0.7;
    trust[i] = clamp(tru, 0, 1);
    // wallet share (客户占有率) follows satisfaction, trust and rewards, slowly
    const target = 0.35 + 0.2 * (sat - 3) + 0.25 * tru + PROGRAMME_WALLET * dealSensitivity[i] * programme[k];
    const ws = walletShare[i];
    walletShare[i] = ws + WALLET_ADAPTATION * (clamp(target, 0.05, 1) - ws);
    if (tenure[i] < 65535) tenure[i]++;
  }
}

/** Customer i of firm k, whose failure draw `u` fell below the failure rate: records what
 *  happened and returns the quality points the failure adds to its experience. */
export function serviceEvent(pop: Population, m: Market, p: Params, i: number, k: number, u: number): number {
  const hap = serviceFailure(u, m, p, k);
  pop.happened[i] = hap;
  return failureQuality(hap, m, p, k, pop.tier[i]);
}

/** What a service failure led to (HAPPENED bits), from one uniform u < failureRate[k] rescaled
 *  at each branch: failure → severity → complaint → resolution → speed. */
export function serviceFailure(u: number, m: Market, p: Params, k: number): number {
  let hap: number = HAPPENED.failure;
  u /= m.failureRate[k];
  const ms = p.majorShare;
  const major = u < ms;
  u = major ? u / ms : (u - ms) / (1 - ms);
  if (major) hap |= HAPPENED.major;
  const pc = Math.min(1, p.complaintRate * m.lever.complaintEncouragement[k]);
  if (u >= pc) return hap;
  hap |= HAPPENED.complained;
  u /= pc;
  const rr = m.lever.recoveryRate[k];
  if (u >= rr) return hap;
  hap |= HAPPENED.resolved;
  u /= rr;
  return u < m.lever.recoverySpeed[k] ? hap | HAPPENED.quick : hap;
}

/** Quality points a failure adds to this period's experience (negative unless fixed at once). */
export function failureQuality(hap: number, m: Market, p: Params, k: number, tier: number): number {
  const impact = p.failureImpact * (hap & HAPPENED.major ? 2 : 1);
  // fixed at once and well: better than no problem at all (service-recovery paradox)
  if (hap & HAPPENED.quick) return p.recoveryBonus * (1 + m.personal[k * 3 + tier]);
  if (hap & HAPPENED.resolved) return -(impact / 2);
  if (hap & HAPPENED.complained) return -(impact * (1 + UNRESOLVED_EXTRA));
  return -impact;
}
