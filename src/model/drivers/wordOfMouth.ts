// Step 5 of a period (MODEL.md §2): promoters bring new customers; each dissatisfied customer
// tells ~11 others, and terrorists keep talking after they leave. Read next period by rivals'
// customers (a rival's reputation) and by prospects choosing a provider.
import type { Params } from '../params.ts';
import type { Market } from '../market.ts';
import { M, MEASURE_COUNT, SEGMENTS } from '../measures.ts';

export function applyWordOfMouth(m: Market, p: Params, values: Float64Array, populationSize: number): void {
  const w = p;
  for (let k = 0; k < m.firms; k++) {
    const o = k * SEGMENTS.length * MEASURE_COUNT;
    const talkers = values[o + M.unhappy] + values[o + M.js_terrorist];
    const heard = Math.min(1, (w.tellCount * talkers) / populationSize);
    m.badTalk[k] = w.influence * heard;
    m.referrals[k] = w.referralRate * values[o + M.promoters];
  }
}
