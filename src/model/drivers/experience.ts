// Step 1–2 of a period (MODEL.md §2): each customer buys, perceives quality, may suffer a
// service failure, may complain, may be recovered; expectation, satisfaction and trust update.
// The per-customer arithmetic runs inside the period loop (period.ts); the rules' constants and
// the rarer failure path live here.
import type { Market } from '../market.ts';
import type { Params } from '../params.ts';
import { HAPPENED } from '../population.ts';

/** Sqrt(12): scales a centred uniform to unit standard deviation. */
export const UNIT_SD = 3.4641016151377544;
/** Extra frustration of complaining and being ignored, as a share of the failure's impact. */
const UNRESOLVED_EXTRA = 0.3;
/** Trust grows only in the upper zone of indifference and above, and erodes in the zone of
 *  defection (Jones–Sasser: ≤ 3.75), so it is what makes loyalty rise steeply near 4.5. */
export const TRUST_FROM = 4.25;
export const DISTRUST_BELOW = 3.75;
/** Expectations are formed half by one's own experience and half by what the market offers
 *  (ACSI: prior experience and market information), so a firm above the norm keeps a premium. */
export const OWN_EXPERIENCE = 0.5;
/** Share of the gap to its target wallet share a customer closes each period. */
export const WALLET_ADAPTATION = 0.15;
/** Wallet share gained per unit of reward: small, as 35.5% of members would buy as much
 *  without the programme (seeds/001). */
export const PROGRAMME_WALLET = 0.5;

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
