// AssemblyScript: the period loop of ../period.ts, compiled to WebAssembly (npm run wasm writes
// period.wasm.ts; a test checks it is current). It is the model of the TypeScript passes it names
// (drivers/experience.ts, drivers/decision.ts, attributeAll.ts, tally.ts and the functions they
// call), transcribed operation for operation, and test/unit/model/wasm.test.ts checks that both
// engines leave every customer and every measure bit-identical. The TypeScript is the model as
// written and the reference; this is the form the period runs in, more than twice as fast.
// Where the speed comes from, measured one change at a time:
//  - no bounds, type or deoptimisation checks;
//  - two customers at a time in f64x2 lanes (experience, loyalty types, what may happen in a
//    decision), each lane doing exactly the scalar operations, so results do not change;
//  - choices on unpredictable data (which rival is strongest, which rule names the type) made
//    with vector masks: V8 turns scalar selects and float comparisons into branches;
//  - four random draws per xor4096 step of i32x4.

// ── constants of the TypeScript model ──
// HAPPENED bits (population.ts)
const FAILURE = 1, MAJOR = 2, COMPLAINED = 4, RESOLVED = 8, QUICK = 16, OFFER = 32, SEARCHED = 64;
const SWITCHED = 128, LEFT = 256, ENTERED = 512;
const NONE = 255; // NO_PROVIDER
// LOYALTY and JS (loyalty.ts)
const MONOPOLY = 0, INERTIA = 1, PRICE = 2, INCENTIVE = 3, VALUE = 4, KINSHIP = 5;
const APOSTLE = 0, LOYALIST = 1, MERCENARY = 2, HOSTAGE = 3, DEFECTOR = 4, TERRORIST = 5;
const TYPES = 6;
const POINTS_HORIZON: f64 = 24; // utility.ts
const UNRESOLVED_EXTRA: f64 = 0.3; // experience.ts

/** The scalars of a period, in the order wasmKernel.ts writes them (SCALARS there). */
const enum S {
  fitScale, qualitySd, baseSatisfaction, disconfirmationWeight, priceWeightInSatisfaction, satisfactionMemory,
  expectationAdaptation, expectationDrift, trustGain, trustLoss, norm, exitRate, freeBelow, searchBelow, searchRate,
  wS, wT, wPrice, wIncentive, wKinship, fitWeight, tieCost, noiseSd, terroristThreshold, terroristPeriods,
  majorShare, complaintRate, failureImpact, recoveryBonus, doWithout,
}

// ── where things are in memory: byte offsets, set by layout() from the table wasmKernel.ts writes ──
let provider: usize, lastProvider: usize, tier: usize, traits: usize, tenure: usize, joined: usize;
let satisfaction: usize, expectation: usize, trust: usize, switchingCost: usize, priceSensitivity: usize;
let dealSensitivity: usize, budget: usize, walletShare: usize, loyaltyType: usize, jsClass: usize;
let happened: usize, grudge: usize, fit: usize, freedom: usize;
// per firm, refreshed every period (f64 unless noted)
let typical: usize, personal: usize, failureRate: usize, price: usize, promise: usize, programme: usize;
let lockIn: usize, offerDiscount: usize, offerCum: usize, entryCum: usize, hasRival: usize /* u8 */;
let rivals: usize /* u8 */, rivalCount: usize /* u8 */, expectBase: usize, expectPrice: usize, priceGap: usize;
let complaintEncouragement: usize, recoveryRate: usize, recoverySpeed: usize, repurchase: usize, moves: usize;
let scalars: usize, rngState: usize, acc: usize, drawBuffer: usize;
// the tallies' block layout (tally.ts)
let BLOCK: i32, SUM0: i32, TYPE_CLASS: i32, EVENTS: i32, MOOD: i32, CHURNED: i32, SWITCHED_OUT: i32, EXITED: i32, JS0: i32;

/** Reads the table of offsets: 20 customer arrays in POPULATION_ORDER, 21 firm tables, then
 *  the scalars, the random state (132 words), the tallies and the draws of a chunk (wasmKernel.ts bind()). */
let cursor: usize = 0;
function next(): usize {
  const p = load<usize>(cursor);
  cursor += 4;
  return p;
}

export function layout(table: usize, block: i32, sum0: i32, typeClass: i32, events: i32, mood: i32, churned: i32, switchedOut: i32, exited: i32, js0: i32): void {
  cursor = table;
  provider = next(); lastProvider = next(); tier = next(); traits = next(); tenure = next(); joined = next();
  satisfaction = next(); expectation = next(); trust = next(); switchingCost = next(); priceSensitivity = next();
  dealSensitivity = next(); budget = next(); walletShare = next(); loyaltyType = next(); jsClass = next();
  happened = next(); grudge = next(); fit = next(); freedom = next();
  typical = next(); personal = next(); failureRate = next(); price = next(); promise = next(); programme = next();
  lockIn = next(); offerDiscount = next(); offerCum = next(); entryCum = next(); hasRival = next();
  rivals = next(); rivalCount = next(); expectBase = next(); expectPrice = next(); priceGap = next();
  complaintEncouragement = next(); recoveryRate = next(); recoverySpeed = next(); repurchase = next(); moves = next();
  scalars = next(); rngState = next(); acc = next(); drawBuffer = next(); stakeTable = next(); rivalRecords = next();
  fillStakeTable();
  BLOCK = block; SUM0 = sum0; TYPE_CLASS = typeClass; EVENTS = events; MOOD = mood;
  CHURNED = churned; SWITCHED_OUT = switchedOut; EXITED = exited; JS0 = js0;
}

// ── memory access ──
@inline function sc(n: S): f64 { return load<f64>(scalars + (<usize>n << 3)); }
@inline function f32at(base: usize, i: i32): f64 { return <f64>load<f32>(base + (<usize>i << 2)); }
@inline function setF32(base: usize, i: i32, x: f64): void { store<f32>(base + (<usize>i << 2), <f32>x); }
@inline function f64at(base: usize, i: i32): f64 { return load<f64>(base + (<usize>i << 3)); }
@inline function u8at(base: usize, i: i32): i32 { return <i32>load<u8>(base + <usize>i); }
@inline function u16at(base: usize, i: i32): i32 { return <i32>load<u16>(base + (<usize>i << 1)); }
@inline function setU16(base: usize, i: i32, x: i32): void { store<u16>(base + (<usize>i << 1), <u16>x); }
@inline function i8at(base: usize, i: i32): f64 { return toF64(<i32>load<i8>(base + <usize>i)); }
@inline function bump(base: usize, n: i32): void { const a = base + (<usize>n << 3); store<f64>(a, load<f64>(a) + 1); }
@inline function flag(i: i32, bits: i32): void { setU16(happened, i, u16at(happened, i) | bits); }

// ── arithmetic that gives exactly the TypeScript results without a data-dependent branch ──
// V8 compiles f64.min, f64.max, an f64 select and f64.convert_i32 to branches or to a cvtsi2sd
// that waits on a scratch register; SIMD pmin/pmax (one minpd/maxpd), an i64 select (a
// conditional move) and integer bits do neither. pmin(a, b) = b < a ? b : a; pmax(a, b) = a < b ? b : a.
@inline function pmin(a: f64, b: f64): f64 { return f64x2.extract_lane(f64x2.pmin(f64x2.splat(a), f64x2.splat(b)), 0); }
@inline function pmax(a: f64, b: f64): f64 { return f64x2.extract_lane(f64x2.pmax(f64x2.splat(a), f64x2.splat(b)), 0); }
@inline function choose(when: bool, a: f64, b: f64): f64 { return reinterpret<f64>(select<i64>(reinterpret<i64>(a), reinterpret<i64>(b), when)); }
/** A signed 32-bit integer as f64. */
@inline function toF64(x: i32): f64 { return reinterpret<f64>(0x4330000000000000 | <u64><u32>(x ^ 0x80000000)) - 4503601774854144.0; }
/** rng.ts unit32(): a 32-bit draw as a uniform in [0, 1). */
@inline function unit32(d: u32): f64 { return reinterpret<f64>(0x3ff0000000000000 | (<u64>d << 20)) - 1.0; }
/** The low 16 bits of a draw as a uniform in [0, 1), as decision.ts considerRival() reads its noise
 *  (rng.ts unitHigh16() of d is unit16(d >>> 16)). */
@inline function unit16(h: u32): f64 { return reinterpret<f64>(0x3ff0000000000000 | (<u64>(h & 0xffff) << 36)) - 1.0; }
/** branchless.ts clamp(): x < lo ? lo : x > hi ? hi : x. */
@inline function clamp(x: f64, lo: f64, hi: f64): f64 { return pmin(pmax(x, lo), hi); }
/** branchless.ts positivePart(). */
@inline function positivePart(x: f64): f64 { return (x + abs<f64>(x)) * 0.5; }
/** utility.ts pointsAtStake(), for an integer tenure: 1 + min(tenure, 24) / 24 takes 25 values,
 *  worked out once with the same operations and looked up (a division is slow and on the path). */
@inline function pointsAtStake(reward: f64, ten: i32): f64 { return reward * load<f64>(stakeTable + (<usize>min<i32>(ten, <i32>POINTS_HORIZON) << 3)); }
let stakeTable: usize = 0;
function fillStakeTable(): void {
  for (let n = 0; n <= <i32>POINTS_HORIZON; n++) {
    const ten = toF64(n);
    store<f64>(stakeTable + (<usize>n << 3), 1 + (ten - positivePart(ten - POINTS_HORIZON)) / POINTS_HORIZON);
  }
}

// ── the random stream ──
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
@inline function output(v: i32, w: i32): u32 { return <u32>(v + (w ^ <i32>(<u32>w >>> 16))); }

const WEYL = 0x61c88647;
// The stream's index and Weyl counter between fills.
let streamIndex: i32 = 0, weyl: i32 = 0;

/** Writes the stream's next `count` words to `out`: rng.ts fillDraws(), four words at a time.
 *  Four consecutive xor4096 steps are independent (each reads the word 33 places ahead, last
 *  written 95 steps before), so once the index is a multiple of 4 they run as one i32x4 step.
 *  Words 128–131 of the state mirror words 0–3, so the four words read never wrap. */
function fillDraws(out: usize, count: i32): void {
  const X = rngState;
  let ri = streamIndex, rw = weyl, n = 0;
  while (n < count && ((ri + 1) & 3) != 0) {
    rw += WEYL;
    ri = (ri + 1) & 127;
    store<u32>(out + (<usize>n << 2), output(advance(X, ri), rw));
    n++;
  }
  v128.store(X + 512, v128.load(X));
  const steps = i32x4(WEYL, 2 * WEYL, 3 * WEYL, 4 * WEYL);
  while (n + 4 <= count) {
    const at = (ri + 1) & 127;
    let v = v128.load(X + (<usize>((at + 33) & 127) << 2));
    let t = v128.load(X + (<usize>at << 2));
    v = v128.xor(v, i32x4.shl(v, 13));
    t = v128.xor(t, i32x4.shl(t, 17));
    v = v128.xor(v, i32x4.shr_u(v, 15));
    t = v128.xor(t, i32x4.shr_u(t, 12));
    v = v128.xor(v, t);
    v128.store(X + (<usize>at << 2), v);
    if (at == 0) v128.store(X + 512, v);
    const w = i32x4.add(i32x4.splat(rw), steps);
    v128.store(out + (<usize>n << 2), i32x4.add(v, v128.xor(w, i32x4.shr_u(w, 16))));
    rw += 4 * WEYL;
    ri = (ri + 4) & 127;
    n += 4;
  }
  while (n < count) {
    rw += WEYL;
    ri = (ri + 1) & 127;
    store<u32>(out + (<usize>n << 2), output(advance(X, ri), rw));
    n++;
  }
  streamIndex = ri;
  weyl = rw;
}

// ── experience.ts: a service failure ──
/** serviceFailure(): what a failure led to, from its uniform u < failureRate[k]. */
function serviceFailure(u: f64, k: i32): i32 {
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

/** failureQuality(). */
function failureQuality(hap: i32, k: i32, kt: i32): f64 {
  const impact = sc(S.failureImpact) * (hap & MAJOR ? 2 : 1);
  if (hap & QUICK) return sc(S.recoveryBonus) * (1 + f64at(personal, kt));
  if (hap & RESOLVED) return -(impact / 2);
  if (hap & COMPLAINED) return -(impact * (1 + UNRESOLVED_EXTRA));
  return -impact;
}

// ── decision.ts: moves ──
/** join(): customer i starts buying from firm j in period t. */
function join(i: i32, K: i32, j: i32, t: i32): void {
  // advertising promises set expectations before the first purchase
  setF32(expectation, i, pmin(5.5, f32at(expectation, i) + 0.5 * f64at(promise, j)));
  setF32(satisfaction, i, expectedSatisfaction(i, K, j, 0));
  store<u8>(provider + <usize>i, <u8>j);
  setU16(tenure, i, 0);
  setU16(joined, i, t);
  setF32(trust, i, 0.05);
  setF32(walletShare, i, 0.4);
}

/** enter(). */
function enter(i: i32, K: i32, j: i32, t: i32): void {
  join(i, K, j, t);
  flag(i, ENTERED);
  bump(moves, K * (K + 1) + j);
}

/** leave(). */
function leave(i: i32, K: i32, k: i32): void {
  store<u8>(lastProvider + <usize>i, <u8>k);
  store<u8>(provider + <usize>i, <u8>NONE);
  flag(i, LEFT);
  store<u8>(grudge + <usize>i, <u8>(f32at(satisfaction, i) < sc(S.terroristThreshold) ? <i32>sc(S.terroristPeriods) : 0));
  bump(moves, k * (K + 1) + K);
}

/** switchTo(). */
function switchTo(i: i32, K: i32, k: i32, j: i32, t: i32): void {
  store<u8>(lastProvider + <usize>i, <u8>k);
  join(i, K, j, t);
  flag(i, SWITCHED | LEFT);
  bump(moves, k * (K + 1) + j);
}

// ── utility.ts: how a customer weighs staying against a rival ──
// rivalRecords + (k·K + n)·32: what customers of firm k weigh against their n-th open rival j,
// rebuilt every period: expectBase[j], expectPrice[j], priceGap[k·K + j], programme[j].
let rivalRecords: usize = 0;
function recordRivals(K: i32): void {
  for (let k = 0; k < K; k++)
    for (let n = 0, count = u8at(rivalCount, k); n < count; n++) {
      const j = u8at(rivals, k * K + n);
      const at = rivalRecords + (<usize>(k * K + n) << 5);
      store<f64>(at, f64at(expectBase, j));
      store<f64>(at, f64at(expectPrice, j), 8);
      store<f64>(at, f64at(priceGap, k * K + j), 16);
      store<f64>(at, f64at(programme, j), 24);
    }
}

/** expectedSatisfaction(). */
function expectedSatisfaction(i: i32, K: i32, j: i32, discount: f64): f64 {
  const priceEffect = sc(S.priceWeightInSatisfaction) * (f64at(price, j) * (1 - discount) - 1);
  return clamp(f64at(expectBase, j) + sc(S.fitWeight) * i8at(fit, i * K + j) - f32at(priceSensitivity, i) * priceEffect, 1, 5);
}

/** The value part of stay − rival j for customer i (compare(), VALUE). */
@inline function valueAgainst(i: i32, K: i32, j: i32, stay: f64, ps: f64, wS: f64, fitWeight: f64): f64 {
  return stay - wS * clamp(f64at(expectBase, j) + fitWeight * i8at(fit, i * K + j) - ps * f64at(expectPrice, j), 1, 5);
}

// The strongest rival's parts, left here by strongestRival() (wasm has no out-parameters).
let partValue: f64 = 0, partPrice: f64 = 0, partIncentive: f64 = 0;

/** strongestRival(): the open rival that threatens customer i of firm k most, or −1. The loop
 *  only keeps the best margin and its rival (an integer conditional move: which rival wins is a
 *  coin toss the branch predictor would lose); the winner's parts are then worked out again,
 *  with the same operations, which is cheaper than carrying them through the loop. */
@inline function strongestRival(i: i32, K: i32, k: i32, wS: f64, wT: f64, wIncentive: f64, fitWeight: f64): i32 {
  const ps = f32at(priceSensitivity, i);
  const deal = wIncentive * f32at(dealSensitivity, i);
  const stay = wS * f32at(satisfaction, i) + wT * f32at(trust, i);
  const rk = pointsAtStake(f64at(programme, k), u16at(tenure, i));
  let best = Infinity;
  let bj = -1;
  for (let n = 0, count = u8at(rivalCount, k); n < count; n++) {
    const j = u8at(rivals, k * K + n);
    const mj = valueAgainst(i, K, j, stay, ps, wS, fitWeight) + ps * f64at(priceGap, k * K + j) + deal * (rk - f64at(programme, j));
    bj = select<i32>(j, bj, mj < best);
    best = pmin(best, mj);
  }
  if (bj >= 0) {
    partValue = valueAgainst(i, K, bj, stay, ps, wS, fitWeight);
    partPrice = ps * f64at(priceGap, k * K + bj);
    partIncentive = deal * (rk - f64at(programme, bj));
  }
  return bj;
}

/** switchingCostOf() for traits tt. */
@inline function switchingCostOf(i: i32, k: i32, tt: i32): f64 {
  return f32at(switchingCost, i) + choose((tt & 2) != 0, sc(S.tieCost), 0) + f64at(lockIn, k);
}

/** kinTo(tt, k) ? wKinship : 0 (a branch: kinship is rare, so it is predicted). */
@inline function kinshipOf(tt: i32, k: i32): f64 {
  return (tt & 1) != 0 && (tt >> 4) == k ? sc(S.wKinship) : 0;
}

/** considerRival() with compare(): a free customer of k weighs rival j offering `discount`,
 *  with decision noise from the low half of draw d1, and switches if the rival wins. */
@inline function considerRival(i: i32, K: i32, k: i32, j: i32, discount: f64, d1: u32, t: i32): void {
  const noise = sc(S.noiseSd) * (unit16(d1) - 0.5);
  const ps = f32at(priceSensitivity, i);
  const wS = sc(S.wS);
  const stay = wS * f32at(satisfaction, i) + sc(S.wT) * f32at(trust, i);
  const value = stay - wS * expectedSatisfaction(i, K, j, discount);
  const pr = ps * (-sc(S.wPrice) * (f64at(price, k) - f64at(price, j) * (1 - discount)));
  const incentive = sc(S.wIncentive) * f32at(dealSensitivity, i) * (pointsAtStake(f64at(programme, k), u16at(tenure, i)) - f64at(programme, j));
  const tt = u8at(traits, i);
  if (value + pr + incentive + kinshipOf(tt, k) + switchingCostOf(i, k, tt) + noise < 0) switchTo(i, K, k, j, t);
}

/** afterFailure(): after a service failure the customer may go (TARP, softened by trust).
 *  Returns whether it left. */
function afterFailure(i: i32, K: i32, k: i32, u: f64, free: bool, t: i32): bool {
  const hap = u16at(happened, i);
  const o = hap & MAJOR ? 4 : 0;
  const rep = !(hap & COMPLAINED) ? f64at(repurchase, o) : !(hap & RESOLVED) ? f64at(repurchase, o + 1) : f64at(repurchase, o + (hap & QUICK ? 3 : 2));
  const stay = 1 - (1 - rep) * (1 - f32at(trust, i));
  if (u < stay) return false;
  if (free) {
    switchTo(i, K, k, strongestRival(i, K, k, sc(S.wS), sc(S.wT), sc(S.wIncentive), sc(S.fitWeight)), t);
    return true;
  }
  if ((u - stay) / (1 - stay) < sc(S.doWithout)) {
    leave(i, K, k);
    return true;
  }
  return false;
}

// ── loyalty.ts ──
/** RULE_TYPE, four bits per rule: bit 0 value, 1 inertia, 2 price, 3 incentive, 4 kinship, 5 inertia. */
const RULE_TYPES = VALUE | (INERTIA << 4) | (PRICE << 8) | (INCENTIVE << 12) | (KINSHIP << 16) | (INERTIA << 20);

/** typeOf(). */
@inline function typeOf(margin: f64, value: f64, price: f64, incentive: f64, kinship: f64, cost: f64): i32 {
  const holds =
    (<i32>(margin < 0) << 5) |
    (<i32>(margin < kinship) << 4) |
    (<i32>(margin < incentive) << 3) |
    (<i32>(margin < price) << 2) |
    (<i32>(margin < cost) << 1) |
    <i32>(value + pmin(price, 0) + pmin(incentive, 0) >= 0);
  return typeFromRules(holds, price, incentive, kinship, cost);
}

/** The type named by the first attribution rule that holds (rule bits as typeOf() makes them). */
@inline function typeFromRules(holds: i32, price: f64, incentive: f64, kinship: f64, cost: f64): i32 {
  return holds != 0 ? (RULE_TYPES >> ((31 - clz<i32>(holds)) << 2)) & 15 : jointType(price, incentive, kinship, cost);
}

/** typeOf(), rule 8: several supports hold it jointly; the largest names it. */
function jointType(price: f64, incentive: f64, kinship: f64, cost: f64): i32 {
  let type = INERTIA;
  let best = cost;
  if (price > best) { best = price; type = PRICE; }
  if (incentive > best) { best = incentive; type = INCENTIVE; }
  if (kinship > best) type = KINSHIP;
  return type;
}

/** Types that are true loyalty (loyalty.ts classRule): monopoly, value, kinship, as bits. */
const TRUE_LOYALTY = (1 << MONOPOLY) | (1 << VALUE) | (1 << KINSHIP);

/** jsClassOf(). */
@inline function jsClassOf(sat: f64, type: i32, margin: f64): i32 {
  return classFromTests(<i32>(sat > 3.75) | (<i32>(sat > 4.5) << 1) | (<i32>(margin >= 0) << 2), type);
}

/** The Jones–Sasser class from its tests (bit 0 satisfaction > 3.75, bit 1 > 4.5, bit 2 held)
 *  and the loyalty type. */
@inline function classFromTests(tests: i32, type: i32): i32 {
  const held = (tests >> 2) & 1;
  const loyal = held & (TRUE_LOYALTY >> type);
  const satisfied = select<i32>(select<i32>(APOSTLE, LOYALIST, (tests & 2) != 0), MERCENARY, (loyal & 1) != 0);
  return select<i32>(satisfied, select<i32>(HOSTAGE, DEFECTOR, held != 0), (tests & 1) != 0);
}

// ── tally.ts ──
/** moodCode(). */
@inline function moodCode(sat: f64, tru: f64): i32 {
  const bin = <i32>floor<f64>((sat - 1) * 2);
  const b = select<i32>(0, select<i32>(7, bin, bin >= 8), bin < 0);
  const stage = select<i32>(0, select<i32>(1, 2, tru < 2.0 / 3.0), tru < 1.0 / 3.0);
  const x = <i32>floor<f64>(2.5 * (sat - 1) + 1.5 * tru);
  const ltr = select<i32>(0, select<i32>(10, x, x > 10), x < 0);
  return (b * 3 + stage) * 3 + select<i32>(0, select<i32>(1, 2, ltr >= 7), ltr >= 9);
}

/** period.ts stepCustomers() for customers 0..size−1 of K firms in period t, the stream at
 *  index ri and Weyl counter rw, CHUNK customers at a time: their draws, their lives, then their
 *  types and tallies (shorter loops keep fewer values live than one, and the chunk stays in
 *  cache). Returns the stream's index; rngW() gives its counter. */
export function step(size: i32, K: i32, t: i32, ri: i32, rw: i32): i32 {
  streamIndex = ri;
  weyl = rw;
  recordRivals(K);
  for (let from = 0; from < size; from += CHUNK) {
    const to = min<i32>(size, from + CHUNK);
    fillDraws(drawBuffer, (to - from) * 4);
    chunkStart = from;
    live(from, to, K, t);
    classify(from, to, K);
  }
  return streamIndex;
}

const CHUNK = 1024;

/** Experience and decisions of customers from..to−1, with their draws in drawBuffer: as
 *  applyExperience then applyDecisions do for a chunk. */
function live(from: i32, to: i32, K: i32, t: i32): void {
  let i = from;
  for (; i + 1 < to; i += 2) experiencePair(i, K);
  if (i < to) experienceOne(i, K);
  decide(from, to, K, t);
}

/** The draws of customer i in the chunk starting at `from`. */
@inline function drawAt(i: i32, from: i32, n: i32): u32 {
  return load<u32>(drawBuffer + (<usize>(i - from) << 4) + (<usize>n << 2));
}
let chunkStart: i32 = 0;

/** applyExperience() for one customer (a prospect is left alone: decide() clears it). */
function experienceOne(i: i32, K: i32): void {
  const k = u8at(provider, i);
  if (k == NONE) return;
  const d0 = drawAt(i, chunkStart, 0), d1 = drawAt(i, chunkStart, 1);
  const kt = k * 3 + u8at(tier, i);
  const typ = f64at(typical, kt) + sc(S.fitScale) * i8at(fit, i * K + k);
  let q = typ + sc(S.qualitySd) * (unit16(d1 >>> 16) - 0.5);
  let hap = 0;
  const uf = unit32(d0);
  if (uf < f64at(failureRate, k)) {
    hap = serviceFailure(uf, k);
    q += failureQuality(hap, k, kt);
  }
  setU16(happened, i, hap);
  const e = f32at(expectation, i);
  const instant = sc(S.baseSatisfaction) + sc(S.disconfirmationWeight) * (q - e) - sc(S.priceWeightInSatisfaction) * f32at(priceSensitivity, i) * (f64at(price, k) - 1);
  const s0 = f32at(satisfaction, i);
  const sat = s0 + sc(S.satisfactionMemory) * (clamp(instant, 1, 5) - s0);
  setF32(satisfaction, i, sat);
  const heard = 0.5 * typ + (1 - 0.5) * sc(S.norm); // OWN_EXPERIENCE = 0.5
  const ne = e + sc(S.expectationAdaptation) * (heard + f64at(promise, k) - e) + sc(S.expectationDrift);
  setF32(expectation, i, clamp(ne, 1, 5.5));
  let tru = f32at(trust, i);
  tru += sc(S.trustGain) * positivePart(sat - 4.25) * (1 + f64at(personal, kt)) * (1 - tru) - sc(S.trustLoss) * positivePart(3.75 - sat) * tru;
  tru = afterComplaint(hap, tru);
  setF32(trust, i, clamp(tru, 0, 1));
  const target = 0.35 + 0.2 * (sat - 3) + 0.25 * tru + 0.5 * f32at(dealSensitivity, i) * f64at(programme, k);
  const ws = f32at(walletShare, i);
  setF32(walletShare, i, ws + 0.15 * (clamp(target, 0.05, 1) - ws));
  const ten = u16at(tenure, i);
  if (ten < 65535) setU16(tenure, i, ten + 1);
}

/** Trust after a quick recovery or an ignored complaint. */
@inline function afterComplaint(hap: i32, tru: f64): f64 {
  if (hap & QUICK) return tru + 0.1 * (1 - tru);
  if ((hap & COMPLAINED) != 0 && (hap & RESOLVED) == 0) return tru * 0.7;
  return tru;
}

// f64x2 helpers for two customers side by side
@inline function pair(a: f64, b: f64): v128 { return f64x2.replace_lane(f64x2.splat(a), 1, b); }
@inline function splat(x: f64): v128 { return f64x2.splat(x); }
/** Two consecutive float32 attributes, as f64x2. */
@inline function f32pair(base: usize, i: i32): v128 { return f64x2.promote_low_f32x4(v128.load64_zero(base + (<usize>i << 2))); }
/** Stores f64x2 x, rounded to float32, as two consecutive attributes. */
@inline function setF32pair(base: usize, i: i32, x: v128): void { v128.store64_lane(base + (<usize>i << 2), f32x4.demote_f64x2_zero(x), 0); }
@inline function clamp2(x: v128, lo: f64, hi: f64): v128 { return f64x2.pmin(f64x2.pmax(x, splat(lo)), splat(hi)); }
@inline function positivePart2(x: v128): v128 { return f64x2.mul(f64x2.add(x, f64x2.abs(x)), splat(0.5)); }
@inline function unit16pair(a: u32, b: u32): v128 {
  const bits = i64x2.replace_lane(i64x2.splat(0x3ff0000000000000 | (<u64>(a & 0xffff) << 36)), 1, 0x3ff0000000000000 | (<u64>(b & 0xffff) << 36));
  return f64x2.sub(bits, splat(1.0));
}

/** applyExperience() for customers i and i+1 at once, each lane doing exactly the operations
 *  of experienceOne(): the arithmetic of two customers for the instructions of one. A pair with
 *  a prospect, and the rare lanes with a service failure, take the one-customer path. */
function experiencePair(i: i32, K: i32): void {
  const ka = u8at(provider, i), kb = u8at(provider, i + 1);
  if (ka == NONE || kb == NONE) {
    experienceOne(i, K);
    experienceOne(i + 1, K);
    return;
  }
  const from = chunkStart;
  const ufa = unit32(drawAt(i, from, 0)), ufb = unit32(drawAt(i + 1, from, 0));
  if (ufa < f64at(failureRate, ka) || ufb < f64at(failureRate, kb)) {
    experienceOne(i, K);
    experienceOne(i + 1, K);
    return;
  }
  setU16(happened, i, 0);
  setU16(happened, i + 1, 0);
  const kta = ka * 3 + u8at(tier, i), ktb = kb * 3 + u8at(tier, i + 1);
  const fits = f64x2.convert_low_i32x4_s(i32x4.replace_lane(i32x4.splat(<i32>load<i8>(fit + <usize>(i * K + ka))), 1, <i32>load<i8>(fit + <usize>((i + 1) * K + kb))));
  const typ = f64x2.add(pair(f64at(typical, kta), f64at(typical, ktb)), f64x2.mul(splat(sc(S.fitScale)), fits));
  const q = f64x2.add(typ, f64x2.mul(splat(sc(S.qualitySd)), f64x2.sub(unit16pair(drawAt(i, from, 1) >>> 16, drawAt(i + 1, from, 1) >>> 16), splat(0.5))));
  const e = f32pair(expectation, i);
  const priceTerm = f64x2.sub(pair(f64at(price, ka), f64at(price, kb)), splat(1));
  const instant = f64x2.sub(
    f64x2.add(splat(sc(S.baseSatisfaction)), f64x2.mul(splat(sc(S.disconfirmationWeight)), f64x2.sub(q, e))),
    f64x2.mul(f64x2.mul(splat(sc(S.priceWeightInSatisfaction)), f32pair(priceSensitivity, i)), priceTerm),
  );
  const s0 = f32pair(satisfaction, i);
  const sat = f64x2.add(s0, f64x2.mul(splat(sc(S.satisfactionMemory)), f64x2.sub(clamp2(instant, 1, 5), s0)));
  setF32pair(satisfaction, i, sat);
  const heard = f64x2.add(f64x2.mul(splat(0.5), typ), splat((1 - 0.5) * sc(S.norm)));
  const ne = f64x2.add(
    f64x2.add(e, f64x2.mul(splat(sc(S.expectationAdaptation)), f64x2.sub(f64x2.add(heard, pair(f64at(promise, ka), f64at(promise, kb))), e))),
    splat(sc(S.expectationDrift)),
  );
  setF32pair(expectation, i, clamp2(ne, 1, 5.5));
  let tru = f32pair(trust, i);
  const gain = f64x2.mul(
    f64x2.mul(f64x2.mul(splat(sc(S.trustGain)), positivePart2(f64x2.sub(sat, splat(4.25)))), f64x2.add(splat(1), pair(f64at(personal, kta), f64at(personal, ktb)))),
    f64x2.sub(splat(1), tru),
  );
  const loss = f64x2.mul(f64x2.mul(splat(sc(S.trustLoss)), positivePart2(f64x2.sub(splat(3.75), sat))), tru);
  tru = f64x2.add(tru, f64x2.sub(gain, loss));
  setF32pair(trust, i, clamp2(tru, 0, 1));
  const target = f64x2.add(
    f64x2.add(f64x2.add(splat(0.35), f64x2.mul(splat(0.2), f64x2.sub(sat, splat(3)))), f64x2.mul(splat(0.25), tru)),
    f64x2.mul(f64x2.mul(splat(0.5), f32pair(dealSensitivity, i)), pair(f64at(programme, ka), f64at(programme, kb))),
  );
  const ws = f32pair(walletShare, i);
  setF32pair(walletShare, i, f64x2.add(ws, f64x2.mul(splat(0.15), f64x2.sub(clamp2(target, 0.05, 1), ws))));
  const tena = u16at(tenure, i), tenb = u16at(tenure, i + 1);
  if (tena < 65535) setU16(tenure, i, tena + 1);
  if (tenb < 65535) setU16(tenure, i + 1, tenb + 1);
}

/** applyDecisions() for customers from..to−1, after their experience. Two customers are
 *  tested at once for whether anything can happen to them (leaving, a failure, an offer, a
 *  search: about one in six a period); only those go through decideOne(). */
function decide(from: i32, to: i32, K: i32, t: i32): void {
  const exitRate = splat(sc(S.exitRate)), searchBelow = sc(S.searchBelow), searchRate = splat(sc(S.searchRate));
  const below = splat(searchBelow), belowMinusOne = splat(searchBelow - 1), one = splat(1);
  let i = from;
  for (; i + 1 < to; i += 2) {
    const ka = u8at(provider, i), kb = u8at(provider, i + 1);
    if (ka == NONE || kb == NONE || ((u16at(happened, i) | u16at(happened, i + 1)) & FAILURE) != 0) {
      if (ka == NONE) prospectOne(i, K, t);
      else decideOne(i, K, t);
      if (kb == NONE) prospectOne(i + 1, K, t);
      else decideOne(i + 1, K, t);
      continue;
    }
    const u = unit32pair(drawAt(i, from, 3), drawAt(i + 1, from, 3));
    const c = unit32pair(drawAt(i, from, 2), drawAt(i + 1, from, 2));
    const offers = gather(offerCum, ka * K + K - 1, kb * K + K - 1);
    const sat = f32pair(satisfaction, i);
    const searches = v128.and(
      f64x2.lt(sat, below),
      f64x2.lt(f64x2.mul(f64x2.sub(c, offers), belowMinusOne), f64x2.mul(f64x2.mul(searchRate, f64x2.sub(below, sat)), f64x2.sub(one, offers))),
    );
    const acts = v128.or(v128.or(f64x2.lt(u, exitRate), f64x2.lt(c, offers)), searches);
    if (i64x2.extract_lane(acts, 0) != 0) decideOne(i, K, t);
    if (i64x2.extract_lane(acts, 1) != 0) decideOne(i + 1, K, t);
  }
  if (i < to) decideOne(i, K, t);
}

/** Two 32-bit draws as uniforms in [0, 1): unit32() in two lanes. */
@inline function unit32pair(a: u32, b: u32): v128 {
  return f64x2.sub(i64x2.replace_lane(i64x2.splat(0x3ff0000000000000 | (<u64>a << 20)), 1, 0x3ff0000000000000 | (<u64>b << 20)), splat(1.0));
}

/** applyDecisions() for prospect i: it may enter the category with the firm its draw falls on. */
function prospectOne(i: i32, K: i32, t: i32): void {
  setU16(happened, i, 0);
  const g = u8at(grudge, i);
  if (g > 0) store<u8>(grudge + <usize>i, <u8>(g - 1));
  const u = unit32(drawAt(i, chunkStart, 3));
  if (u < f64at(entryCum, K - 1)) {
    let j = 0;
    while (u >= f64at(entryCum, j)) j++;
    if (!(g > 0 && j == u8at(lastProvider, i))) enter(i, K, j, t); // a terrorist does not come back
  }
}

/** applyDecisions() for customer i. */
function decideOne(i: i32, K: i32, t: i32): void {
  const from = chunkStart;
  const Provider = provider, Satisfaction = satisfaction, Happened = happened, Freedom = freedom;
  const exitRate = sc(S.exitRate), searchBelow = sc(S.searchBelow), searchRate = sc(S.searchRate);
  const wS = sc(S.wS), wT = sc(S.wT), wIncentive = sc(S.wIncentive), fitWeight = sc(S.fitWeight);
  // freedom (an integer) < freeBelow exactly when freedom < ⌈freeBelow⌉
  const freeLimit = <i32>ceil<f64>(sc(S.freeBelow));
  const d1 = drawAt(i, from, 1), d2 = drawAt(i, from, 2), d3 = drawAt(i, from, 3);
  const k = u8at(Provider, i);
  if (k == NONE) {
    prospectOne(i, K, t);
    return;
  }
  const hap = u16at(Happened, i);
  const u = unit32(d3);
  if (u < exitRate) leave(i, K, k); // life events, whatever it thinks of the firm
  else {
    const free = u8at(hasRival, k) == 1 && u8at(Freedom, i) < freeLimit;
    if (!((hap & FAILURE) != 0 && afterFailure(i, K, k, (u - exitRate) / (1 - exitRate), free, t))) {
      // a rival's offer, or the customer's own search when dissatisfied
      const c = unit32(d2);
      const offers = f64at(offerCum, k * K + K - 1);
      if (c < offers) {
        let j = 0;
        while (c >= f64at(offerCum, k * K + j)) j++;
        flag(i, OFFER);
        if (free) considerRival(i, K, k, j, f64at(offerDiscount, j), d1, t);
      } else {
        const s32 = f32at(Satisfaction, i);
        if (<i32>(s32 < searchBelow) & <i32>((c - offers) * (searchBelow - 1) < searchRate * (searchBelow - s32) * (1 - offers))) {
          // search()
          const j = strongestRival(i, K, k, wS, wT, wIncentive, fitWeight);
          flag(i, SEARCHED);
          if (j >= 0 && free) considerRival(i, K, k, j, 0, d1, t);
        }
      }
    }
  }
}

/** Loyalty types, classes and tallies of customers from..to−1, after their decisions: as
 *  attributeAll then tallyCustomers do for a chunk. */
function classify(from: i32, to: i32, K: i32): void {
  let i = from;
  for (; i + 1 < to; i += 2) attributePair(i, K);
  if (i < to) attributeOne(i, K);
  tallyChunk(from, to);
}

/** attributeAll() for customer i (not a prospect). */
function attributeOne(i: i32, K: i32): void {
  const k = u8at(provider, i);
  if (k == NONE) return;
  const sat = f32at(satisfaction, i);
  let type = MONOPOLY;
  let margin = Infinity;
  if (<i32>(u8at(freedom, i) < <i32>ceil<f64>(sc(S.freeBelow))) & <i32>(u8at(rivalCount, k) > 0)) {
    strongestRival(i, K, k, sc(S.wS), sc(S.wT), sc(S.wIncentive), sc(S.fitWeight));
    const value = partValue, pr = partPrice, incentive = partIncentive;
    const tt = u8at(traits, i);
    const kinship = kinshipOf(tt, k);
    const cost = switchingCostOf(i, k, tt);
    margin = value + pr + incentive + kinship + cost;
    type = typeOf(margin, value, pr, incentive, kinship, cost);
  }
  store<u8>(loyaltyType + <usize>i, <u8>type);
  store<u8>(jsClass + <usize>i, <u8>jsClassOf(sat, type, margin));
}

/** f64x2 of two table entries, a at index ia and b at ib. */
@inline function gather(base: usize, ia: i32, ib: i32): v128 { return pair(f64at(base, ia), f64at(base, ib)); }

/** attributeAll() for customers i and i+1 at once: the rivals of both weighed in f64x2 lanes,
 *  each lane doing exactly attributeOne()'s operations, the first strictly best rival kept per
 *  lane with a mask. Pairs that are not two free customers with as many rivals go one by one. */
function attributePair(i: i32, K: i32): void {
  const ka = u8at(provider, i), kb = u8at(provider, i + 1);
  const freeLimit = <i32>ceil<f64>(sc(S.freeBelow));
  if (ka == NONE || kb == NONE || u8at(freedom, i) >= freeLimit || u8at(freedom, i + 1) >= freeLimit) {
    attributeOne(i, K);
    attributeOne(i + 1, K);
    return;
  }
  const count = u8at(rivalCount, ka);
  if (count == 0 || u8at(rivalCount, kb) != count) {
    attributeOne(i, K);
    attributeOne(i + 1, K);
    return;
  }
  const wS = splat(sc(S.wS)), fitWeight = splat(sc(S.fitWeight));
  const sat = f32pair(satisfaction, i);
  const ps = f32pair(priceSensitivity, i);
  const deal = f64x2.mul(splat(sc(S.wIncentive)), f32pair(dealSensitivity, i));
  const stay = f64x2.add(f64x2.mul(wS, sat), f64x2.mul(splat(sc(S.wT)), f32pair(trust, i)));
  const rk = pair(pointsAtStake(f64at(programme, ka), u16at(tenure, i)), pointsAtStake(f64at(programme, kb), u16at(tenure, i + 1)));
  const fitA = fit + <usize>(i * K), fitB = fit + <usize>((i + 1) * K);
  let best = splat(Infinity);
  let value = splat(0), pr = splat(0), incentive = splat(0);
  for (let n = 0; n < count; n++) {
    const ja = u8at(rivals, ka * K + n), jb = u8at(rivals, kb * K + n);
    const fits = f64x2.convert_low_i32x4_s(i32x4.replace_lane(i32x4.splat(<i32>load<i8>(fitA + <usize>ja)), 1, <i32>load<i8>(fitB + <usize>jb)));
    // each lane's rival record, two v128 loads, regrouped by field
    const ra = rivalRecords + (<usize>(ka * K + n) << 5), rb = rivalRecords + (<usize>(kb * K + n) << 5);
    const a01 = v128.load(ra), b01 = v128.load(rb), a23 = v128.load(ra, 16), b23 = v128.load(rb, 16);
    const expected = clamp2(f64x2.sub(f64x2.add(v128.shuffle<i64>(a01, b01, 0, 2), f64x2.mul(fitWeight, fits)), f64x2.mul(ps, v128.shuffle<i64>(a01, b01, 1, 3))), 1, 5);
    const v = f64x2.sub(stay, f64x2.mul(wS, expected));
    const pj = f64x2.mul(ps, v128.shuffle<i64>(a23, b23, 0, 2));
    const ij = f64x2.mul(deal, f64x2.sub(rk, v128.shuffle<i64>(a23, b23, 1, 3)));
    const m = f64x2.add(f64x2.add(v, pj), ij);
    // a lane takes this rival's parts only where it is strictly better: a mask, not a branch
    const better = f64x2.lt(m, best);
    best = f64x2.pmin(best, m);
    value = v128.bitselect(v, value, better);
    pr = v128.bitselect(pj, pr, better);
    incentive = v128.bitselect(ij, incentive, better);
  }
  const tta = u8at(traits, i), ttb = u8at(traits, i + 1);
  const kinship = pair(kinshipOf(tta, ka), kinshipOf(ttb, kb));
  const tie = splat(sc(S.tieCost));
  const cost = f64x2.add(
    f64x2.add(f32pair(switchingCost, i), v128.and(tie, i64x2.replace_lane(i64x2.splat(-<i64>((tta >> 1) & 1)), 1, -<i64>((ttb >> 1) & 1)))),
    gather(lockIn, ka, kb),
  );
  const margin = f64x2.add(f64x2.add(f64x2.add(f64x2.add(value, pr), incentive), kinship), cost);
  // typeOf()'s rule bits for both lanes at once
  const zero = splat(0);
  const holds = v128.or(
    v128.or(
      v128.and(f64x2.lt(margin, zero), i64x2.splat(32)),
      v128.or(v128.and(f64x2.lt(margin, kinship), i64x2.splat(16)), v128.and(f64x2.lt(margin, incentive), i64x2.splat(8))),
    ),
    v128.or(
      v128.or(v128.and(f64x2.lt(margin, pr), i64x2.splat(4)), v128.and(f64x2.lt(margin, cost), i64x2.splat(2))),
      v128.and(f64x2.ge(f64x2.add(f64x2.add(value, f64x2.pmin(pr, zero)), f64x2.pmin(incentive, zero)), zero), i64x2.splat(1)),
    ),
  );
  // jsClassOf()'s tests for both lanes: bit 0 satisfaction > 3.75, bit 1 > 4.5, bit 2 held
  const tests = v128.or(
    v128.or(v128.and(f64x2.gt(sat, splat(3.75)), i64x2.splat(1)), v128.and(f64x2.gt(sat, splat(4.5)), i64x2.splat(2))),
    v128.and(f64x2.ge(margin, zero), i64x2.splat(4)),
  );
  storeType(i, <i32>i64x2.extract_lane(holds, 0), <i32>i64x2.extract_lane(tests, 0), f64x2.extract_lane(pr, 0), f64x2.extract_lane(incentive, 0), f64x2.extract_lane(kinship, 0), f64x2.extract_lane(cost, 0));
  storeType(i + 1, <i32>i64x2.extract_lane(holds, 1), <i32>i64x2.extract_lane(tests, 1), f64x2.extract_lane(pr, 1), f64x2.extract_lane(incentive, 1), f64x2.extract_lane(kinship, 1), f64x2.extract_lane(cost, 1));
}

/** typeOf() from its rule bits, then jsClassOf() from its test bits; stores both for customer i. */
@inline function storeType(i: i32, holds: i32, tests: i32, pr: f64, incentive: f64, kinship: f64, cost: f64): void {
  const type = typeFromRules(holds, pr, incentive, kinship, cost);
  store<u8>(loyaltyType + <usize>i, <u8>type);
  store<u8>(jsClass + <usize>i, <u8>classFromTests(tests, type));
}

/** tallyCustomers(): those who left to their former firm's block, customers to their firm's. */
function tallyChunk(from: i32, to: i32): void {
  const tally = acc;
  const Provider = provider, Tier = tier, Tenure = tenure, Satisfaction = satisfaction;
  const Trust = trust, PriceSensitivity = priceSensitivity, Budget = budget, WalletShare = walletShare, Happened = happened;
  const terroristThreshold = sc(S.terroristThreshold);
  const block = BLOCK, sum0 = SUM0, typeClass = TYPE_CLASS, events = EVENTS, mood = MOOD, js0 = JS0;
  for (let i = from; i < to; i++) {
    const h = u16at(Happened, i);
    const k = u8at(Provider, i);
    const tr = u8at(Tier, i);
    if (h & LEFT) {
      const o = (u8at(lastProvider, i) * 3 + tr) * block;
      bump(tally, o + CHURNED);
      bump(tally, o + select<i32>(SWITCHED_OUT, EXITED, (h & SWITCHED) != 0));
      let js = DEFECTOR;
      if (k == NONE) {
        js = select<i32>(TERRORIST, DEFECTOR, f32at(Satisfaction, i) < terroristThreshold);
        store<u8>(jsClass + <usize>i, <u8>js);
      }
      bump(tally, o + js0 + js);
    }
    if (k == NONE) {
      // a terrorist keeps talking about the firm it left
      if ((h & LEFT) == 0 && u8at(grudge, i) > 0) bump(tally, (u8at(lastProvider, i) * 3 + tr) * block + js0 + TERRORIST);
      continue;
    }
    const sat = f32at(Satisfaction, i);
    const type = u8at(loyaltyType, i), js = u8at(jsClass, i);
    const o = (k * 3 + tr) * block;
    const tru = f32at(Trust, i);
    const ten = u16at(Tenure, i);
    const b = f32at(Budget, i);
    const sums = tally + (<usize>(o + sum0) << 3);
    // the six sums two at a time: (spend, budget), (satisfaction, trust), (tenure, price sensitivity)
    v128.store(sums, f64x2.add(v128.load(sums), pair(b * f32at(WalletShare, i), b)));
    v128.store(sums, f64x2.add(v128.load(sums, 16), pair(sat, tru)), 16);
    v128.store(sums, f64x2.add(v128.load(sums, 32), pair(toF64(ten), f32at(PriceSensitivity, i))), 32);
    bump(tally, o + typeClass + type * TYPES + js);
    bump(tally, o + events + select<i32>(0, select<i32>(32, 64, (h & SWITCHED) != 0), ten != 0) + (h & 31));
    bump(tally, o + mood + moodCode(sat, tru));
  }
}

/** The Weyl counter after the last step(). */
export function rngW(): i32 {
  return weyl;
}
