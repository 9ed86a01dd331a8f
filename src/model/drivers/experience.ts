// Experience (MODEL.md §2, step 2): each customer buys from its provider, perceives quality, may
// suffer a service failure, may complain, may be recovered; satisfaction, expectation, trust
// and wallet share update. Owns: satisfaction, expectation, trust, walletShare, tenure,
// happened (reset here). Draws (its own stream): word 0 decides a failure, the high half of
// word 1 is quality noise.
import { COMPLAINED, FAILURE, MAJOR, NO_PROVIDER, QUICK, RESOLVED } from '../kernel/customer.ts';
import { DEFECTION_ZONE, EXPECTATION_MAX, SATISFACTION_MAX, SATISFACTION_MIN } from '../kernel/scales.ts';
import { drawAt, fillDraws } from '../kernel/draws.ts';
import {
  complaintEncouragement,
  dealSensitivity,
  expectation,
  failureRate,
  fit,
  happened,
  personal,
  price,
  priceSensitivity,
  programme,
  promise,
  provider,
  recoveryRate,
  recoverySpeed,
  S,
  satisfaction,
  sc,
  tenure,
  tier,
  trust,
  typical,
  walletShare,
} from '../kernel/layout.generated.ts';
import { clamp, f32at, f64at, i8at, pmin, positivePart, setF32, setU16, u16at, u8at, unit16, unit32 } from '../kernel/platform.ts';
import { f32pair, gather, i8pair, setF32pair, unit16pair } from '../kernel/lanes.ts';
import {
  boundedTrustLanes,
  earnedTrustLanes,
  nextExpectationLanes,
  nextSatisfactionLanes,
  nextWalletShareLanes,
  noisyQualityLanes,
  typicalQualityLanes,
} from '../kernel/lanes.generated.ts';

/** This driver's random stream (kernel/draws.ts): fixed, so other drivers never shift it. */
export const STREAM = 1;
/** Words a customer a period: 0 a failure and what follows, 1 quality noise (high half). */
export const DRAWS = 2;

/** Extra frustration of complaining and being ignored, as a share of the failure's impact. */
export const UNRESOLVED_EXTRA = 0.3;
/** Trust grows only in the upper zone of indifference and above, and erodes in the zone of
 *  defection (Jones–Sasser: ≤ 3.75), so it is what makes loyalty rise steeply near 4.5. */
export const TRUST_FROM = 4.25;
export const DISTRUST_BELOW = DEFECTION_ZONE;
/** Trust a quick, good recovery adds, as a share of the way to full trust. */
export const QUICK_RECOVERY_TRUST = 0.1;
/** Trust kept after a complaint is ignored. */
export const IGNORED_COMPLAINT_TRUST = 0.7;
/** Expectations are formed half by one's own experience and half by what the market offers
 *  (ACSI: prior experience and market information), so a firm above the norm keeps a premium. */
export const OWN_EXPERIENCE = 0.5;
/** Wallet share (客户占有率) a customer aims at: a base, more with satisfaction above 3 and with
 *  trust, and a little for programme rewards — small, as 35.5% of members would buy as much
 *  without the programme (seeds/001). */
export const WALLET_BASE = 0.35;
export const WALLET_PER_SATISFACTION = 0.2;
export const WALLET_PER_TRUST = 0.25;
export const PROGRAMME_WALLET = 0.5;
export const WALLET_MIN = 0.05;
export const TENURE_MAX = 65535;

// ── the rules, one customer ──

/** What a service failure led to (happened bits), from one uniform u < failureRate[k] rescaled
 *  at each branch: failure → severity → complaint → resolution → speed. */
export function serviceFailure(u: f64, k: i32): i32 {
  let hap = FAILURE;
  u /= f64at(failureRate, k);
  const ms = sc(S.majorShare);
  const major = u < ms;
  u = major ? u / ms : (u - ms) / (1 - ms);
  if (major) hap |= MAJOR;
  const pc = pmin(1, sc(S.complaintRate) * f64at(complaintEncouragement, k));
  if (u >= pc) return hap;
  hap |= COMPLAINED;
  u /= pc;
  const rr = f64at(recoveryRate, k);
  if (u >= rr) return hap;
  hap |= RESOLVED;
  u /= rr;
  return u < f64at(recoverySpeed, k) ? hap | QUICK : hap;
}

/** Quality points a failure adds to this period's experience (negative unless fixed at once). */
export function failureQuality(hap: i32, kt: i32): f64 {
  const impact = sc(S.failureImpact) * (hap & MAJOR ? 2 : 1);
  // fixed at once and well: better than no problem at all (service-recovery paradox)
  if (hap & QUICK) return sc(S.recoveryBonus) * (1 + f64at(personal, kt));
  if (hap & RESOLVED) return -(impact / 2);
  if (hap & COMPLAINED) return -(impact * (1 + UNRESOLVED_EXTRA));
  return -impact;
}

/** The quality a customer of firm k and tier typically gets: the firm's quality for the tier
 *  (tables.ts) plus the customer's fit with the firm. @lanes */
export function typicalQuality(typicalKt: f64, fitK: f64): f64 {
  return typicalKt + sc(S.fitScale) * fitK;
}

/** This period's perceived quality before any failure: the typical quality plus noise of unit
 *  standard deviation times qualityNoise, from a uniform `u`. @lanes */
export function noisyQuality(typ: f64, u: f64): f64 {
  return typ + sc(S.qualitySd) * (u - 0.5);
}

/** This period's satisfaction: S ← S + m·(s − S), s = base + w·(Q − E) − price effect, within 1–5. @lanes */
export function nextSatisfaction(s0: f64, q: f64, e: f64, ps: f64, priceK: f64): f64 {
  const instant = sc(S.baseSatisfaction) + sc(S.disconfirmationWeight) * (q - e) - sc(S.priceWeightInSatisfaction) * ps * (priceK - 1);
  return clamp(s0 + sc(S.satisfactionMemory) * (instant - s0), SATISFACTION_MIN, SATISFACTION_MAX);
}

/** Expectations follow experience and promises, and creep up regardless (seeds/002). @lanes */
export function nextExpectation(e: f64, typ: f64, promiseK: f64): f64 {
  const heard = OWN_EXPERIENCE * typ + (1 - OWN_EXPERIENCE) * sc(S.norm);
  return clamp(e + sc(S.expectationAdaptation) * (heard + promiseK - e) + sc(S.expectationDrift), SATISFACTION_MIN, EXPECTATION_MAX);
}

/** Trust is earned by repeated satisfaction and personal, prompt service; not by discounts. One
 *  expression, not if/else: outside its zone each term is exactly 0. @lanes */
export function earnedTrust(tru: f64, sat: f64, personalK: f64): f64 {
  return tru + (sc(S.trustGain) * positivePart(sat - TRUST_FROM) * (1 + personalK) * (1 - tru) - sc(S.trustLoss) * positivePart(DISTRUST_BELOW - sat) * tru);
}

/** earnedTrust() in a period with a service failure: at the rates of a month at least
 *  (params.ts), so a failure weighs on trust as much in a week or a day as in a month before
 *  the customer decides what to do about it (decision.ts afterFailure, where trust shields). */
export function trustAfterFailure(tru: f64, sat: f64, personalK: f64): f64 {
  return (
    tru +
    (sc(S.failureTrustGain) * positivePart(sat - TRUST_FROM) * (1 + personalK) * (1 - tru) - sc(S.failureTrustLoss) * positivePart(DISTRUST_BELOW - sat) * tru)
  );
}

/** Trust after a quick recovery or an ignored complaint. */
export function afterComplaint(hap: i32, tru: f64): f64 {
  if (hap & QUICK) return tru + QUICK_RECOVERY_TRUST * (1 - tru);
  if ((hap & COMPLAINED) != 0 && (hap & RESOLVED) == 0) return tru * IGNORED_COMPLAINT_TRUST;
  return tru;
}

/** Trust is a share: 0–1. @lanes */
export function boundedTrust(tru: f64): f64 {
  return clamp(tru, 0, 1);
}

/** Wallet share follows satisfaction, trust and rewards, slowly (walletAdaptation: params.ts). @lanes */
export function nextWalletShare(ws: f64, sat: f64, tru: f64, deal: f64, reward: f64): f64 {
  const target = WALLET_BASE + WALLET_PER_SATISFACTION * (sat - 3) + WALLET_PER_TRUST * tru + PROGRAMME_WALLET * deal * reward;
  return ws + sc(S.walletAdaptation) * (clamp(target, WALLET_MIN, 1) - ws);
}

/** Customer i's experience this period (a prospect is left alone: the decisions clear it). */
export function experienceOne(i: i32, K: i32, from: i32): void {
  const k = u8at(provider, i);
  if (k == NO_PROVIDER) return;
  const kt = k * 3 + u8at(tier, i);
  const typ = typicalQuality(f64at(typical, kt), i8at(fit, i * K + k));
  const q = noisyQuality(typ, unit16(drawAt(i, from, 1) >>> 16));
  let hap = 0;
  const uf = unit32(drawAt(i, from, 0));
  if (uf < f64at(failureRate, k)) hap = serviceFailure(uf, k);
  setU16(happened, i, hap);
  const e = f32at(expectation, i);
  const sat = nextSatisfaction(f32at(satisfaction, i), hap == 0 ? q : q + failureQuality(hap, kt), e, f32at(priceSensitivity, i), f64at(price, k));
  setF32(satisfaction, i, sat);
  setF32(expectation, i, nextExpectation(e, typ, f64at(promise, k)));
  const pk = f64at(personal, kt);
  const tru = afterComplaint(hap, hap == 0 ? earnedTrust(f32at(trust, i), sat, pk) : trustAfterFailure(f32at(trust, i), sat, pk));
  setF32(trust, i, boundedTrust(tru));
  // (the wallet share reads trust before the clamp, as it always has)
  setF32(walletShare, i, nextWalletShare(f32at(walletShare, i), sat, tru, f32at(dealSensitivity, i), f64at(programme, k)));
  const ten = u16at(tenure, i);
  if (ten < TENURE_MAX) setU16(tenure, i, ten + 1);
}

/** Experience of customers from..to−1 (the chunk starting at `from`). */
export function apply(from: i32, to: i32, K: i32, t: i32): void {
  fillDraws(STREAM, DRAWS, from, to);
  let i = from;
  if (ASC_TARGET != 0) i = experiencePairs(from, to, K);
  for (; i < to; i++) experienceOne(i, K, from);
}

// ── two customers at a time (WebAssembly only) ──
// The rules above in f64x2 lanes (generated: kernel/lanes.generated.ts), for two customers
// with the instructions of one. A pair with a prospect, and the rare lanes with a service
// failure, take the one-customer path. The JavaScript build never runs this;
// test/unit/model/wasm.test.ts holds it to the one-customer path bit for bit.

/** experienceOne() for customers two at a time, as far as pairs go; returns where the pairs
 *  stopped. (The memory's pointers are read into locals once for the chunk.) */
function experiencePairs(from: i32, to: i32, K: i32): i32 {
  const Provider = provider,
    Happened = happened,
    Tier = tier,
    Fit = fit,
    Typical = typical,
    Expectation = expectation;
  const Satisfaction = satisfaction,
    PriceSensitivity = priceSensitivity,
    Price = price,
    Promise = promise,
    Trust = trust;
  const Personal = personal,
    WalletShare = walletShare,
    DealSensitivity = dealSensitivity,
    Programme = programme;
  const Tenure = tenure,
    FailureRate = failureRate;
  let i = from;
  for (; i + 1 < to; i += 2) {
    const ka = u8at(Provider, i);
    const kb = u8at(Provider, i + 1);
    if (
      ka == NO_PROVIDER ||
      kb == NO_PROVIDER ||
      unit32(drawAt(i, from, 0)) < f64at(FailureRate, ka) ||
      unit32(drawAt(i + 1, from, 0)) < f64at(FailureRate, kb)
    ) {
      experienceOne(i, K, from);
      experienceOne(i + 1, K, from);
      continue;
    }
    setU16(Happened, i, 0);
    setU16(Happened, i + 1, 0);
    const kta = ka * 3 + u8at(Tier, i);
    const ktb = kb * 3 + u8at(Tier, i + 1);
    const fits = i8pair(Fit + <usize>(i * K + ka), Fit + <usize>((i + 1) * K + kb));
    const typ = typicalQualityLanes(gather(Typical, kta, ktb), fits);
    const q = noisyQualityLanes(typ, unit16pair(drawAt(i, from, 1) >>> 16, drawAt(i + 1, from, 1) >>> 16));
    const e = f32pair(Expectation, i);
    const sat = nextSatisfactionLanes(f32pair(Satisfaction, i), q, e, f32pair(PriceSensitivity, i), gather(Price, ka, kb));
    setF32pair(Satisfaction, i, sat);
    setF32pair(Expectation, i, nextExpectationLanes(e, typ, gather(Promise, ka, kb)));
    const tru = earnedTrustLanes(f32pair(Trust, i), sat, gather(Personal, kta, ktb));
    setF32pair(Trust, i, boundedTrustLanes(tru));
    setF32pair(WalletShare, i, nextWalletShareLanes(f32pair(WalletShare, i), sat, tru, f32pair(DealSensitivity, i), gather(Programme, ka, kb)));
    const tena = u16at(Tenure, i);
    const tenb = u16at(Tenure, i + 1);
    if (tena < TENURE_MAX) setU16(Tenure, i, tena + 1);
    if (tenb < TENURE_MAX) setU16(Tenure, i + 1, tenb + 1);
  }
  return i;
}
