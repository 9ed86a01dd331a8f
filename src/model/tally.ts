// The measure pass: one loop over the customers, once their loyalty types are set
// (attributeAll.ts), that sums every raw measure per firm and value tier.
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import { HAPPENED, NO_PROVIDER, type Population } from './population.ts';
import { exCustomerClass, JS } from './loyalty.ts';
import { M, MEASURE_COUNT, RAW_COUNT, SATISFACTION_BINS, SEGMENTS } from './measures.ts';

const SEGS = SEGMENTS.length;
const TYPE0 = M.type_monopoly;
const JS0 = M.js_apostle;
const SAT0 = M.sat0;

/** Likelihood to recommend, 0–10, from satisfaction and trust. */
export function recommendScore(satisfaction: number, trust: number): number {
  const x = Math.floor(2.5 * (satisfaction - 1) + 1.5 * trust);
  return x < 0 ? 0 : x > 10 ? 10 : x;
}

// Measure offsets as plain constants: the loop below indexes with them millions of times.
const CUSTOMERS = M.customers, ACQUIRED = M.acquired, RETAINED = M.retained, SWITCHED_IN = M.switchedIn;
const ENTERED = M.entered, CHURNED = M.churned, SWITCHED_OUT = M.switchedOut, EXITED = M.exited;
const REVENUE = M.revenue, COGS = M.cogs, PROGRAMME = M.programmeCost, RECOVERY = M.recoveryCost;
const ONBOARDING = M.onboardingCost, PERSONAL = M.personalisationCost, SPEND = M.spendWithFirm, BUDGET = M.budgetOfCustomers;
const SAT_SUM = M.satisfactionSum, TRUST_SUM = M.trustSum, TENURE_SUM = M.tenureSum, PS_SUM = M.priceSensitivitySum;
const PROMOTERS = M.promoters, PASSIVES = M.passives, DETRACTORS = M.detractors, UNHAPPY = M.unhappy;
const FAILURES = M.failures, COMPLAINTS = M.complaints, RESOLVED = M.resolved, QUICK = M.resolvedQuickly;
const TRUST0 = M.trustCognitive;

/** Sums every raw measure per firm and tier into `acc` (firm × tier blocks of RAW_COUNT). */
function sumByTier(pop: Population, m: Market, p: Params, acc: Float64Array): void {
  const { provider, happened, tier, satisfaction, trust, budget, walletShare, tenure, lastProvider, grudge } = pop;
  const price = m.lever.price;
  const programme = m.lever.programme;
  for (let i = 0; i < pop.size; i++) {
    const h = happened[i];
    const k = provider[i];
    const t = tier[i];
    const sat = satisfaction[i];
    if (h & HAPPENED.left) {
      const o = (lastProvider[i] * TIER_COUNT + t) * RAW_COUNT;
      acc[o + CHURNED]++;
      acc[o + (h & HAPPENED.switched ? SWITCHED_OUT : EXITED)]++;
      const js = k === NO_PROVIDER ? exCustomerClass(p, sat) : JS.defector;
      if (k === NO_PROVIDER) pop.jsClass[i] = js;
      acc[o + JS0 + js]++;
    }
    if (k === NO_PROVIDER) {
      if (!(h & HAPPENED.left) && grudge[i] > 0) acc[(lastProvider[i] * TIER_COUNT + t) * RAW_COUNT + JS0 + JS.terrorist]++;
      continue;
    }
    const o = (k * TIER_COUNT + t) * RAW_COUNT;
    acc[o + CUSTOMERS]++;
    if (tenure[i] === 0) {
      acc[o + ACQUIRED]++;
      acc[o + ONBOARDING] += p.onboardingCost[k];
      acc[o + (h & HAPPENED.switched ? SWITCHED_IN : ENTERED)]++;
    } else acc[o + RETAINED]++;

    acc[o + TYPE0 + pop.loyaltyType[i]]++;
    acc[o + JS0 + pop.jsClass[i]]++;

    const spend = budget[i] * walletShare[i];
    const reward = programme[k];
    acc[o + REVENUE] += spend * price[k];
    acc[o + COGS] += spend * m.unitCost[k];
    if (reward > 0) acc[o + PROGRAMME] += spend * price[k] * reward + p.programmeCostPerMember[k];
    if (h & HAPPENED.resolved) acc[o + RECOVERY] += p.recoveryCost[k] * (h & HAPPENED.quick ? 1.5 : 1);
    acc[o + PERSONAL] += p.personalisationCost[k] * m.personal[k * 3 + t];
    acc[o + SPEND] += spend;
    acc[o + BUDGET] += budget[i];

    const tr = trust[i];
    acc[o + SAT_SUM] += sat;
    acc[o + TRUST_SUM] += tr;
    acc[o + TENURE_SUM] += tenure[i];
    acc[o + PS_SUM] += pop.priceSensitivity[i];
    const bin = Math.floor((sat - 1) * 2);
    acc[o + SAT0 + (bin < 0 ? 0 : bin >= SATISFACTION_BINS ? SATISFACTION_BINS - 1 : bin)]++;
    const ltr = recommendScore(sat, tr);
    acc[o + (ltr >= 9 ? PROMOTERS : ltr >= 7 ? PASSIVES : DETRACTORS)]++;
    if (sat < 3) acc[o + UNHAPPY]++;
    if (h & HAPPENED.failure) acc[o + FAILURES]++;
    if (h & HAPPENED.complained) acc[o + COMPLAINTS]++;
    if (h & HAPPENED.resolved) acc[o + RESOLVED]++;
    if (h & HAPPENED.quick) acc[o + QUICK]++;
    acc[o + TRUST0 + (tr < 1 / 3 ? 0 : tr < 2 / 3 ? 1 : 2)]++;
  }
}

const TIER_COUNT = SEGS - 1;

/** Fills the raw measures of every firm × segment block of `values` (segment 0 = all tiers). */
export function tallyPeriod(pop: Population, m: Market, p: Params, values: Float64Array): void {
  const acc = new Float64Array(m.firms * TIER_COUNT * RAW_COUNT);
  sumByTier(pop, m, p, acc);
  values.fill(0);
  for (let f = 0; f < m.firms; f++)
    for (let t = 0; t < TIER_COUNT; t++)
      for (let r = 0; r < RAW_COUNT; r++) {
        const x = acc[(f * TIER_COUNT + t) * RAW_COUNT + r];
        values[(f * SEGS + 1 + t) * MEASURE_COUNT + r] = x;
        values[f * SEGS * MEASURE_COUNT + r] += x;
      }
}
