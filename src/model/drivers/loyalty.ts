// Why does a customer stay? (MODEL.md §3) Counterfactual attribution against the rival that
// threatens it most, using exactly the terms of the switching decision (kernel/utility.ts):
//
//   margin = value + price + incentive + kinship + switchingCost      (stays while margin ≥ 0)
//
// Attribution order — the first rule that holds names the type:
//   1. monopoly   not free to choose, or no rival is open to it            (an alternative appears)
//   2. inertia    margin < 0: it would leave if it looked; habit keeps it  (it looks)
//   3. kinship    margin − kinship < 0                                     (the tie ends)
//   4. incentive  margin − incentive < 0                                   (the rewards stop)
//   5. price      margin − price < 0                                       (a cheaper offer comes)
//   6. inertia    margin − switchingCost < 0                               (switching becomes free)
//   7. value      value alone (with any price or reward handicap) ≥ 0      (robust)
//   8. otherwise several supports hold it jointly: the largest of them names the type.
// Bought supports (kinship, incentive, price) are tested before switching cost so that loyalty a
// firm pays for is never reported as habit; value is what is left when nothing bought is needed.
// Then the Jones–Sasser class from satisfaction and the attribution.
// Owns: loyaltyType, jsClass. Draws: none.
import { NO_PROVIDER, NUMBER_TIE } from '../kernel/customer.ts';
import { AFFECTION_ZONE, DEFECTION_ZONE } from '../kernel/scales.ts';
import {
  dealSensitivity,
  fit,
  jsClass,
  loyaltyType,
  priceSensitivity,
  programme,
  provider,
  rivalCount,
  rivalRecords,
  rivals,
  S,
  satisfaction,
  sc,
  switchingCost,
  tenure,
  traits,
  trust,
  lockIn,
} from '../kernel/layout.generated.ts';
import { bit, chooseInt, f32at, f64at, highestBit, pmin, setU8, u16at, u8at } from '../kernel/platform.ts';
import {
  freedomLimit,
  freeToChoose,
  freeUnder,
  kinshipOf,
  pointsAtStake,
  strongestIncentive,
  strongestPrice,
  strongestRival,
  strongestValue,
  switchingCostOf,
} from '../kernel/utility.ts';
import { f32pair, gather, maskPair, pair, splat, i8pair } from '../kernel/lanes.ts';
import {
  classTestsLanes,
  costOfSwitchingLanes,
  incentiveAgainstLanes,
  marginOfLanes,
  priceAdvantageLanes,
  rewardWeightLanes,
  rivalMarginLanes,
  ruleBitsLanes,
  stayValueLanes,
  valueAgainstLanes,
} from '../kernel/lanes.generated.ts';

// Loyalty types (loyalty.ts names them).
export const MONOPOLY = 0;
export const INERTIA = 1;
export const PRICE = 2;
export const INCENTIVE = 3;
export const VALUE = 4;
export const KINSHIP = 5;
export const TYPE_COUNT = 6;
// Jones–Sasser classes.
export const APOSTLE = 0;
export const LOYALIST = 1;
export const MERCENARY = 2;
export const HOSTAGE = 3;
export const DEFECTOR = 4;
export const TERRORIST = 5;
export const CLASS_COUNT = 6;

/** The type each rule of the order names, four bits per rule, indexed by the rule's bit in
 *  ruleBits(): bit 0 value, 1 inertia, 2 price, 3 incentive, 4 kinship, 5 inertia. */
const RULE_TYPES = VALUE | (INERTIA << 4) | (PRICE << 8) | (INCENTIVE << 12) | (KINSHIP << 16) | (INERTIA << 20);
/** Types that are true loyalty (held by value, kinship or a monopoly), as bits. */
const TRUE_LOYALTY = (1 << MONOPOLY) | (1 << VALUE) | (1 << KINSHIP);

/** Rules 2–7 tested all at once as bits, the first rule in the order on the highest bit, so the
 *  first that holds is the highest set bit: which rule holds is data the branch predictor cannot
 *  guess. (Once margin ≥ 0, "x > 0 and margin − x < 0" is just margin < x; below 0 rule 2 wins.)
 *  @lanes */
export function ruleBits(margin: f64, value: f64, price: f64, incentive: f64, kinship: f64, cost: f64): i32 {
  return (
    (bit(margin < 0) << 5) |
    (bit(margin < kinship) << 4) |
    (bit(margin < incentive) << 3) |
    (bit(margin < price) << 2) |
    (bit(margin < cost) << 1) |
    bit(value + pmin(price, 0) + pmin(incentive, 0) >= 0)
  );
}

/** Rule 8: several supports hold it jointly; the largest names it. */
export function jointType(price: f64, incentive: f64, kinship: f64, cost: f64): i32 {
  let type = INERTIA;
  let best = cost;
  if (price > best) {
    best = price;
    type = PRICE;
  }
  if (incentive > best) {
    best = incentive;
    type = INCENTIVE;
  }
  if (kinship > best) type = KINSHIP;
  return type;
}

/** The type named by the first rule that holds, from ruleBits(). */
export function typeFromRules(holds: i32, price: f64, incentive: f64, kinship: f64, cost: f64): i32 {
  return holds != 0 ? (RULE_TYPES >> (highestBit(holds) << 2)) & 15 : jointType(price, incentive, kinship, cost);
}

/** Rules 2–8 of the attribution order, from the parts of the margin (rule 1 is the caller's). */
export function typeOf(margin: f64, value: f64, price: f64, incentive: f64, kinship: f64, cost: f64): i32 {
  return typeFromRules(ruleBits(margin, value, price, incentive, kinship, cost), price, incentive, kinship, cost);
}

/** The Jones–Sasser tests: bit 0 satisfaction > 3.75, bit 1 > 4.5, bit 2 held (margin ≥ 0). @lanes */
export function classTests(sat: f64, margin: f64): i32 {
  return bit(sat > DEFECTION_ZONE) | (bit(sat > AFFECTION_ZONE) << 1) | (bit(margin >= 0) << 2);
}

/** What keeps a customer against its strongest rival: stay − rival + switching cost. @lanes */
export function marginOf(value: f64, price: f64, incentive: f64, kinship: f64, cost: f64): f64 {
  return value + price + incentive + kinship + cost;
}

/** The Jones–Sasser class of a current customer from its tests and loyalty type: apostle
 *  (delighted, held by true loyalty), loyalist (satisfied, held by it), mercenary (satisfied,
 *  held by anything else or not held), hostage (unhappy but held), defector (unhappy, not held). */
export function classFromTests(tests: i32, type: i32): i32 {
  const held = (tests >> 2) & 1;
  const loyal = held & (TRUE_LOYALTY >> type);
  const satisfied = chooseInt((loyal & 1) != 0, chooseInt((tests & 2) != 0, APOSTLE, LOYALIST), MERCENARY);
  return chooseInt((tests & 1) != 0, satisfied, chooseInt(held != 0, HOSTAGE, DEFECTOR));
}

export function jsClassOf(sat: f64, type: i32, margin: f64): i32 {
  return classFromTests(classTests(sat, margin), type);
}

// The last attribution's margin, for attributeOne()'s callers outside the period (the inspector).
let lastMargin: f64 = 0;
export function attributedMargin(): f64 {
  return lastMargin;
}

/** Loyalty type and class of customer i (not a prospect); returns the type. */
export function attributeOne(i: i32, K: i32): i32 {
  const k = u8at(provider, i);
  let type = MONOPOLY;
  let margin = Infinity;
  if ((bit(freeToChoose(i)) & bit(u8at(rivalCount, k) > 0)) != 0) {
    strongestRival(i, K, k);
    const value = strongestValue();
    const pr = strongestPrice();
    const incentive = strongestIncentive();
    const tt = u8at(traits, i);
    const kinship = kinshipOf(tt, k);
    const cost = switchingCostOf(i, k, tt);
    margin = marginOf(value, pr, incentive, kinship, cost);
    type = typeOf(margin, value, pr, incentive, kinship, cost);
  }
  setU8(loyaltyType, i, type);
  setU8(jsClass, i, jsClassOf(f32at(satisfaction, i), type, margin));
  lastMargin = margin;
  return type;
}

/** Loyalty types and classes of the current customers among from..to−1. */
export function apply(from: i32, to: i32, K: i32, t: i32): void {
  let i = from;
  if (ASC_TARGET != 0) i = attributePairs(from, to, K);
  for (; i < to; i++) if (u8at(provider, i) != NO_PROVIDER) attributeOne(i, K);
}

// ── two customers at a time (WebAssembly only) ──
/** attributeOne() for customers two at a time, as far as pairs go (returns where the pairs
 *  stopped): for each pair, the rivals of both weighed with the rules' lane
 *  versions (generated), the first strictly best rival kept per lane with a mask, then
 *  ruleBits() and classTests() in lanes. Pairs that are not two free customers with as many
 *  rivals go one by one. (The memory's pointers and the scalars are read once for the chunk.) */
function attributePairs(from: i32, to: i32, K: i32): i32 {
  const Provider = provider,
    RivalCount = rivalCount,
    Satisfaction = satisfaction,
    PriceSensitivity = priceSensitivity;
  const DealSensitivity = dealSensitivity,
    Trust = trust,
    Programme = programme,
    Tenure = tenure,
    Fit = fit,
    Rivals = rivals;
  const RivalRecords = rivalRecords,
    Traits = traits,
    SwitchingCost = switchingCost,
    LockIn = lockIn;
  const wS = splat(sc(S.wS));
  const wT = splat(sc(S.wT));
  const fitWeight = splat(sc(S.fitWeight));
  const tieCost = splat(sc(S.tieCost));
  const freeLimit = freedomLimit();
  let i = from;
  for (; i + 1 < to; i += 2) {
    const ka = u8at(Provider, i);
    const kb = u8at(Provider, i + 1);
    const count = ka == NO_PROVIDER ? 0 : u8at(RivalCount, ka);
    if (ka == NO_PROVIDER || kb == NO_PROVIDER || !freeUnder(i, freeLimit) || !freeUnder(i + 1, freeLimit) || count == 0 || u8at(RivalCount, kb) != count) {
      if (ka != NO_PROVIDER) attributeOne(i, K);
      if (kb != NO_PROVIDER) attributeOne(i + 1, K);
      continue;
    }
    const sat = f32pair(Satisfaction, i);
    const ps = f32pair(PriceSensitivity, i);
    const deal = rewardWeightLanes(f32pair(DealSensitivity, i));
    const stay = stayValueLanes(wS, wT, sat, f32pair(Trust, i));
    const rk = pair(pointsAtStake(f64at(Programme, ka), u16at(Tenure, i)), pointsAtStake(f64at(Programme, kb), u16at(Tenure, i + 1)));
    const fitA = Fit + <usize>(i * K);
    const fitB = Fit + <usize>((i + 1) * K);
    let best = splat(Infinity);
    let value = splat(0);
    let pr = splat(0);
    let incentive = splat(0);
    for (let n = 0; n < count; n++) {
      const fits = i8pair(fitA + <usize>u8at(Rivals, ka * K + n), fitB + <usize>u8at(Rivals, kb * K + n));
      // each lane's rival record (kernel/utility.ts recordRivals), two v128 loads, regrouped by field
      const ra = RivalRecords + ((<usize>(ka * K + n)) << 5);
      const rb = RivalRecords + ((<usize>(kb * K + n)) << 5);
      const a01 = v128.load(ra);
      const b01 = v128.load(rb);
      const a23 = v128.load(ra, 16);
      const b23 = v128.load(rb, 16);
      const v = valueAgainstLanes(stay, wS, v128.shuffle<i64>(a01, b01, 0, 2), fitWeight, fits, ps, v128.shuffle<i64>(a01, b01, 1, 3));
      const pj = priceAdvantageLanes(ps, v128.shuffle<i64>(a23, b23, 0, 2));
      const ij = incentiveAgainstLanes(deal, rk, v128.shuffle<i64>(a23, b23, 1, 3));
      const m = rivalMarginLanes(v, pj, ij);
      // a lane takes this rival's parts only where it is strictly better: a mask, not a branch
      const better = f64x2.lt(m, best);
      best = f64x2.pmin(best, m);
      value = v128.bitselect(v, value, better);
      pr = v128.bitselect(pj, pr, better);
      incentive = v128.bitselect(ij, incentive, better);
    }
    const tta = u8at(Traits, i);
    const ttb = u8at(Traits, i + 1);
    const kinship = pair(kinshipOf(tta, ka), kinshipOf(ttb, kb));
    const tie = v128.and(tieCost, maskPair((tta & NUMBER_TIE) != 0, (ttb & NUMBER_TIE) != 0));
    const cost = costOfSwitchingLanes(f32pair(SwitchingCost, i), tie, gather(LockIn, ka, kb));
    const margin = marginOfLanes(value, pr, incentive, kinship, cost);
    const holds = ruleBitsLanes(margin, value, pr, incentive, kinship, cost);
    const tests = classTestsLanes(sat, margin);
    storeTypes(i, holds, tests, pr, incentive, kinship, cost);
  }
  return i;
}

/** typeFromRules() and classFromTests() for each lane; stores both for customers i and i+1. */
function storeTypes(i: i32, holds: v128, tests: v128, pr: v128, incentive: v128, kinship: v128, cost: v128): void {
  const a = typeFromRules(
    <i32>i64x2.extract_lane(holds, 0),
    f64x2.extract_lane(pr, 0),
    f64x2.extract_lane(incentive, 0),
    f64x2.extract_lane(kinship, 0),
    f64x2.extract_lane(cost, 0),
  );
  const b = typeFromRules(
    <i32>i64x2.extract_lane(holds, 1),
    f64x2.extract_lane(pr, 1),
    f64x2.extract_lane(incentive, 1),
    f64x2.extract_lane(kinship, 1),
    f64x2.extract_lane(cost, 1),
  );
  setU8(loyaltyType, i, a);
  setU8(loyaltyType, i + 1, b);
  setU8(jsClass, i, classFromTests(<i32>i64x2.extract_lane(tests, 0), a));
  setU8(jsClass, i + 1, classFromTests(<i32>i64x2.extract_lane(tests, 1), b));
}
