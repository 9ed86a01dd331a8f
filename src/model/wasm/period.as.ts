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
@external("env", "consider") declare function consider(i: i32, k: i32, j: i32, discount: f64, noiseBits: i32): void;
@external("env", "search") declare function search(i: i32, k: i32, noiseBits: i32, free: i32): void;

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
@inline function add(base: usize, n: i32, x: f64): void { const a = base + (<usize>n << 3); store<f64>(a, load<f64>(a) + x); }
/** branchless.ts clamp() */
@inline function clamp(x: f64, lo: f64, hi: f64): f64 { return select<f64>(lo, select<f64>(hi, x, x > hi), x < lo); }
/** branchless.ts positivePart() */
@inline function positivePart(x: f64): f64 { return (x + abs<f64>(x)) * 0.5; }
/** utility.ts pointsAtStake() */
@inline function pointsAtStake(reward: f64, ten: f64): f64 { return reward * (1 + (ten - positivePart(ten - POINTS_HORIZON)) / POINTS_HORIZON); }

/** loyalty.ts typeOf() */
function typeOf(margin: f64, value: f64, price: f64, incentive: f64, kinship: f64, cost: f64): i32 {
  if (margin < 0) return INERTIA;
  if (kinship > 0 && margin - kinship < 0) return KINSHIP;
  if (incentive > 0 && margin - incentive < 0) return INCENTIVE;
  if (price > 0 && margin - price < 0) return PRICE;
  if (cost > 0 && margin - cost < 0) return INERTIA;
  if (value + min<f64>(0, price) + min<f64>(0, incentive) >= 0) return VALUE;
  let type = INERTIA;
  let best = cost;
  if (price > best) { best = price; type = PRICE; }
  if (incentive > best) { best = incentive; type = INCENTIVE; }
  if (kinship > best) type = KINSHIP;
  return type;
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
export function step(
  size: i32, K: i32, ri: i32, rw: i32,
  // experience
  fitScale: f64, qualitySd: f64, baseSatisfaction: f64, disconfirmationWeight: f64, priceWeightInSatisfaction: f64,
  satisfactionMemory: f64, expectationAdaptation: f64, expectationDrift: f64, trustGain: f64, trustLoss: f64, norm: f64,
  // decisions
  exitRate: f64, freeBelow: f64, searchBelow: f64, searchRate: f64,
  // loyalty types and tallies
  wS: f64, wT: f64, wIncentive: f64, wKinship: f64, fitWeight: f64, tieCost: f64, terroristThreshold: f64,
): i32 {
  const X = rngState;
  const enterBelow = f64at(entryCum, K - 1);
  for (let i = 0; i < size; i++) {
    // ── four draws (rng.ts fillDraws) ──
    let d0: u32 = 0, d1: u32 = 0, d2: u32 = 0, d3: u32 = 0;
    for (let n = 0; n < 4; n++) {
      rw = rw + 0x61c88647;
      let v = load<i32>(X + (<usize>((ri + 34) & 127) << 2));
      ri = (ri + 1) & 127;
      let t = load<i32>(X + (<usize>ri << 2));
      v ^= v << 13;
      t ^= t << 17;
      v ^= <i32>(<u32>v >>> 15);
      t ^= <i32>(<u32>t >>> 12);
      v ^= t;
      store<i32>(X + (<usize>ri << 2), v);
      const d = <u32>(v + (rw ^ <i32>(<u32>rw >>> 16)));
      if (n == 0) d0 = d; else if (n == 1) d1 = d; else if (n == 2) d2 = d; else d3 = d;
    }

    const k0 = u8at(provider, i);
    if (k0 == NONE) {
      // ── prospect (applyExperience, applyDecisions) ──
      setU16(happened, i, 0);
      const g = u8at(grudge, i);
      if (g > 0) store<u8>(grudge + <usize>i, <u8>(g - 1));
      const u = <f64>d3 * 2.3283064365386963e-10;
      if (u < enterBelow) {
        let j = 0;
        while (u >= f64at(entryCum, j)) j++;
        if (!(g > 0 && j == u8at(lastProvider, i))) enter(i, j);
      }
    } else {
      // ── experience (drivers/experience.ts applyExperience) ──
      const k = k0;
      const kt = k * 3 + u8at(tier, i);
      const typ = f64at(typical, kt) + fitScale * <f64>load<i8>(fit + <usize>(i * K + k));
      let q = typ + qualitySd * (<f64>(d1 >>> 16) * 0.0000152587890625 - 0.5);
      let hap = 0;
      const uf = <f64>d0 * 2.3283064365386963e-10;
      if (uf < f64at(failureRate, k)) {
        q += failure(i, k, uf); // sets happened
        hap = u16at(happened, i);
      } else setU16(happened, i, 0);
      const e = f32at(expectation, i);
      const instant = baseSatisfaction + disconfirmationWeight * (q - e) - priceWeightInSatisfaction * f32at(priceSensitivity, i) * (f64at(price, k) - 1);
      const clamped = clamp(instant, 1, 5);
      const s0 = f32at(satisfaction, i);
      const sat = s0 + satisfactionMemory * (clamped - s0);
      setF32(satisfaction, i, sat);
      const heard = 0.5 * typ + (1 - 0.5) * norm;
      const ne = e + expectationAdaptation * (heard + f64at(promise, k) - e) + expectationDrift;
      setF32(expectation, i, clamp(ne, 1, 5.5));
      let tru = f32at(trust, i);
      tru += trustGain * positivePart(sat - 4.25) * (1 + f64at(personal, kt)) * (1 - tru) - trustLoss * positivePart(3.75 - sat) * tru;
      if (hap & QUICK) tru += 0.1 * (1 - tru);
      else if ((hap & COMPLAINED) != 0 && (hap & RESOLVED) == 0) tru *= 0.7;
      setF32(trust, i, clamp(tru, 0, 1));
      const target = 0.35 + 0.2 * (sat - 3) + 0.25 * tru + 0.5 * f32at(dealSensitivity, i) * f64at(programme, k);
      const ws = f32at(walletShare, i);
      setF32(walletShare, i, ws + 0.15 * (clamp(target, 0.05, 1) - ws));
      const ten = u16at(tenure, i);
      if (ten < 65535) setU16(tenure, i, ten + 1);

      // ── decisions (drivers/decision.ts applyDecisions) ──
      let u = <f64>d3 * 2.3283064365386963e-10;
      if (u < exitRate) leave(i, k);
      else {
        u = (u - exitRate) / (1 - exitRate);
        const free = <i32>(u8at(hasRival, k) == 1 && <f64>u8at(freedom, i) < freeBelow);
        if (!((u16at(happened, i) & FAILURE) != 0 && afterFailure(i, k, u, free) != 0)) {
          const c = <f64>d2 * 2.3283064365386963e-10;
          const offers = f64at(offerCum, k * K + K - 1);
          if (c < offers) {
            let j = 0;
            while (c >= f64at(offerCum, k * K + j)) j++;
            setU16(happened, i, u16at(happened, i) | OFFER);
            if (free) consider(i, k, j, f64at(offerDiscount, j), <i32>(d1 & 0xffff));
          } else {
            const s32 = f32at(satisfaction, i);
            if (s32 < searchBelow && (c - offers) / (1 - offers) < (searchRate * (searchBelow - s32)) / (searchBelow - 1))
              search(i, k, <i32>(d1 & 0xffff), free);
          }
        }
      }
    }

    // ── tallies of those who left (tally.ts tallyCustomers) ──
    const h = u16at(happened, i);
    const k = u8at(provider, i);
    const tr = u8at(tier, i);
    if (h & LEFT) {
      const o = (u8at(lastProvider, i) * 3 + tr) * BLOCK;
      bump(acc, o + CHURNED);
      bump(acc, o + select<i32>(SWITCHED_OUT, EXITED, (h & SWITCHED) != 0));
      let js = DEFECTOR;
      if (k == NONE) {
        js = select<i32>(TERRORIST, DEFECTOR, f32at(satisfaction, i) < terroristThreshold);
        store<u8>(jsClass + <usize>i, <u8>js);
      }
      bump(acc, o + JS0 + js);
    }
    if (k == NONE) {
      if ((h & LEFT) == 0 && u8at(grudge, i) > 0) bump(acc, (u8at(lastProvider, i) * 3 + tr) * BLOCK + JS0 + TERRORIST);
      continue;
    }

    // ── loyalty type and class (attributeAll.ts) ──
    const sat = f32at(satisfaction, i);
    const count = u8at(rivalCount, k);
    let type = MONOPOLY;
    let margin = Infinity;
    if (<f64>u8at(freedom, i) < freeBelow && count > 0) {
      const ps = f32at(priceSensitivity, i);
      const deal = wIncentive * f32at(dealSensitivity, i);
      const stay = wS * sat + wT * f32at(trust, i);
      const rk = pointsAtStake(f64at(programme, k), <f64>u16at(tenure, i));
      let best = Infinity, value: f64 = 0, pr: f64 = 0, incentive: f64 = 0;
      for (let n = 0; n < count; n++) {
        const j = u8at(rivals, k * K + n);
        const v = stay - wS * clamp(f64at(expectBase, j) + fitWeight * <f64>load<i8>(fit + <usize>(i * K + j)) - ps * f64at(expectPrice, j), 1, 5);
        const pj = ps * f64at(priceGap, k * K + j);
        const ij = deal * (rk - f64at(programme, j));
        const mj = v + pj + ij;
        const better = mj < best;
        best = select<f64>(mj, best, better);
        value = select<f64>(v, value, better);
        pr = select<f64>(pj, pr, better);
        incentive = select<f64>(ij, incentive, better);
      }
      const tt = u8at(traits, i);
      const kinship = select<f64>(wKinship, 0, (tt & 1) != 0 && (tt >> 4) == k);
      const cost = f32at(switchingCost, i) + select<f64>(tieCost, 0, (tt & 2) != 0) + f64at(lockIn, k);
      margin = value + pr + incentive + kinship + cost;
      type = typeOf(margin, value, pr, incentive, kinship, cost);
    }
    const js = jsClassOf(sat, type, margin);
    store<u8>(loyaltyType + <usize>i, <u8>type);
    store<u8>(jsClass + <usize>i, <u8>js);

    // ── tallies of customers (tally.ts tallyCustomers) ──
    const o = (k * 3 + tr) * BLOCK;
    const tru = f32at(trust, i);
    const ten = u16at(tenure, i);
    const b = f32at(budget, i);
    add(acc, o + SUM0, b * f32at(walletShare, i));
    add(acc, o + SUM0 + 1, b);
    add(acc, o + SUM0 + 2, sat);
    add(acc, o + SUM0 + 3, tru);
    add(acc, o + SUM0 + 4, <f64>ten);
    add(acc, o + SUM0 + 5, f32at(priceSensitivity, i));
    bump(acc, o + TYPE_CLASS + type * TYPES + js);
    const arrival = select<i32>(0, select<i32>(32, 64, (h & SWITCHED) != 0), ten != 0);
    bump(acc, o + EVENTS + arrival + (h & 31));
    bump(acc, o + MOOD + moodCode(sat, tru));
  }
  weyl = rw;
  return ri;
}

let weyl: i32 = 0;
/** The Weyl counter after the last step(). */
export function rngW(): i32 {
  return weyl;
}
