// The customers shown on the satisfaction × loyalty map and offered to the inspector: a fixed
// set of people picked once per run by a hash of their index (so the same ones are followed over
// time), at every population size. Picking scans the population once, at the first sample;
// after that a sample costs one attribution per sampled customer, whatever the population.
import {
  attribute,
  createAttribution,
  HAPPENED,
  JS_CLASSES,
  LOYALTY_TYPES,
  loyaltyIndex,
  NO_PROVIDER,
  type CustomerSample,
  type CustomerState,
  type Simulation,
} from '../src/model/index.ts';
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

/** Periods of history kept per sampled person (older ones are dropped first). */
export const HISTORY_PERIODS = 120;

/** A bounded history of the sampled people, so any of them can be inspected at any time, also
 *  after the run: what the model holds per person anyway (provider, satisfaction, loyalty type,
 *  class, what happened), copied after each period. A few array reads per sampled person. */
export class SampleHistory {
  private readonly index = new Map<number, number>();
  private readonly provider: Int16Array;
  private readonly satisfaction: Float32Array;
  private readonly type: Uint8Array;
  private readonly jsClass: Uint8Array;
  private readonly happened: Uint16Array;
  private readonly periods: Int32Array;
  private count = 0;

  constructor(private readonly picked: Uint32Array) {
    picked.forEach((id, j) => this.index.set(id, j));
    const n = picked.length * HISTORY_PERIODS;
    this.provider = new Int16Array(n);
    this.satisfaction = new Float32Array(n);
    this.type = new Uint8Array(n);
    this.jsClass = new Uint8Array(n);
    this.happened = new Uint16Array(n);
    this.periods = new Int32Array(HISTORY_PERIODS);
  }

  /** Copies the sampled people's state after period `period`. */
  record(sim: Simulation, period: number): void {
    const pop = sim.pop;
    const slot = this.count % HISTORY_PERIODS;
    this.periods[slot] = period;
    const o = slot * this.picked.length;
    for (let j = 0; j < this.picked.length; j++) {
      const i = this.picked[j];
      this.provider[o + j] = pop.provider[i] === NO_PROVIDER ? -1 : pop.provider[i];
      this.satisfaction[o + j] = pop.satisfaction[i];
      this.type[o + j] = pop.loyaltyType[i];
      this.jsClass[o + j] = pop.jsClass[i];
      this.happened[o + j] = pop.happened[i];
    }
    this.count++;
  }

  has(id: number): boolean {
    return this.index.has(id);
  }

  /** The kept periods of person `id`, oldest first (the fields not kept are NaN). */
  story(id: number): CustomerState[] {
    const j = this.index.get(id);
    if (j === undefined) return [];
    const out: CustomerState[] = [];
    const kept = Math.min(this.count, HISTORY_PERIODS);
    for (let k = this.count - kept; k < this.count; k++) {
      const slot = k % HISTORY_PERIODS;
      const o = slot * this.picked.length + j;
      const provider = this.provider[o];
      const h = this.happened[o];
      out.push({
        id,
        period: this.periods[slot],
        provider,
        lastProvider: -1,
        satisfaction: this.satisfaction[o],
        expectation: NaN,
        trust: NaN,
        walletShare: NaN,
        tenure: NaN,
        budget: NaN,
        tier: NaN,
        loyaltyType: provider >= 0 ? LOYALTY_TYPES[this.type[o]] : null,
        jsClass: provider >= 0 ? JS_CLASSES[this.jsClass[o]] : null,
        loyalty: null,
        events: EVENT_NAMES.filter((e) => h & HAPPENED[e]),
      });
    }
    return out;
  }
}

const EVENT_NAMES = Object.keys(HAPPENED) as (keyof typeof HAPPENED)[];
