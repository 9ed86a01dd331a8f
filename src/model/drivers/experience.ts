// Step 1–2 of a period (MODEL.md §2): each customer buys, perceives quality, may suffer a
// service failure, may complain, may be recovered; expectation, satisfaction and trust update.
import type { Market } from '../market.ts';
import type { Params } from '../params.ts';
import { HAPPENED, NO_PROVIDER, type Population } from '../population.ts';
import { U16, U32 } from '../rng.ts';
import { fitOf } from '../match.ts';

/** Sqrt(12): scales a centred uniform to unit standard deviation. */
const UNIT_SD = 3.4641016151377544;
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

/** The quality customer i typically gets from firm k: the firm's offer to its tier, and fit. */
export function deliveredQuality(pop: Population, m: Market, p: Params, i: number, k: number, tier: number): number {
  return m.typical[k * 3 + tier] + fitOf(pop, i, k, p.fitScale);
}

export function applyExperience(pop: Population, m: Market, p: Params): void {
  const b = p;
  const sv = p;
  const { provider, satisfaction, expectation, trust, tenure, happened, draws, tier, priceSensitivity, walletShare } = pop;
  const price = m.lever.price;
  const promise = m.lever.promise;
  const sd = b.qualityNoise * UNIT_SD;
  for (let i = 0; i < pop.size; i++) {
    const k = provider[i];
    if (k === NO_PROVIDER) {
      happened[i] = 0;
      continue;
    }
    const typical = deliveredQuality(pop, m, p, i, k, tier[i]);
    let q = typical + sd * ((draws[4 * i + 1] >>> 16) / U16 - 0.5);
    let hap = 0;

    // failure → severity → complaint → resolution → speed, one uniform rescaled at each branch
    const fr = m.failureRate[k];
    let u = draws[4 * i] / U32;
    if (u < fr) {
      hap = HAPPENED.failure;
      u /= fr;
      const ms = sv.majorShare;
      const major = u < ms;
      u = major ? u / ms : (u - ms) / (1 - ms);
      const impact = sv.failureImpact * (major ? 2 : 1);
      if (major) hap |= HAPPENED.major;
      const pc = Math.min(1, sv.complaintRate * m.lever.complaintEncouragement[k]);
      if (u < pc) {
        hap |= HAPPENED.complained;
        u /= pc;
        const rr = m.lever.recoveryRate[k];
        if (u < rr) {
          hap |= HAPPENED.resolved;
          u /= rr;
          if (u < m.lever.recoverySpeed[k]) {
            hap |= HAPPENED.quick;
            // fixed at once and well: better than no problem at all (service-recovery paradox)
            q += sv.recoveryBonus * (1 + m.personal[k * 3 + tier[i]]);
          } else q -= impact / 2;
        } else q -= impact * (1 + UNRESOLVED_EXTRA);
      } else q -= impact;
    }
    happened[i] = hap;

    const e = expectation[i];
    const instant =
      b.baseSatisfaction + b.disconfirmationWeight * (q - e) - b.priceWeightInSatisfaction * priceSensitivity[i] * (price[k] - 1);
    const clamped = instant < 1 ? 1 : instant > 5 ? 5 : instant;
    const sat = satisfaction[i] + b.satisfactionMemory * (clamped - satisfaction[i]);
    satisfaction[i] = sat;
    // expectations follow experience and promises, and creep up regardless (seeds/002)
    const heard = OWN_EXPERIENCE * typical + (1 - OWN_EXPERIENCE) * m.norm;
    const ne = e + b.expectationAdaptation * (heard + promise[k] - e) + b.expectationDrift;
    expectation[i] = ne < 1 ? 1 : ne > 5.5 ? 5.5 : ne;

    // trust is earned by repeated satisfaction and personal, prompt service; not by discounts
    let tr = trust[i];
    if (sat > TRUST_FROM) tr += b.trustGain * (sat - TRUST_FROM) * (1 + m.personal[k * 3 + tier[i]]) * (1 - tr);
    else if (sat < DISTRUST_BELOW) tr -= b.trustLoss * (DISTRUST_BELOW - sat) * tr;
    if (hap & HAPPENED.quick) tr += 0.1 * (1 - tr);
    else if ((hap & HAPPENED.complained) && !(hap & HAPPENED.resolved)) tr *= 0.7;
    trust[i] = tr < 0 ? 0 : tr > 1 ? 1 : tr;
    // wallet share (客户占有率) follows satisfaction, trust and rewards, slowly
    const target = 0.35 + 0.2 * (sat - 3) + 0.25 * tr + PROGRAMME_WALLET * pop.dealSensitivity[i] * m.lever.programme[k];
    const ws = walletShare[i];
    walletShare[i] = ws + WALLET_ADAPTATION * ((target < 0.05 ? 0.05 : target > 1 ? 1 : target) - ws);
    if (tenure[i] < 65535) tenure[i]++;
  }
}
