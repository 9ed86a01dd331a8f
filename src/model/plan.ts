// Firm-level chances the decisions read every period (drivers/decision.ts): who hears which
// rival's offer, and which firm a prospect entering the category goes to.
import type { Market } from './market.ts';
import type { Params } from './params.ts';

/** Per-period tallies the measures need and cannot read back from the customers. */
export interface Flows {
  /** moves[from * (K + 1) + to]; index K is "outside the category". */
  readonly moves: Float64Array;
}

export interface DecisionPlan {
  /** offerCum[k * K + j]: cumulative chance a customer of k hears an offer from rivals ≤ j. */
  readonly offerCum: Float64Array;
  /** entryCum[j]: cumulative chance a prospect enters the category with firms ≤ j. */
  readonly entryCum: Float64Array;
  readonly hasRival: Uint8Array;
}

export function createDecisionPlan(firms: number): DecisionPlan {
  return { offerCum: new Float64Array(firms * firms), entryCum: new Float64Array(firms), hasRival: new Uint8Array(firms) };
}

/** Appeal of firm j to people choosing a provider for the first time (advertised quality and
 *  promise, price, reputation); only relative appeal matters. */
function appeal(m: Market, j: number): number {
  const a = 1 + (m.lever.quality[j] + 0.5 * m.lever.promise[j] - 3.8) - (m.lever.price[j] - 1);
  return m.available[j] ? Math.max(0.05, a) * (1 - m.badTalk[j]) : 0;
}

export function planDecisions(plan: DecisionPlan, m: Market, p: Params, prospects: number): void {
  const K = m.firms;
  for (let k = 0; k < K; k++) {
    let cum = 0;
    let rivals = 0;
    for (let j = 0; j < K; j++) {
      if (j !== k && m.available[j]) {
        cum += p.offerRate * m.lever.offerRate[j];
        rivals++;
      }
      plan.offerCum[k * K + j] = Math.min(1, cum);
    }
    plan.hasRival[k] = rivals > 0 ? 1 : 0;
  }
  let totalAppeal = 0;
  for (let j = 0; j < K; j++) totalAppeal += appeal(m, j);
  let cum = 0;
  for (let j = 0; j < K; j++) {
    const organic = totalAppeal > 0 ? (p.entryRate * appeal(m, j)) / totalAppeal : 0;
    const bought = m.lever.acquisitionSpend[j] / p.acquisitionCost[j];
    const won = m.available[j] && prospects > 0 ? (m.referrals[j] + bought) / prospects : 0;
    cum += organic + won;
    plan.entryCum[j] = Math.min(1, cum);
  }
}
