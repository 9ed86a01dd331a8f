// Decisions (MODEL.md §2, step 3): rivals' offers reach some customers, unhappy customers search,
// and each customer stays, switches or leaves the category; prospects may enter. Loyalty is
// constrained, L = O·f(S): only customers free to choose (share O) can switch.
// Owns: provider, lastProvider, joined, grudge, and happened's move bits; a move resets the
// state a new relationship starts from. Draws (its own stream): word 0 decides leaving the
// category, a failure's consequence, or a prospect's entry; word 1 picks an offer or a search;
// the low half of word 2 is decision noise.
import { COMPLAINED, ENTERED, FAILURE, LEFT, MAJOR, NO_PROVIDER, OFFER, QUICK, RESOLVED, SEARCHED, SWITCHED } from '../kernel/customer.ts';
import { drawAt, fillDraws } from '../kernel/draws.ts';
import {
  entryCum,
  expectation,
  grudge,
  happened,
  hasRival,
  joined,
  lastProvider,
  moves,
  offerCum,
  offerDiscount,
  promise,
  provider,
  repurchase,
  S,
  satisfaction,
  sc,
  tenure,
  traits,
  trust,
  walletShare,
} from '../kernel/layout.generated.ts';
import { bit, bump, ceilInt, f32at, f64at, pmin, setF32, setU16, setU8, u16at, u8at, unit16, unit32 } from '../kernel/platform.ts';
import { expectedSatisfaction, freeToChoose, kinshipOf, marginAgainst, strongestRival, switchingCostOf } from '../kernel/utility.ts';
import { f32pair, gather, unit32pair } from '../kernel/lanes.ts';
import { EXPECTATION_MAX } from '../kernel/scales.ts';
import { hearsOfferLanes, leavesCategoryLanes, searchesLanes } from '../kernel/lanes.generated.ts';

/** This driver's random stream (kernel/draws.ts): fixed, so other drivers never shift it. */
export const STREAM = 2;
/** Words a customer a period: 0 exit, a failure's consequence or entry; 1 an offer or a
 *  search; 2 decision noise (low half). */
export const DRAWS = 3;
const EXIT_WORD = 0;
const OFFER_WORD = 1;
const NOISE_WORD = 2;

/** Where a new relationship starts: trust, wallet share, and how far advertised promises raise
 *  expectations before the first purchase. */
export const NEW_TRUST = 0.05;
export const NEW_WALLET_SHARE = 0.4;
export const PROMISE_EXPECTATION = 0.5;

function flag(i: i32, bits: i32): void {
  setU16(happened, i, u16at(happened, i) | bits);
}

/** Customer i starts buying from firm j in period t. */
function join(i: i32, K: i32, j: i32, t: i32): void {
  setF32(expectation, i, pmin(EXPECTATION_MAX, f32at(expectation, i) + PROMISE_EXPECTATION * f64at(promise, j)));
  setF32(satisfaction, i, expectedSatisfaction(i, K, j, 0));
  setU8(provider, i, j);
  setU16(tenure, i, 0);
  setU16(joined, i, t);
  setF32(trust, i, NEW_TRUST);
  setF32(walletShare, i, NEW_WALLET_SHARE);
}

/** A prospect enters the category with firm j. */
function enter(i: i32, K: i32, j: i32, t: i32): void {
  join(i, K, j, t);
  flag(i, ENTERED);
  bump(moves, K * (K + 1) + j);
}

/** Customer i leaves firm k and the category; a very unhappy one becomes a terrorist. */
function leave(i: i32, K: i32, k: i32): void {
  setU8(lastProvider, i, k);
  setU8(provider, i, NO_PROVIDER);
  flag(i, LEFT);
  setU16(grudge, i, f32at(satisfaction, i) < sc(S.terroristThreshold) ? ceilInt(sc(S.terroristPeriods)) : 0);
  bump(moves, k * (K + 1) + K);
}

/** Customer i of firm k switches to firm j. */
function switchTo(i: i32, K: i32, k: i32, j: i32, t: i32): void {
  setU8(lastProvider, i, k);
  join(i, K, j, t);
  flag(i, SWITCHED | LEFT);
  bump(moves, k * (K + 1) + j);
}

/** Repurchase chance after a problem, by severity and how the complaint went (TARP). */
export function repurchaseAfter(hap: i32): f64 {
  const o = hap & MAJOR ? 4 : 0;
  if (!(hap & COMPLAINED)) return f64at(repurchase, o);
  if (!(hap & RESOLVED)) return f64at(repurchase, o + 1);
  return f64at(repurchase, o + (hap & QUICK ? 3 : 2));
}

/** After a service failure the customer may go (TARP's repurchase rates, softened by trust).
 *  One that would not buy again weighs its strongest rival like any other switch — switching
 *  cost, a number tie, the firm's lock-in and kinship included — and goes only if the rival
 *  wins, so a hostage stays a hostage after a failure; one not free to choose does without
 *  the category with chance doWithout. Returns whether it moved. `u` is its decision uniform,
 *  past the exit test. */
function afterFailure(i: i32, K: i32, k: i32, u: f64, free: bool, noiseWord: u32, t: i32): bool {
  // TARP's rates are for customers without trust; trust shields a customer from one bad
  // experience in proportion (a behavioural-stage customer forgives)
  const stay = 1 - (1 - repurchaseAfter(u16at(happened, i))) * (1 - f32at(trust, i));
  if (u < stay) return false;
  if (free) {
    const j = strongestRival(i, K, k);
    return j >= 0 && considerRival(i, K, k, j, 0, noiseWord, t);
  }
  if ((u - stay) / (1 - stay) < sc(S.doWithout)) {
    leave(i, K, k);
    return true;
  }
  return false;
}

/** A free customer of k weighs rival j (offering `discount`), with decision noise from the low
 *  half of its noise word, and switches if the rival wins: stay − rival + switching cost + noise
 *  < 0. Returns whether it switched. */
function considerRival(i: i32, K: i32, k: i32, j: i32, discount: f64, noiseWord: u32, t: i32): bool {
  const noise = sc(S.noiseSd) * (unit16(noiseWord) - 0.5);
  const tt = u8at(traits, i);
  if (marginAgainst(i, K, k, j, discount) + kinshipOf(tt, k) + switchingCostOf(i, k, tt) + noise >= 0) return false;
  switchTo(i, K, k, j, t);
  return true;
}

/** It searches with chance searchRate · (threshold − S) / (threshold − 1) below the threshold:
 *  (c − offers) / (1 − offers) < that chance, multiplied out (both denominators are positive).
 *  Both tests are always made and combined with &, not &&: whether a customer is below the
 *  threshold is a coin toss for the branch predictor, whether it then searches is rare. @lanes */
export function searches(sat: f64, c: f64, offers: f64): i32 {
  const below = sc(S.searchBelow);
  return bit(sat < below) & bit((c - offers) * (below - 1) < sc(S.searchRate) * (below - sat) * (1 - offers));
}

/** Life events take people out of the category whatever they think of the firm: whether
 *  uniform u says so. @lanes */
export function leavesCategory(u: f64): bool {
  return u < sc(S.exitRate);
}

/** Whether uniform c falls within the chance `offers` that any rival's offer reaches the customer. @lanes */
export function hearsOffer(c: f64, offers: f64): bool {
  return c < offers;
}

/** Prospect i may enter the category with the firm its draw falls on. */
function prospectOne(i: i32, K: i32, t: i32, from: i32): void {
  setU16(happened, i, 0);
  const g = u16at(grudge, i);
  if (g > 0) setU16(grudge, i, g - 1);
  const u = unit32(drawAt(i, from, EXIT_WORD));
  if (u < f64at(entryCum, K - 1)) {
    let j = 0;
    while (u >= f64at(entryCum, j)) j++;
    if (!(g > 0 && j == u8at(lastProvider, i))) enter(i, K, j, t); // a terrorist does not come back
  }
}

/** Customer i decides, after its experience. */
function decideOne(i: i32, K: i32, t: i32, from: i32): void {
  const k = u8at(provider, i);
  if (k == NO_PROVIDER) {
    prospectOne(i, K, t, from);
    return;
  }
  const exitRate = sc(S.exitRate);
  const u = unit32(drawAt(i, from, EXIT_WORD));
  if (leavesCategory(u)) {
    leave(i, K, k);
    return;
  }
  const free = u8at(hasRival, k) == 1 && freeToChoose(i);
  const noiseWord = drawAt(i, from, NOISE_WORD);
  // the same uniform, rescaled past the exit test, decides what a failure leads to
  if ((u16at(happened, i) & FAILURE) != 0 && afterFailure(i, K, k, (u - exitRate) / (1 - exitRate), free, noiseWord, t)) return;
  // a rival's offer, or the customer's own search when dissatisfied
  const c = unit32(drawAt(i, from, OFFER_WORD));
  const offers = f64at(offerCum, k * K + K - 1);
  if (hearsOffer(c, offers)) {
    let j = 0;
    while (c >= f64at(offerCum, k * K + j)) j++;
    flag(i, OFFER);
    if (free) considerRival(i, K, k, j, f64at(offerDiscount, j), noiseWord, t);
  } else if (searches(f32at(satisfaction, i), c, offers) != 0) {
    const j = strongestRival(i, K, k);
    flag(i, SEARCHED);
    if (j >= 0 && free) considerRival(i, K, k, j, 0, noiseWord, t);
  }
}

/** Decisions of customers from..to−1 (the chunk starting at `from`), after their experience. */
export function apply(from: i32, to: i32, K: i32, t: i32): void {
  fillDraws(STREAM, DRAWS, from, to);
  let i = from;
  if (ASC_TARGET != 0) i = decidePairs(from, to, K, t);
  for (; i < to; i++) decideOne(i, K, t, from);
}

// ── two customers at a time (WebAssembly only) ──
/** Decisions of customers from..to−1 two at a time, as far as pairs go; returns where the pairs
 *  stopped. Two customers are tested at once for whether anything can happen to them (leaving,
 *  a failure, an offer, a search: about one in six a period), with the rules' lane versions;
 *  only those go through decideOne(). */
function decidePairs(from: i32, to: i32, K: i32, t: i32): i32 {
  let i = from;
  for (; i + 1 < to; i += 2) {
    const ka = u8at(provider, i);
    const kb = u8at(provider, i + 1);
    if (ka == NO_PROVIDER || kb == NO_PROVIDER || ((u16at(happened, i) | u16at(happened, i + 1)) & FAILURE) != 0) {
      decideOne(i, K, t, from);
      decideOne(i + 1, K, t, from);
      continue;
    }
    const u = unit32pair(drawAt(i, from, EXIT_WORD), drawAt(i + 1, from, EXIT_WORD));
    const c = unit32pair(drawAt(i, from, OFFER_WORD), drawAt(i + 1, from, OFFER_WORD));
    const offers = gather(offerCum, ka * K + K - 1, kb * K + K - 1);
    const acts = v128.or(v128.or(leavesCategoryLanes(u), hearsOfferLanes(c, offers)), searchesLanes(f32pair(satisfaction, i), c, offers));
    if (i64x2.extract_lane(acts, 0) != 0) decideOne(i, K, t, from);
    if (i64x2.extract_lane(acts, 1) != 0) decideOne(i + 1, K, t, from);
  }
  return i;
}
