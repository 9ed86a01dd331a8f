// The measure pass: one loop over the customers that classifies loyalty (loyalty.ts) and sums
// every raw measure per firm and value tier.
import type { Scenario } from '../scenario/schema.ts';
import type { Market } from './market.ts';
import { HAPPENED, NO_PROVIDER, type Population } from './population.ts';
import { attribute, createAttribution, exCustomerClass, jonesSasser, JS } from './loyalty.ts';
import { M, MEASURE_COUNT, SATISFACTION_BINS, SEGMENTS } from './measures.ts';
import { personalFor } from './drivers/experience.ts';

const SEGS = SEGMENTS.length;
const TYPE0 = M.type_monopoly;
const JS0 = M.js_apostle;
const SAT0 = M.sat0;

/** Likelihood to recommend, 0–10, from satisfaction and trust. */
export function recommendScore(satisfaction: number, trust: number): number {
  const x = Math.floor(2.5 * (satisfaction - 1) + 1.5 * trust);
  return x < 0 ? 0 : x > 10 ? 10 : x;
}

export function tallyPeriod(pop: Population, m: Market, s: Scenario, values: Float64Array): void {
  values.fill(0);
  const a = createAttribution();
  const { provider, happened, tier, satisfaction, trust, budget, walletShare, tenure } = pop;
  // adds x to measure `at` of firm f, for all customers and for the customer's tier
  const add = (f: number, t: number, at: number, x: number) => {
    values[f * SEGS * MEASURE_COUNT + at] += x;
    values[(f * SEGS + 1 + t) * MEASURE_COUNT + at] += x;
  };
  for (let i = 0; i < pop.size; i++) {
    const h = happened[i];
    const k = provider[i];
    const t = tier[i];
    const sat = satisfaction[i];
    if (h & HAPPENED.left) {
      const from = pop.lastProvider[i];
      add(from, t, M.churned, 1);
      if (h & HAPPENED.switched) add(from, t, M.switchedOut, 1);
      else add(from, t, M.exited, 1);
      if (k === NO_PROVIDER) {
        const js = exCustomerClass(s, sat);
        pop.jsClass[i] = js;
        add(from, t, JS0 + js, 1);
      } else add(from, t, JS0 + JS.defector, 1);
    }
    if (k === NO_PROVIDER) {
      if (!(h & HAPPENED.left) && pop.grudge[i] > 0) add(pop.lastProvider[i], t, JS0 + JS.terrorist, 1);
      continue;
    }
    add(k, t, M.customers, 1);
    if (tenure[i] === 0) {
      add(k, t, M.acquired, 1);
      add(k, t, h & HAPPENED.switched ? M.switchedIn : M.entered, 1);
    } else add(k, t, M.retained, 1);

    attribute(pop, m, s, i, k, a);
    pop.loyaltyType[i] = a.type;
    const js = jonesSasser(sat, a);
    pop.jsClass[i] = js;
    add(k, t, TYPE0 + a.type, 1);
    add(k, t, JS0 + js, 1);

    const spend = budget[i] * walletShare[i];
    const price = m.lever.price[k];
    const reward = m.lever.programme[k];
    add(k, t, M.revenue, spend * price);
    add(k, t, M.cogs, spend * m.unitCost[k]);
    if (reward > 0) add(k, t, M.programmeCost, spend * price * reward + s.firms[k].programmeCostPerMember);
    if (h & HAPPENED.resolved) add(k, t, M.recoveryCost, s.firms[k].recoveryCost * (h & HAPPENED.quick ? 1.5 : 1));
    add(k, t, M.personalisationCost, s.firms[k].personalisationCost * personalFor(m, k, t));
    add(k, t, M.spendWithFirm, spend);
    add(k, t, M.budgetOfCustomers, budget[i]);

    const tr = trust[i];
    add(k, t, M.satisfactionSum, sat);
    add(k, t, M.trustSum, tr);
    add(k, t, M.tenureSum, tenure[i]);
    const bin = Math.min(SATISFACTION_BINS - 1, Math.floor((sat - 1) * 2));
    add(k, t, SAT0 + (bin < 0 ? 0 : bin), 1);
    const ltr = recommendScore(sat, tr);
    add(k, t, ltr >= 9 ? M.promoters : ltr >= 7 ? M.passives : M.detractors, 1);
    if (sat < 3) add(k, t, M.unhappy, 1);
    if (h & HAPPENED.failure) add(k, t, M.failures, 1);
    if (h & HAPPENED.complained) add(k, t, M.complaints, 1);
    if (h & HAPPENED.resolved) add(k, t, M.resolved, 1);
    if (h & HAPPENED.quick) add(k, t, M.resolvedQuickly, 1);
    add(k, t, tr < 1 / 3 ? M.trustCognitive : tr < 2 / 3 ? M.trustAffective : M.trustBehavioural, 1);
  }
}
