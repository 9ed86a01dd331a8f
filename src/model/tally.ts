// The measure tallies' layout and their folding into measures. The kernel's tally driver
// (drivers/tally.ts) adds each customer to its firm × value-tier block with a few sums and three
// joint histograms; foldTally() then turns the blocks into the raw measures (measures.ts).
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import { HAPPENED, onHeap, type Allocate } from './population.ts';
import { JS_CLASSES, LOYALTY_TYPES } from './loyalty.ts';
import { M, MEASURE_COUNT, RAW_COUNT, SATISFACTION_BINS, SEGMENTS } from './measures.ts';
import { ARRIVAL_ENTERED, BINS_PER_POINT, ARRIVAL_SWITCHED, DETRACTOR, PASSIVE, PROMOTER, recommendScore, TIER_COUNT as TIERS } from './drivers/tally.ts';

export { recommendScore, ARRIVAL_ENTERED, ARRIVAL_SWITCHED };

const SEGS = SEGMENTS.length;
export const TIER_COUNT = TIERS;

// One block per firm × tier: the raw measures first (the rare ones — churn, switches, classes
// of those who left — are counted there directly), then sums and histograms of customers.
/** Sums over current customers. */
export const SUM = {
  spend: RAW_COUNT,
  budget: RAW_COUNT + 1,
  satisfaction: RAW_COUNT + 2,
  trust: RAW_COUNT + 3,
  tenure: RAW_COUNT + 4,
  priceSensitivity: RAW_COUNT + 5,
} as const;
const TYPES = LOYALTY_TYPES.length;
const CLASSES = JS_CLASSES.length;
/** Histogram of loyalty type × Jones–Sasser class: index type · CLASSES + class. */
export const TYPE_CLASS = RAW_COUNT + 6;
/** Histogram of what happened: index arrival · 32 + (happened & 31), arrival 0 kept, 1 switched in, 2 entered. */
export const EVENTS = TYPE_CLASS + TYPES * CLASSES;
const EVENT_CODES = 96;
/** Histogram of satisfaction bin × trust stage × recommendation: index (bin · 3 + stage) · 3 + nps. */
export const MOOD = EVENTS + EVENT_CODES;
const MOOD_CODES = SATISFACTION_BINS * 9;
export const BLOCK = MOOD + MOOD_CODES;
export const NPS = { promoter: PROMOTER, passive: PASSIVE, detractor: DETRACTOR } as const;

export function createTally(firms: number, allocate: Allocate = onHeap): Float64Array {
  return allocate(Float64Array, firms * TIER_COUNT * BLOCK);
}

/** Fills the raw measures of every firm × segment block of `values` (segment 0 = all tiers)
 *  from the blocks of `acc`, and clears `acc` for the next period. */
export function foldTally(acc: Float64Array, m: Market, p: Params, values: Float64Array): void {
  values.fill(0);
  for (let k = 0; k < m.firms; k++)
    for (let t = 0; t < TIER_COUNT; t++) {
      const o = (k * TIER_COUNT + t) * BLOCK;
      foldBlock(acc, o, m, p, k, t);
      for (let r = 0; r < RAW_COUNT; r++) {
        const x = acc[o + r];
        values[(k * SEGS + 1 + t) * MEASURE_COUNT + r] = x;
        values[k * SEGS * MEASURE_COUNT + r] += x;
      }
    }
  acc.fill(0);
}

function foldBlock(acc: Float64Array, o: number, m: Market, p: Params, k: number, t: number): void {
  let customers = 0;
  for (let type = 0; type < TYPES; type++)
    for (let c = 0; c < CLASSES; c++) {
      const n = acc[o + TYPE_CLASS + type * CLASSES + c];
      customers += n;
      acc[o + M.type_monopoly + type] += n;
      acc[o + M.js_apostle + c] += n;
    }
  acc[o + M.customers] = customers;

  for (let code = 0; code < EVENT_CODES; code++) {
    const n = acc[o + EVENTS + code];
    if (n === 0) continue;
    const arrival = code & (ARRIVAL_SWITCHED | ARRIVAL_ENTERED);
    if (arrival === 0) acc[o + M.retained] += n;
    else {
      acc[o + M.acquired] += n;
      acc[o + (arrival === ARRIVAL_SWITCHED ? M.switchedIn : M.entered)] += n;
    }
    if (code & HAPPENED.failure) acc[o + M.failures] += n;
    if (code & HAPPENED.complained) acc[o + M.complaints] += n;
    if (code & HAPPENED.resolved) {
      acc[o + M.resolved] += n;
      acc[o + M.recoveryCost] += n * p.recoveryCost[k] * (code & HAPPENED.quick ? 1.5 : 1);
    }
    if (code & HAPPENED.quick) acc[o + M.resolvedQuickly] += n;
  }

  const NPS_MEASURE = [M.promoters, M.passives, M.detractors];
  for (let code = 0; code < MOOD_CODES; code++) {
    const n = acc[o + MOOD + code];
    if (n === 0) continue;
    const bin = Math.floor(code / 9);
    acc[o + M.sat0 + bin] += n;
    acc[o + M.trustCognitive + (Math.floor(code / 3) % 3)] += n;
    acc[o + NPS_MEASURE[code % 3]] += n;
    if (bin < 2 * BINS_PER_POINT) acc[o + M.unhappy] += n; // below 3
  }

  const spend = acc[o + SUM.spend];
  const price = m.lever.price[k];
  const reward = m.lever.programme[k];
  acc[o + M.spendWithFirm] = spend;
  acc[o + M.budgetOfCustomers] = acc[o + SUM.budget];
  acc[o + M.revenue] = spend * price;
  acc[o + M.cogs] = spend * m.unitCost[k];
  acc[o + M.programmeCost] = reward > 0 ? spend * price * reward + customers * p.programmeCostPerMember[k] : 0;
  acc[o + M.personalisationCost] = customers * p.personalisationCost[k] * m.personal[k * 3 + t];
  acc[o + M.onboardingCost] = acc[o + M.acquired] * p.onboardingCost[k];
  acc[o + M.satisfactionSum] = acc[o + SUM.satisfaction];
  acc[o + M.trustSum] = acc[o + SUM.trust];
  acc[o + M.tenureSum] = acc[o + SUM.tenure];
  acc[o + M.priceSensitivitySum] = acc[o + SUM.priceSensitivity];
}
