// Read-only views of customers for the app: one customer's state this period (the inspector
// appends these into a story) and a sample for the satisfaction × loyalty map.
import type { Simulation } from './simulation.ts';
import { HAPPENED, NO_PROVIDER } from './population.ts';
import { createAttribution, loyaltyIndex, LOYALTY_TYPES, JS_CLASSES, type Attribution } from './loyalty.ts';
import { kernelOf } from './simulation.ts';
import { hashUniform } from './rng.ts';
import { explain, type Why } from './attribute.ts';
import { compileParams } from './params.ts';

export type { Why };

export interface CustomerState {
  id: number;
  period: number;
  provider: number; // -1 outside the category
  lastProvider: number;
  satisfaction: number;
  expectation: number;
  trust: number;
  walletShare: number;
  tenure: number;
  budget: number;
  tier: number;
  loyaltyType: (typeof LOYALTY_TYPES)[number] | null;
  jsClass: (typeof JS_CLASSES)[number] | null;
  loyalty: number | null; // 0–1 loyalty index
  events: string[]; // failure, major, complained, resolved, quick, offer, searched, switched, left, entered
  /** Why the customer stays or would leave, term by term (absent outside the category or
   *  when it cannot choose: the inspector's waterfall). */
  why?: Why;
}

const EVENT_NAMES = Object.keys(HAPPENED) as (keyof typeof HAPPENED)[];

/** State of customer `id` after the last period run. */
export function inspectCustomer(sim: Simulation, id: number): CustomerState {
  const pop = sim.pop;
  const k = pop.provider[id];
  const inCategory = k !== NO_PROVIDER;
  const a = createAttribution();
  if (inCategory) attributeIn(sim, id, a);
  const h = pop.happened[id];
  const why = inCategory && Number.isFinite(a.margin) ? explain(pop, sim.market, compileParams(sim.scenario), id, k) : null;
  return {
    id,
    period: sim.t - 1,
    provider: inCategory ? k : -1,
    lastProvider: pop.lastProvider[id] === NO_PROVIDER ? -1 : pop.lastProvider[id],
    satisfaction: pop.satisfaction[id],
    expectation: pop.expectation[id],
    trust: pop.trust[id],
    walletShare: inCategory ? pop.walletShare[id] : 0,
    tenure: pop.tenure[id],
    budget: pop.budget[id],
    tier: pop.tier[id],
    loyaltyType: inCategory ? LOYALTY_TYPES[a.type] : null,
    jsClass: inCategory || pop.lastProvider[id] !== NO_PROVIDER ? JS_CLASSES[pop.jsClass[id]] : null,
    loyalty: inCategory ? loyaltyIndex(a) : null,
    events: EVENT_NAMES.filter((e) => h & HAPPENED[e]),
    ...(why ? { why } : {}),
  };
}

export interface CustomerSample {
  ids: Uint32Array; // customer ids, for inspectCustomer
  satisfaction: Float32Array;
  loyalty: Float32Array;
  jsClass: Uint8Array;
  provider: Uint8Array;
}

/** Up to n current customers (of one firm, when given), picked by a fixed hash so the same
 *  ones are followed over time. A firm's sample is drawn among its own customers, so a small
 *  firm gets as many dots as a large one (the classroom game's team map). */
export function sampleCustomers(sim: Simulation, n: number, firm: number | null = null): CustomerSample {
  const pop = sim.pop;
  const a = createAttribution();
  let eligible = pop.size;
  if (firm !== null) {
    eligible = 0;
    for (let i = 0; i < pop.size; i++) if (pop.provider[i] === firm) eligible++;
  }
  const keep = Math.min(1, n / Math.max(1, eligible));
  const ids: number[] = [];
  for (let i = 0; i < pop.size && ids.length < n; i++)
    if (pop.provider[i] !== NO_PROVIDER && (firm === null || pop.provider[i] === firm) && hashUniform(i, 0x51, sim.scenario.seed) < keep * 1.25) ids.push(i);
  const out: CustomerSample = {
    ids: Uint32Array.from(ids),
    satisfaction: new Float32Array(ids.length),
    loyalty: new Float32Array(ids.length),
    jsClass: new Uint8Array(ids.length),
    provider: new Uint8Array(ids.length),
  };
  ids.forEach((i, j) => {
    attributeIn(sim, i, a);
    out.satisfaction[j] = pop.satisfaction[i];
    out.loyalty[j] = loyaltyIndex(a);
    out.jsClass[j] = pop.jsClass[i];
    out.provider[j] = pop.provider[i];
  });
  return out;
}

/** Why customer i of the simulation stays, by the kernel that ran its last period. */
function attributeIn(sim: Simulation, i: number, out: Attribution): Attribution {
  const a = kernelOf(sim).attribute(i);
  out.type = a.type;
  out.margin = a.margin;
  return out;
}
