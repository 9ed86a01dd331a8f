// What a simulation worker does, as a plain object so tests can call it without a Worker.
// It only carries: a scenario goes in, the model's per-period summaries come out (buffers
// transferred, not copied). No model logic lives here.
import { transfer } from 'comlink';
import {
  createSimulation,
  inspectCustomer,
  sampleCustomers,
  type CustomerSample,
  type CustomerState,
  type PeriodSummary,
  type Simulation,
} from '../src/model/index.ts';
import type { Scenario } from '../src/scenario/schema.ts';

export interface AdvanceOptions {
  /** Most periods to run in this call. */
  maxPeriods: number;
  /** Return within about this many milliseconds (at least one period is run). */
  budgetMs: number;
  /** Customers to sample after the last period; 0 for none (large populations). */
  sample: number;
  /** Customer whose state is appended after every period, or -1. */
  inspect: number;
}

export interface Batch {
  summaries: PeriodSummary[];
  sample: CustomerSample | null;
  story: CustomerState[];
  /** The next period to run. */
  t: number;
  done: boolean;
  /** Asked of a simulation that has since been replaced: nothing was run. */
  stale?: boolean;
}

export interface ReplicateResult {
  replicate: number;
  summaries: PeriodSummary[];
}

export interface KeptResult {
  replicate: number;
  /** values[period · picks.length + j] = summary.values[picks[j]]. */
  values: Float64Array;
}

export type Progress = (periodsDone: number) => void;

function buffersOf(summaries: PeriodSummary[], sample: CustomerSample | null): Transferable[] {
  const out: Transferable[] = [];
  for (const s of summaries) out.push(s.values.buffer, s.moves.buffer);
  if (sample) out.push(sample.satisfaction.buffer, sample.loyalty.buffer, sample.jsClass.buffer, sample.provider.buffer);
  return out;
}

export function createSimApi(now: () => number = () => performance.now()) {
  /** Steps a replicate to its horizon, handing each summary on; progress about every 100 ms. */
  function replay(scenario: Scenario, replicate: number, progress: Progress | undefined, each: (s: PeriodSummary, t: number) => void): void {
    const r = createSimulation(scenario, replicate);
    let last = now();
    let reported = 0;
    for (let t = 0; t < scenario.horizon; t++) {
      each(r.step(), t);
      if (progress && now() - last > 100) {
        progress(t + 1 - reported);
        reported = t + 1;
        last = now();
      }
    }
    if (progress && reported < scenario.horizon) progress(scenario.horizon - reported);
  }

  let sim: Simulation | null = null;
  /** Which opening of a simulation this is (see open): a call that names an older one is stale. */
  let opened = 0;

  function live(): Simulation {
    if (!sim) throw new Error('no simulation: call open() first');
    return sim;
  }

  return {
    /** Starts replicate `replicate` of `scenario` at period 0. `id` names this opening: calls
     *  queued for an earlier one (a step clicked before a reset) must not run this simulation. */
    open(scenario: Scenario, replicate: number, id = 0): { t: number; horizon: number; size: number } {
      sim = createSimulation(scenario, replicate);
      opened = id;
      return { t: 0, horizon: scenario.horizon, size: scenario.population.size };
    },

    /** Runs periods until the budget, the period limit or the horizon is reached; runs nothing
     *  (an empty batch marked stale) when `id` names another opening than the current one. */
    advance(o: AdvanceOptions, id = opened): Batch {
      const s = live();
      if (id !== opened) return { summaries: [], sample: null, story: [], t: s.t, done: false, stale: true };
      const horizon = s.scenario.horizon;
      const summaries: PeriodSummary[] = [];
      const story: CustomerState[] = [];
      const start = now();
      let last = start;
      while (s.t < horizon && summaries.length < o.maxPeriods) {
        summaries.push(s.step());
        if (o.inspect >= 0 && o.inspect < s.pop.size) story.push(inspectCustomer(s, o.inspect));
        // stop before a period that would likely overrun the budget (periods take about as long as the last)
        const t = now();
        const periodMs = t - last;
        last = t;
        if (t - start + periodMs > o.budgetMs) break;
      }
      const sample = o.sample > 0 && summaries.length > 0 ? sampleCustomers(s, o.sample) : null;
      const batch: Batch = { summaries, sample, story, t: s.t, done: s.t >= horizon };
      return transfer(batch, buffersOf(summaries, sample));
    },

    /** The state of one customer now (before any further period). */
    inspect(id: number, openId = opened): CustomerState | null {
      const s = live();
      if (openId !== opened) return null;
      return id >= 0 && id < s.pop.size && s.t > 0 ? inspectCustomer(s, id) : null;
    },

    close(): void {
      sim = null;
    },

    /** Runs one whole replicate (for the comparison CSV); reports progress about every 100 ms. */
    runReplicate(scenario: Scenario, replicate: number, progress?: Progress): ReplicateResult {
      const summaries: PeriodSummary[] = [];
      replay(scenario, replicate, progress, (s) => summaries.push(s));
      return transfer({ replicate, summaries }, buffersOf(summaries, null));
    },

    /** Runs one whole replicate and returns only the values at `picks` of every period's
     *  summary (what a comparison keeps, see ui/compare/traces.ts): the worker never holds
     *  more than one period's full summary. */
    runKept(scenario: Scenario, replicate: number, picks: readonly number[], progress?: Progress): KeptResult {
      const values = new Float64Array(scenario.horizon * picks.length);
      replay(scenario, replicate, progress, (s, t) => picks.forEach((p, j) => (values[t * picks.length + j] = s.values[p])));
      return transfer({ replicate, values }, [values.buffer]);
    },
  };
}

export type SimApi = ReturnType<typeof createSimApi>;
