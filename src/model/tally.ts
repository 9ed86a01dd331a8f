// The measure tallies. tallyCustomers() adds each customer to its firm × value-tier block with
// a few sums and three joint histograms, once its loyalty type is set (attributeAll.ts);
// foldTally() then turns the blocks into the raw measures (measures.ts). Counting joint
// histograms instead of each measure separately makes the per-customer work 9 additions instead
// of ~30: money follows from spend and counts.
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import { HAPPENED, NO_PROVIDER, onHeap, type Allocate, type Population } from './population.ts';
import { exCustomerClass, JS, JS_CLASSES, LOYALTY_TYPES } from './loyalty.ts';
import { M, MEASURE_COUNT, RAW_COUNT, SATISFACTION_BINS, SEGMENTS } from './measures.ts';

const SEGS = SEGMENTS.length;
export const TIER_COUNT = SEGS - 1;

/** Likelihood to recommend, 0–10, from satisfaction and trust. */
export function recommendScore(satisfaction: number, trust: number): number {
  const x = Math.floor(2.5 * (satisfaction - 1) + 1.5 * trust);
  return x < 0 ? 0 : x > 10 ? 10 : x;
}

// One block per firm × tier: the raw measures first (the rare ones — churn, switches, classes
// of those who left — are counted there directly), then sums and histograms of customers.
/** Sums over current customers. */
export const SUM = { spend: RAW_COUNT, budget: RAW_COUNT + 1, satisfaction: RAW_COUNT + 2, trust: RAW_COUNT + 3, tenure: RAW_COUNT + 4, priceSensitivity: RAW_COUNT + 5 } as const;
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
export const ARRIVAL_SWITCHED = 32;
export const ARRIVAL_ENTERED = 64;
export const NPS = { promoter: 0, passive: 1, detractor: 2 } as const;

/** The mood histogram's index for a customer: its satisfaction bin, trust stage and NPS group. */
export function moodCode(satisfaction: number, trust: number): number {
  const bin = Math.floor((satisfaction - 1) * 2);
  const b = bin < 0 ? 0 : bin >= SATISFACTION_BINS ? SATISFACTION_BINS - 1 : bin;
  const stage = trust < 1 / 3 ? 0 : trust < 2 / 3 ? 1 : 2;
  const ltr = recommendScore(satisfaction, trust);
  return (b * 3 + stage) * 3 + (ltr >= 9 ? NPS.promoter : ltr >= 7 ? NPS.passive : NPS.detractor);
}

export function createTally(firms: number, allocate: Allocate = onHeap): Float64Array {
  return allocate(Float64Array, firms * TIER_COUNT * BLOCK);
}

/** Adds customers from..to−1 to the tallies in `acc` (firm × tier blocks of BLOCK numbers):
 *  those who left go to their former firm's block, current customers to their firm's. */
export function tallyCustomers(pop: Population, p: Params, acc: Float64Array, from: number, to: number): void {
  const { provider, lastProvider, happened, tier, satisfaction, trust, tenure, budget, walletShare, priceSensitivity, loyaltyType, jsClass, grudge } = pop;
  for (let i = from; i < to; i++) {
    const h = happened[i];
    const k = provider[i];
    const tr = tier[i];
    if (h & HAPPENED.left) {
      const o = (lastProvider[i] * TIER_COUNT + tr) * BLOCK;
      acc[o + M.churned]++;
      acc[o + (h & HAPPENED.switched ? M.switchedOut : M.exited)]++;
      const js = k === NO_PROVIDER ? exCustomerClass(p, satisfaction[i]) : JS.defector;
      if (k === NO_PROVIDER) jsClass[i] = js;
      acc[o + M.js_apostle + js]++;
    }
    if (k === NO_PROVIDER) {
      // a terrorist keeps talking about the firm it left
      if (!(h & HAPPENED.left) && grudge[i] > 0) acc[(lastProvider[i] * TIER_COUNT + tr) * BLOCK + M.js_apostle + JS.terrorist]++;
      continue;
    }
    const o = (k * TIER_COUNT + tr) * BLOCK;
    const sat = satisfaction[i];
    const tru = trust[i];
    const ten = tenure[i];
    const b = budget[i];
    acc[o + SUM.spend] += b * walletShare[i];
    acc[o + SUM.budget] += b;
    acc[o + SUM.satisfaction] += sat;
    acc[o + SUM.trust] += tru;
    acc[o + SUM.tenure] += ten;
    acc[o + SUM.priceSensitivity] += priceSensitivity[i];
    acc[o + TYPE_CLASS + loyaltyType[i] * CLASSES + jsClass[i]]++;
    const arrival = ten !== 0 ? 0 : h & HAPPENED.switched ? ARRIVAL_SWITCHED : ARRIVAL_ENTERED;
    acc[o + EVENTS + arrival + (h & 31)]++;
    acc[o + MOOD + moodCode(sat, tru)]++;
  }
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
    if (bin < 4) acc[o + M.unhappy] += n; // bins of half a point from 1: below 3
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
