// The measure tallies: each customer is added to its firm × value-tier block of the tallies with
// a few sums and three joint histograms, once its loyalty type is set; foldTally() (tally.ts)
// then turns the blocks into the raw measures. Counting joint histograms instead of each measure
// separately makes the per-customer work 9 additions instead of ~30: money follows from spend
// and counts. Owns: nothing (reads every state; a leaver's class). Draws: none.
import { LEFT, NO_PROVIDER, SWITCHED } from '../kernel/customer.ts';
import {
  acc,
  BLOCK,
  budget,
  CHURNED,
  EVENTS,
  EXITED,
  grudge,
  happened,
  JS0,
  jsClass,
  lastProvider,
  loyaltyType,
  MOOD,
  priceSensitivity,
  provider,
  S,
  satisfaction,
  sc,
  SUM0,
  SWITCHED_OUT,
  tenure,
  tier,
  trust,
  TYPE_CLASS,
  walletShare,
} from '../kernel/layout.generated.ts';
import { addTwo, bump, chooseInt, f32at, floorInt, setU8, toF64, u16at, u8at } from '../kernel/platform.ts';
import { CLASS_COUNT, DEFECTOR, TERRORIST } from './loyalty.ts';

/** The satisfaction histogram's bins: a quarter of a point each from 1 to 5, so the Jones–Sasser
 *  zone limits (3.75 and 4.5) and the 3 below which customers talk fall on bin edges. */
export const BINS_PER_POINT = 4;
export const SATISFACTION_BINS = 4 * BINS_PER_POINT;
export const TIER_COUNT = 3;
/** Arrival codes of the events histogram: kept 0, switched in, entered. */
export const ARRIVAL_SWITCHED = 32;
export const ARRIVAL_ENTERED = 64;
export const PROMOTER = 0;
export const PASSIVE = 1;
export const DETRACTOR = 2;

/** Likelihood to recommend, 0–10, from satisfaction and trust. */
export function recommendScore(sat: f64, tru: f64): i32 {
  const x = floorInt(2.5 * (sat - 1) + 1.5 * tru);
  return chooseInt(x < 0, 0, chooseInt(x > 10, 10, x));
}

/** The satisfaction histogram's bin of a customer: quarter points from 1, lower edge included. */
export function satisfactionBin(sat: f64): i32 {
  const bin = floorInt((sat - 1) * BINS_PER_POINT);
  return chooseInt(bin < 0, 0, chooseInt(bin >= SATISFACTION_BINS, SATISFACTION_BINS - 1, bin));
}

/** The mood histogram's index for a customer: its satisfaction bin (a quarter point from 1), trust
 *  stage (cognitive < 1/3 ≤ affective < 2/3 ≤ behavioural) and NPS group. */
export function moodCode(sat: f64, tru: f64): i32 {
  const b = satisfactionBin(sat);
  const stage = chooseInt(tru < 1.0 / 3.0, 0, chooseInt(tru < 2.0 / 3.0, 1, 2));
  const ltr = recommendScore(sat, tru);
  return (b * 3 + stage) * 3 + chooseInt(ltr >= 9, PROMOTER, chooseInt(ltr >= 7, PASSIVE, DETRACTOR));
}

/** Jones–Sasser class of someone who just left the category: a terrorist if very unhappy. */
export function leaverClass(sat: f64): i32 {
  return chooseInt(sat < sc(S.terroristThreshold), TERRORIST, DEFECTOR);
}

/** Adds customers from..to−1 to the tallies: those who left to their former firm's block,
 *  current customers to their firm's. (The memory's pointers and the blocks' layout are read
 *  into locals once: every customer uses most of them.) */
export function apply(from: i32, to: i32, K: i32, t: i32): void {
  const tally = acc,
    Provider = provider,
    Tier = tier,
    Happened = happened,
    LastProvider = lastProvider;
  const Satisfaction = satisfaction,
    Trust = trust,
    Tenure = tenure,
    Budget = budget,
    WalletShare = walletShare;
  const PriceSensitivity = priceSensitivity,
    LoyaltyType = loyaltyType,
    JsClass = jsClass;
  const block = BLOCK,
    sum0 = SUM0,
    typeClass = TYPE_CLASS,
    events = EVENTS,
    mood = MOOD,
    js0 = JS0;
  for (let i = from; i < to; i++) {
    const h = u16at(Happened, i);
    const k = u8at(Provider, i);
    const tr = u8at(Tier, i);
    if (h & LEFT) {
      const o = (u8at(LastProvider, i) * TIER_COUNT + tr) * block;
      bump(tally, o + CHURNED);
      bump(tally, o + chooseInt((h & SWITCHED) != 0, SWITCHED_OUT, EXITED));
      let js = DEFECTOR;
      if (k == NO_PROVIDER) {
        js = leaverClass(f32at(Satisfaction, i));
        setU8(JsClass, i, js);
      }
      bump(tally, o + js0 + js);
    }
    if (k == NO_PROVIDER) {
      // a terrorist keeps talking about the firm it left
      if ((h & LEFT) == 0 && u16at(grudge, i) > 0) bump(tally, (u8at(LastProvider, i) * TIER_COUNT + tr) * block + js0 + TERRORIST);
      continue;
    }
    const o = (k * TIER_COUNT + tr) * block;
    const sat = f32at(Satisfaction, i);
    const tru = f32at(Trust, i);
    const ten = u16at(Tenure, i);
    const b = f32at(Budget, i);
    // the six sums two at a time: (spend, budget), (satisfaction, trust), (tenure, price sensitivity)
    addTwo(tally, o + sum0, b * f32at(WalletShare, i), b);
    addTwo(tally, o + sum0 + 2, sat, tru);
    addTwo(tally, o + sum0 + 4, toF64(ten), f32at(PriceSensitivity, i));
    bump(tally, o + typeClass + u8at(LoyaltyType, i) * CLASS_COUNT + u8at(JsClass, i));
    const arrival = chooseInt(ten != 0, 0, chooseInt((h & SWITCHED) != 0, ARRIVAL_SWITCHED, ARRIVAL_ENTERED));
    bump(tally, o + events + arrival + (h & 31));
    bump(tally, o + mood + moodCode(sat, tru));
  }
}
