// Why one customer stays, outside the period loop (the inspector, tests): the kernel's own
// attribution (drivers/loyalty.ts) run on a copy of the customer in a one-customer memory.
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import { allocatePopulation, type Population } from './population.ts';
import { CUSTOMER_ARRAYS } from './layout.ts';
import { createKernel, type Kernel } from './kernelMemory.ts';
import { createDecisionPlan } from './plan.ts';
import { createTally } from './tally.ts';
import type { Attribution } from './loyalty.ts';
import { kinshipOf, strongestIncentive, strongestPrice, strongestRival, strongestValue, switchingCostOf } from './kernel/utility.ts';

/** One-customer kernels (JavaScript build) for attribute(), one per number of firms. */
const scratch = new Map<number, { kernel: Kernel; pop: Population }>();

/** Classifies customer i of firm k (pop.provider[i] = k) under market m into `out`: the kernel's
 *  attribution, run on a copy of the customer. */
export function attribute(pop: Population, m: Market, params: Params, i: number, k: number, out: Attribution): Attribution {
  const a = copyAndAttribute(pop, m, params, i, k);
  out.type = a.type;
  out.margin = a.margin;
  return out;
}

/** The terms the attribution weighs for a customer of firm k against its strongest rival, in
 *  utility points (positive: in favour of staying); margin = value + price + incentive +
 *  kinship + switchingCost. */
export interface Why {
  value: number;
  price: number;
  incentive: number;
  kinship: number;
  switchingCost: number;
  /** The strongest rival the customer compares its firm with. */
  rival: number;
}

/** Why customer i of firm k stays or would leave, term by term, by the kernel's own rules on a
 *  copy of the customer; null when it is not free to choose or has no rival (monopoly). */
export function explain(pop: Population, m: Market, params: Params, i: number, k: number): Why | null {
  const a = copyAndAttribute(pop, m, params, i, k);
  if (a.margin === Infinity) return null;
  // the one-customer kernel (JavaScript build) is still bound: its rules read customer 0
  const K = pop.firms;
  const rival = strongestRival(0, K, k);
  const traits = pop.traits[i];
  return {
    value: strongestValue(),
    price: strongestPrice(),
    incentive: strongestIncentive(),
    kinship: kinshipOf(traits, k),
    switchingCost: switchingCostOf(0, k, traits),
    rival,
  };
}

function copyAndAttribute(pop: Population, m: Market, params: Params, i: number, k: number): { type: number; margin: number } {
  const K = pop.firms;
  let s = scratch.get(K);
  if (!s) {
    const kernel = createKernel(1, K, 'typescript');
    const one = allocatePopulation(1, K, kernel.allocate);
    kernel.attach(one, createTally(K, kernel.allocate));
    scratch.set(K, (s = { kernel, pop: one }));
  }
  for (const [name, , per] of CUSTOMER_ARRAYS) {
    const from = pop[name];
    if (per === 'perFirm') s.pop[name].set(from.subarray(i * K, i * K + K));
    else s.pop[name][0] = from[i];
  }
  s.pop.provider[0] = k;
  s.kernel.prepare(m, params, createDecisionPlan(K));
  return s.kernel.attribute(0);
}
