// AssemblyScript: the period loop of ../period.ts compiled to WebAssembly. It is the same model,
// line for line, as the TypeScript passes it names (experience.ts, decision.ts, attributeAll.ts,
// tally.ts) run customer by customer, and test/unit/model/wasm.test.ts checks that both leave
// every customer and every measure bit-identical. The TypeScript passes are the model as written
// and the reference; this is the form the period runs in (2–3× faster: no bounds, type or
// deoptimisation checks, and branch-free selects). Rare events (a service failure, leaving,
// switching, entering, weighing a rival) call back into the TypeScript functions, so their rules
// exist once. Build: npm run wasm (writes period.wasm.ts; a test checks it is current).

// ── rare paths, imported from TypeScript (wasmKernel.ts) ──
@external("env", "failure") declare function failure(i: i32, k: i32, u: f64): f64;
@external("env", "enter") declare function enter(i: i32, j: i32): void;
@external("env", "leave") declare function leave(i: i32, k: i32): void;
@external("env", "afterFailure") declare function afterFailure(i: i32, k: i32, u: f64, free: i32): i32;
@external("env", "switchTo") declare function switchTo(i: i32, k: i32, j: i32): void;

// HAPPENED bits (population.ts)
const FAILURE = 1, COMPLAINED = 4, RESOLVED = 8, QUICK = 16, OFFER = 32, SEARCHED = 64, SWITCHED = 128, LEFT = 256;
const NONE = 255;
// LOYALTY and JS (loyalty.ts)
const MONOPOLY = 0, INERTIA = 1, PRICE = 2, INCENTIVE = 3, VALUE = 4, KINSHIP = 5;
const APOSTLE = 0, LOYALIST = 1, MERCENARY = 2, HOSTAGE = 3, DEFECTOR = 4, TERRORIST = 5;
const TYPES = 6;
const POINTS_HORIZON: f64 = 24;

// ── where things are in memory (byte offsets, set once by layout()) ──
// customers
let provider: usize, lastProvider: usize, tier: usize, traits: usize, tenure: usize;
let satisfaction: usize, expectation: usize, trust: usize, switchingCost: usize, priceSensitivity: usize;
let dealSensitivity: usize, budget: usize, walletShare: usize, loyaltyType: usize, jsClass: usize;
let happened: usize, grudge: usize, fit: usize, freedom: usize;
// per firm, refreshed every period (f64 unless noted)
let typical: usize, personal: usize, failureRate: usize, price: usize, promise: usize, programme: usize;
let lockIn: usize, offerDiscount: usize, offerCum: usize, entryCum: usize, hasRival: usize /* u8 */;
let rivals: usize /* u8 */, rivalCount: usize /* u8 */, expectBase: usize, expectPrice: usize, priceGap: usize;
// the xor4096 state (128 i32) and the tallies
let rngState: usize, acc: usize;
// the tallies' block layout (tally.ts)
let BLOCK: i32, SUM0: i32, TYPE_CLASS: i32, EVENTS: i32, MOOD: i32, CHURNED: i32, SWITCHED_OUT: i32, EXITED: i32, JS0: i32;

export function layout(customers: usize, firms: usize, state: usize, tallies: usize, block: i32, sum0: i32, typeClass: i32, events: i32, mood: i32, churned: i32, switchedOut: i32, exited: i32, js0: i32): void {
  // customers: 19 offsets in population order, firms: 16 offsets, as written by wasmKernel.ts
  provider = load<usize>(customers); lastProvider = load<usize>(customers, 4); tier = load<usize>(customers, 8);
  traits = load<usize>(customers, 12); tenure = load<usize>(customers, 16); satisfaction = load<usize>(customers, 20);
  expectation = load<usize>(customers, 24); trust = load<usize>(customers, 28); switchingCost = load<usize>(customers, 32);
  priceSensitivity = load<usize>(customers, 36); dealSensitivity = load<usize>(customers, 40); budget = load<usize>(customers, 44);
  walletShare = load<usize>(customers, 48); loyaltyType = load<usize>(customers, 52); jsClass = load<usize>(customers, 56);
  happened = load<usize>(customers, 60); grudge = load<usize>(customers, 64); fit = load<usize>(customers, 68); freedom = load<usize>(customers, 72);
  typical = load<usize>(firms); personal = load<usize>(firms, 4); failureRate = load<usize>(firms, 8); price = load<usize>(firms, 12);
  promise = load<usize>(firms, 16); programme = load<usize>(firms, 20); lockIn = load<usize>(firms, 24); offerDiscount = load<usize>(firms, 28);
  offerCum = load<usize>(firms, 32); entryCum = load<usize>(firms, 36); hasRival = load<usize>(firms, 40); rivals = load<usize>(firms, 44);
  rivalCount = load<usize>(firms, 48); expectBase = load<usize>(firms, 52); expectPrice = load<usize>(firms, 56); priceGap = load<usize>(firms, 60);
  rngState = state; acc = tallies;
  BLOCK = block; SUM0 = sum0; TYPE_CLASS = typeClass; EVENTS = events; MOOD = mood;
  CHURNED = churned; SWITCHED_OUT = switchedOut; EXITED = exited; JS0 = js0;
}

// ── small helpers, each exactly its TypeScript namesake ──
@inline function f32at(base: usize, i: i32): f64 { return <f64>load<f32>(base + (<usize>i << 2)); }
@inline function setF32(base: usize, i: i32, x: f64): void { store<f32>(base + (<usize>i << 2), <f32>x); }
@inline function f64at(base: usize, i: i32): f64 { return load<f64>(base + (<usize>i << 3)); }
@inline function u8at(base: usize, i: i32): i32 { return <i32>load<u8>(base + <usize>i); }
@inline function u16at(base: usize, i: i32): i32 { return <i32>load<u16>(base + (<usize>i << 1)); }
@inline function setU16(base: usize, i: i32, x: i32): void { store<u16>(base + (<usize>i << 1), <u16>x); }
@inline function bump(base: usize, n: i32): void { const a = base + (<usize>n << 3); store<f64>(a, load<f64>(a) + 1); }
// V8 compiles f64.min, f64.max and an f64 select to branches on the data; SIMD pmin and pmax
// (one minpd/maxpd) and an i64 select (a conditional move) do not, and give exactly the
// ternaries' results: pmin(a, b) = b < a ? b : a, pmax(a, b) = a < b ? b : a.
@inline function pmin(a: f64, b: f64): f64 { return f64x2.extract_lane(f64x2.pmin(f64x2.splat(a), f64x2.splat(b)), 0); }
@inline function pmax(a: f64, b: f64): f64 { return f64x2.extract_lane(f64x2.pmax(f64x2.splat(a), f64x2.splat(b)), 0); }
@inline function choose(when: bool, a: f64, b: f64): f64 { return reinterpret<f64>(select<i64>(reinterpret<i64>(a), reinterpret<i64>(b), when)); }
// Integers to doubles by their bits: exact, like f64.convert, which V8 compiles to a cvtsi2sd
// that waits on the last write to a scratch register and so chains unrelated work together.
/** A signed 32-bit integer as f64. */
@inline function toF64(x: i32): f64 { return reinterpret<f64>(0x4330000000000000 | <u64><u32>(x ^ 0x80000000)) - 4503601774854144.0; }
/** A 32-bit draw as a uniform in [0, 1): rng.ts unit32(). */
@inline function unit32(d: u32): f64 { return reinterpret<f64>(0x3ff0000000000000 | (<u64>d << 20)) - 1.0; }
/** A 16-bit half draw as a uniform in [0, 1): rng.ts unitHigh16() and unitLow16(). */
@inline function unit16(h: u32): f64 { return reinterpret<f64>(0x3ff0000000000000 | (<u64>(h & 0xffff) << 36)) - 1.0; }

/** branchless.ts clamp(): x < lo ? lo : x > hi ? hi : x */
@inline function clamp(x: f64, lo: f64, hi: f64): f64 { return pmin(pmax(x, lo), hi); }
/** branchless.ts positivePart() */
@inline function positivePart(x: f64): f64 { return (x + abs<f64>(x)) * 0.5; }
/** utility.ts pointsAtStake() */
@inline function pointsAtStake(reward: f64, ten: f64): f64 { return reward * (1 + (ten - positivePart(ten - POINTS_HORIZON)) / POINTS_HORIZON); }

/** loyalty.ts RULE_TYPE, four bits per rule: bit 0 value, 1 inertia, 2 price, 3 incentive, 4 kinship, 5 inertia. */
const RULE_TYPES = VALUE | (INERTIA << 4) | (PRICE << 8) | (INCENTIVE << 12) | (KINSHIP << 16) | (INERTIA << 20);

/** loyalty.ts typeOf() */
@inline function typeOf(margin: f64, value: f64, price: f64, incentive: f64, kinship: f64, cost: f64): i32 {
  const holds =
    (<i32>(margin < 0) << 5) |
    (<i32>(margin < kinship) << 4) |
    (<i32>(margin < incentive) << 3) |
    (<i32>(margin < price) << 2) |
    (<i32>(margin < cost) << 1) |
    <i32>(value + pmin(price, 0) + pmin(incentive, 0) >= 0);
  if (holds != 0) return (RULE_TYPES >> ((31 - clz<i32>(holds)) << 2)) & 15;
  return jointType(price, incentive, kinship, cost);
}

/** Rule 8: several supports hold it jointly; the largest names it. */
function jointType(price: f64, incentive: f64, kinship: f64, cost: f64): i32 {
  let type = INERTIA;
  let best = cost;
  if (price > best) { best = price; type = PRICE; }
  if (incentive > best) { best = incentive; type = INCENTIVE; }
  if (kinship > best) type = KINSHIP;
  return type;
}

/** One step of xor4096 (rng.ts fillDraws) at its new index i: updates the state, returns v. */
@inline function advance(X: usize, i: i32): i32 {
  let v = load<i32>(X + (<usize>((i + 33) & 127) << 2));
  let t = load<i32>(X + (<usize>i << 2));
  v ^= v << 13;
  t ^= t << 17;
  v ^= <i32>(<u32>v >>> 15);
  t ^= <i32>(<u32>t >>> 12);
  v ^= t;
  store<i32>(X + (<usize>i << 2), v);
  return v;
}

/** The draw xor4096 returns for state word v and Weyl counter w. */
@inline function output(v: i32, w: i32): u32 {
  return <u32>(v + (w ^ <i32>(<u32>w >>> 16)));
}

// The strongest rival's parts, left here by strongestRival() (wasm has no out-parameters).
let rivalValue: f64 = 0, rivalPrice: f64 = 0, rivalIncentive: f64 = 0;

/** utility.ts strongestRival(): the open rival that threatens customer i of firm k most, or −1;
 *  the winner's parts are carried by conditional moves, not branches. */
@inline function strongestRival(i: i32, K: i32, k: i32, stay: f64, ps: f64, deal: f64, rk: f64, wS: f64, fitWeight: f64): i32 {
  let best = Infinity, value: f64 = 0, pr: f64 = 0, incentive: f64 = 0;
  let bj = -1;
  const fitRow = fit + <usize>(i * K);
  for (let n = 0, count = u8at(rivalCount, k); n < count; n++) {
    const j = u8at(rivals, k * K + n);
    const v = stay - wS * clamp(f64at(expectBase, j) + fitWeight * toF64(<i32>load<i8>(fitRow + <usize>j)) - ps * f64at(expectPrice, j), 1, 5);
    const pj = ps * f64at(priceGap, k * K + j);
    const ij = deal * (rk - f64at(programme, j));
    const mj = v + pj + ij;
    const better = mj < best;
    bj = select<i32>(j, bj, better);
    best = pmin(best, mj);
    value = choose(better, v, value);
    pr = choose(better, pj, pr);
    incentive = choose(better, ij, incentive);
  }
  rivalValue = value;
  rivalPrice = pr;
  rivalIncentive = incentive;
  return bj;
}

/** decision.ts considerRival() with utility.ts compare() and switchingCostOf(): a free customer
 *  of k weighs rival j offering `discount`, and switches if the rival wins. */
function considerRival(i: i32, K: i32, k: i32, j: i32, discount: f64, noiseBits: u32, wS: f64, wT: f64, wPrice: f64, wIncentive: f64, wKinship: f64, fitWeight: f64, priceWeightInSatisfaction: f64, tieCost: f64, noiseSd: f64): void {
  const noise = noiseSd * (unit16(noiseBits) - 0.5);
  const ps = f32at(priceSensitivity, i);
  const stay = wS * f32at(satisfaction, i) + wT * f32at(trust, i);
  const priceEffect = priceWeightInSatisfaction * (f64at(price, j) * (1 - discount) - 1);
  const value = stay - wS * clamp(f64at(expectBase, j) + fitWeight * toF64(<i32>load<i8>(fit + <usize>(i * K + j))) - ps * priceEffect, 1, 5);
  const pr = ps * (-wPrice * (f64at(price, k) - f64at(price, j) * (1 - discount)));
  const incentive = wIncentive * f32at(dealSensitivity, i) * (pointsAtStake(f64at(programme, k), toF64(u16at(tenure, i))) - f64at(programme, j));
  const tt = u8at(traits, i);
  const kinship = (tt & 1) != 0 && (tt >> 4) == k ? wKinship : 0;
  const cost = f32at(switchingCost, i) + ((tt & 2) != 0 ? tieCost : 0) + f64at(lockIn, k);
  if (value + pr + incentive + kinship + cost + noise < 0) switchTo(i, k, j);
}

/** loyalty.ts jsClassOf() */
@inline function jsClassOf(sat: f64, type: i32, margin: f64): i32 {
  const held = margin >= 0;
  if (sat > 3.75) {
    const trueLoyalty = type == VALUE || type == KINSHIP || type == MONOPOLY;
    return held && trueLoyalty ? select<i32>(APOSTLE, LOYALIST, sat > 4.5) : MERCENARY;
  }
  return select<i32>(HOSTAGE, DEFECTOR, held);
}

/** tally.ts moodCode() */
@inline function moodCode(sat: f64, tru: f64): i32 {
  const bin = <i32>floor<f64>((sat - 1) * 2);
  const b = select<i32>(0, select<i32>(7, bin, bin >= 8), bin < 0);
  const stage = select<i32>(0, select<i32>(1, 2, tru < 2.0 / 3.0), tru < 1.0 / 3.0);
  const x = <i32>floor<f64>(2.5 * (sat - 1) + 1.5 * tru);
  const ltr = select<i32>(0, select<i32>(10, x, x > 10), x < 0);
  return (b * 3 + stage) * 3 + select<i32>(0, select<i32>(1, 2, ltr >= 7), ltr >= 9);
}

/** One period for customers 0..size−1: period.ts's passes, one customer at a time. Returns the
 *  xor4096 index; the Weyl counter is left in rngW(). */
/** One period for customers 0..size−1: period.ts's passes, one customer at a time. Returns the
 *  xor4096 index; the Weyl counter is left in rngW(). */
export function step(
  size: i32, K: i32, ri: i32, rw: i32,
  // experience
  fitScale: f64, qualitySd: f64, baseSatisfaction: f64, disconfirmationWeight: f64, priceWeightInSatisfaction: f64,
  satisfactionMemory: f64, expectationAdaptation: f64, expectationDrift: f64, trustGain: f64, trustLoss: f64, norm: f64,
  // decisions
  exitRate: f64, freeBelow: f64, searchBelow: f64, searchRate: f64,
  // loyalty types and tallies
  wS: f64, wT: f64, wIncentive: f64, wKinship: f64, fitWeight: f64, tieCost: f64, terroristThreshold: f64,
  // weighing a rival
  wPrice: f64, noiseSd: f64,
): i32 {
  // locals, not globals, in the loop: V8 keeps them in registers across the rare-path calls
  const X = rngState, tally = acc;
  const Provider = provider, LastProvider = lastProvider, Tier = tier, Traits = traits, Tenure = tenure;
  const Satisfaction = satisfaction, Expectation = expectation, Trust = trust, SwitchingCost = switchingCost;
  const PriceSensitivity = priceSensitivity, DealSensitivity = dealSensitivity, Budget = budget, WalletShare = walletShare;
  const LoyaltyType = loyaltyType, JsClass = jsClass, Happened = happened, Grudge = grudge, Fit = fit, Freedom = freedom;
  const Typical = typical, Personal = personal, FailureRate = failureRate, Price = price, Promise = promise, Programme = programme;
  const LockIn = lockIn, OfferDiscount = offerDiscount, OfferCum = offerCum, EntryCum = entryCum, HasRival = hasRival;
  const Rivals = rivals, RivalCount = rivalCount, ExpectBase = expectBase, ExpectPrice = expectPrice, PriceGap = priceGap;
  const block = BLOCK, sum0 = SUM0, typeClass = TYPE_CLASS, events = EVENTS, mood = MOOD, js0 = JS0;
  const enterBelow = f64at(EntryCum, K - 1);
  // freedom (an integer) < freeBelow exactly when freedom < ⌈freeBelow⌉
  const freeLimit = <i32>ceil<f64>(freeBelow);
  for (let i = 0; i < size; i++) {
    // ── four draws (rng.ts fillDraws) ──
    rw += 0x61c88647;
    ri = (ri + 1) & 127;
    const d0 = output(advance(X, ri), rw);
    rw += 0x61c88647;
    ri = (ri + 1) & 127;
    const d1 = output(advance(X, ri), rw);
    rw += 0x61c88647;
    ri = (ri + 1) & 127;
    const d2 = output(advance(X, ri), rw);
    rw += 0x61c88647;
    ri = (ri + 1) & 127;
    const d3 = output(advance(X, ri), rw);

    const k0 = u8at(Provider, i);
    if (k0 == NONE) {
      // ── prospect (applyExperience, applyDecisions) ──
      setU16(Happened, i, 0);
      const g = u8at(Grudge, i);
      if (g > 0) store<u8>(Grudge + <usize>i, <u8>(g - 1));
      const u = unit32(d3);
      if (u < enterBelow) {
        let j = 0;
        while (u >= f64at(EntryCum, j)) j++;
        if (!(g > 0 && j == u8at(LastProvider, i))) enter(i, j);
      }
    } else {
      // ── experience (drivers/experience.ts applyExperience) ──
      const k = k0;
      const kt = k * 3 + u8at(Tier, i);
      const typ = f64at(Typical, kt) + fitScale * toF64(<i32>load<i8>(Fit + <usize>(i * K + k)));
      let q = typ + qualitySd * (unit16(d1 >>> 16) - 0.5);
      let hap = 0;
      const uf = unit32(d0);
      if (uf < f64at(FailureRate, k)) {
        q += failure(i, k, uf); // sets happened
        hap = u16at(Happened, i);
      } else setU16(Happened, i, 0);
      const e = f32at(Expectation, i);
      const instant = baseSatisfaction + disconfirmationWeight * (q - e) - priceWeightInSatisfaction * f32at(PriceSensitivity, i) * (f64at(Price, k) - 1);
      const s0 = f32at(Satisfaction, i);
      const sat = s0 + satisfactionMemory * (clamp(instant, 1, 5) - s0);
      setF32(Satisfaction, i, sat);
      const heard = 0.5 * typ + (1 - 0.5) * norm;
      const ne = e + expectationAdaptation * (heard + f64at(Promise, k) - e) + expectationDrift;
      setF32(Expectation, i, clamp(ne, 1, 5.5));
      let tru = f32at(Trust, i);
      tru += trustGain * positivePart(sat - 4.25) * (1 + f64at(Personal, kt)) * (1 - tru) - trustLoss * positivePart(3.75 - sat) * tru;
      if (hap & QUICK) tru += 0.1 * (1 - tru);
      else if ((hap & COMPLAINED) != 0 && (hap & RESOLVED) == 0) tru *= 0.7;
      setF32(Trust, i, clamp(tru, 0, 1));
      const target = 0.35 + 0.2 * (sat - 3) + 0.25 * tru + 0.5 * f32at(DealSensitivity, i) * f64at(Programme, k);
      const ws = f32at(WalletShare, i);
      setF32(WalletShare, i, ws + 0.15 * (clamp(target, 0.05, 1) - ws));
      const ten = u16at(Tenure, i);
      if (ten < 65535) setU16(Tenure, i, ten + 1);

      // ── decisions (drivers/decision.ts applyDecisions) ──
      let u = unit32(d3);
      if (u < exitRate) leave(i, k);
      else {
        u = (u - exitRate) / (1 - exitRate);
        const free = <i32>(u8at(HasRival, k) == 1) & <i32>(u8at(Freedom, i) < freeLimit);
        if (!((u16at(Happened, i) & FAILURE) != 0 && afterFailure(i, k, u, free) != 0)) {
          const c = unit32(d2);
          const offers = f64at(OfferCum, k * K + K - 1);
          if (c < offers) {
            let j = 0;
            while (c >= f64at(OfferCum, k * K + j)) j++;
            setU16(Happened, i, u16at(Happened, i) | OFFER);
            if (free) considerRival(i, K, k, j, f64at(OfferDiscount, j), d1, wS, wT, wPrice, wIncentive, wKinship, fitWeight, priceWeightInSatisfaction, tieCost, noiseSd);
          } else {
            const s32 = f32at(Satisfaction, i);
            if (<i32>(s32 < searchBelow) & <i32>((c - offers) / (1 - offers) < (searchRate * (searchBelow - s32)) / (searchBelow - 1))) {
              // decision.ts search()
              const stay = wS * s32 + wT * f32at(Trust, i);
              const rk = pointsAtStake(f64at(Programme, k), toF64(u16at(Tenure, i)));
              const j = strongestRival(i, K, k, stay, f32at(PriceSensitivity, i), wIncentive * f32at(DealSensitivity, i), rk, wS, fitWeight);
              setU16(Happened, i, u16at(Happened, i) | SEARCHED);
              if (j >= 0 && free) considerRival(i, K, k, j, 0, d1, wS, wT, wPrice, wIncentive, wKinship, fitWeight, priceWeightInSatisfaction, tieCost, noiseSd);
            }
          }
        }
      }
    }

    // ── tallies of those who left (tally.ts tallyCustomers) ──
    const h = u16at(Happened, i);
    const k = u8at(Provider, i);
    const tr = u8at(Tier, i);
    if (h & LEFT) {
      const o = (u8at(LastProvider, i) * 3 + tr) * block;
      bump(tally, o + CHURNED);
      bump(tally, o + select<i32>(SWITCHED_OUT, EXITED, (h & SWITCHED) != 0));
      let js = DEFECTOR;
      if (k == NONE) {
        js = select<i32>(TERRORIST, DEFECTOR, f32at(Satisfaction, i) < terroristThreshold);
        store<u8>(JsClass + <usize>i, <u8>js);
      }
      bump(tally, o + js0 + js);
    }
    if (k == NONE) {
      if ((h & LEFT) == 0 && u8at(Grudge, i) > 0) bump(tally, (u8at(LastProvider, i) * 3 + tr) * block + js0 + TERRORIST);
      continue;
    }

    // ── loyalty type and class (attributeAll.ts) ──
    const sat = f32at(Satisfaction, i);
    const count = u8at(RivalCount, k);
    let type = MONOPOLY;
    let margin = Infinity;
    if (<i32>(u8at(Freedom, i) < freeLimit) & <i32>(count > 0)) {
      const ps = f32at(PriceSensitivity, i);
      const deal = wIncentive * f32at(DealSensitivity, i);
      const stay = wS * sat + wT * f32at(Trust, i);
      const rk = pointsAtStake(f64at(Programme, k), toF64(u16at(Tenure, i)));
      strongestRival(i, K, k, stay, ps, deal, rk, wS, fitWeight);
      const value = rivalValue, pr = rivalPrice, incentive = rivalIncentive;
      const tt = u8at(Traits, i);
      const kinship = choose((tt & 1) != 0 && (tt >> 4) == k, wKinship, 0);
      const cost = f32at(SwitchingCost, i) + choose((tt & 2) != 0, tieCost, 0) + f64at(LockIn, k);
      margin = value + pr + incentive + kinship + cost;
      type = typeOf(margin, value, pr, incentive, kinship, cost);
    }
    const js = jsClassOf(sat, type, margin);
    store<u8>(LoyaltyType + <usize>i, <u8>type);
    store<u8>(JsClass + <usize>i, <u8>js);

    // ── tallies of customers (tally.ts tallyCustomers) ──
    const o = (k * 3 + tr) * block;
    const tru = f32at(Trust, i);
    const ten = u16at(Tenure, i);
    const b = f32at(Budget, i);
    const sums = tally + (<usize>(o + sum0) << 3);
    store<f64>(sums, load<f64>(sums) + b * f32at(WalletShare, i));
    store<f64>(sums, load<f64>(sums, 8) + b, 8);
    store<f64>(sums, load<f64>(sums, 16) + sat, 16);
    store<f64>(sums, load<f64>(sums, 24) + tru, 24);
    store<f64>(sums, load<f64>(sums, 32) + toF64(ten), 32);
    store<f64>(sums, load<f64>(sums, 40) + f32at(PriceSensitivity, i), 40);
    bump(tally, o + typeClass + type * TYPES + js);
    bump(tally, o + events + select<i32>(0, select<i32>(32, 64, (h & SWITCHED) != 0), ten != 0) + (h & 31));
    bump(tally, o + mood + moodCode(sat, tru));
  }
  weyl = rw;
  return ri;
}

let weyl: i32 = 0;
/** The Weyl counter after the last step(). */
export function rngW(): i32 {
  return weyl;
}
