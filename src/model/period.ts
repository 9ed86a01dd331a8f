// Everything that happens to the customers in one period, in MODEL.md §2's order:
//   draws → experience → decisions → loyalty types → tallies for the measures.
// This is the TypeScript engine: the model as written, and the reference the WebAssembly engine
// (wasm/period.as.ts, the default) is tested to reproduce bit for bit.
// Nothing a customer does depends on another customer within a period (word of mouth acts next
// period), so the passes run over a chunk of customers at a time: a chunk's state stays in the
// fastest cache from one pass to the next, where whole-population passes would stream it from
// memory five times a period.
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import type { Population } from './population.ts';
import { DRAWS_PER_CUSTOMER, fillDraws, type Stream } from './rng.ts';
import { applyExperience } from './drivers/experience.ts';
import { applyDecisions, type DecisionPlan, type Flows } from './drivers/decision.ts';
import { attributeAll } from './attributeAll.ts';
import { tallyCustomers } from './tally.ts';

/** Customers per chunk: their draws (16 KB) and state (~50 KB) stay in the L1 and L2 caches. */
const CHUNK = 1024;

/** Runs period t for every customer; adds the moves to `flows` and the tallies to `acc`. */
export function stepCustomers(
  pop: Population, m: Market, p: Params, plan: DecisionPlan, rng: Stream, flows: Flows, acc: Float64Array, t: number,
): void {
  const draws = new Int32Array(CHUNK * DRAWS_PER_CUSTOMER);
  for (let from = 0; from < pop.size; from += CHUNK) {
    const to = Math.min(pop.size, from + CHUNK);
    fillDraws(rng, draws, (to - from) * DRAWS_PER_CUSTOMER);
    applyExperience(pop, m, p, draws, from, to);
    applyDecisions(pop, m, p, plan, draws, flows, from, to, t);
    attributeAll(pop, m, p, from, to);
    tallyCustomers(pop, p, acc, from, to);
  }
}
