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

/** One-customer kernels (JavaScript build) for attribute(), one per number of firms. */
const scratch = new Map<number, { kernel: Kernel; pop: Population }>();

/** Classifies customer i of firm k (pop.provider[i] = k) under market m into `out`: the kernel's
 *  attribution, run on a copy of the customer. */
export function attribute(pop: Population, m: Market, params: Params, i: number, k: number, out: Attribution): Attribution {
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
  const a = s.kernel.attribute(0);
  out.type = a.type;
  out.margin = a.margin;
  return out;
}
