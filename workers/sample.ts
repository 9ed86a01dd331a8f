// The customers shown on the satisfaction × loyalty map and offered to the inspector: a fixed
// set of people picked once per run by a hash of their index (so the same ones are followed over
// time), at every population size. Picking scans the population once, at the first sample;
// after that a sample costs one attribution per sampled customer, whatever the population.
import { attribute, createAttribution, loyaltyIndex, NO_PROVIDER, type CustomerSample, type Simulation } from '../src/model/index.ts';
import { compileParams } from '../src/model/params.ts';
import { hashUniform } from '../src/model/rng.ts';

/** People picked for a sample of about n current customers: twice n of the whole population
 *  (customers and not), as some are outside the category at any one time. */
export function pickSampled(sim: Simulation, n: number): Uint32Array {
  const size = sim.pop.size;
  const keep = Math.min(1, (2 * n) / size);
  const ids: number[] = [];
  for (let i = 0; i < size; i++) if (hashUniform(i, 0x51, sim.scenario.seed) < keep) ids.push(i);
  return Uint32Array.from(ids);
}

/** The sample now: up to n of the picked people who are customers this period. */
export function sampleOf(sim: Simulation, picked: Uint32Array, n: number): CustomerSample {
  const pop = sim.pop;
  const params = compileParams(sim.scenario);
  const a = createAttribution();
  const ids: number[] = [];
  for (let j = 0; j < picked.length && ids.length < n; j++) if (pop.provider[picked[j]] !== NO_PROVIDER) ids.push(picked[j]);
  const out: CustomerSample = {
    ids: Uint32Array.from(ids),
    satisfaction: new Float32Array(ids.length),
    loyalty: new Float32Array(ids.length),
    jsClass: new Uint8Array(ids.length),
    provider: new Uint8Array(ids.length),
  };
  ids.forEach((i, j) => {
    attribute(pop, sim.market, params, i, pop.provider[i], a);
    out.satisfaction[j] = pop.satisfaction[i];
    out.loyalty[j] = loyaltyIndex(a);
    out.jsClass[j] = pop.jsClass[i];
    out.provider[j] = pop.provider[i];
  });
  return out;
}
