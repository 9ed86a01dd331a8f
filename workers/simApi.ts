// What a simulation worker does, as a plain object so tests can call it without a Worker.
// It only carries: a scenario goes in, the model's per-period summaries come out (buffers
// transferred, not copied). No model logic lives here.
import { transfer } from 'comlink';
import { pickSampled, SampleHistory, sampleOf } from './sample.ts';
import { cohortTraceBuffers, traceCohorts, type CohortTrace } from '../src/ui/compare/cohortTraces.ts';
import {
  createSimulation,
  inspectCustomer,
  periodsPerYear,
  type CohortPeriod,
  type CustomerSample,
  type CustomerState,
  type PeriodSummary,
  type Simulation,
} from '../src/model/index.ts';
import type { LeverChange, Scenario } from '../src/scenario/schema.ts';
import { sameBefore, scheduleLiveLever, type LiveLever } from '../src/scenario/liveLevers.ts';

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
  /** What the comparison keeps of the run's cohort counts, when asked for. */
  cohorts?: CohortTrace;
}

/** A live lever taken into the schedule from period `from`, or refused (the run goes on as it was). */
export type LeverApplied = { ok: true; from: number; changes: LeverChange[] } | { ok: false; error: string; stale?: boolean };

export type Progress = (periodsDone: number) => void;

const LIVE = { cohorts: true } as const;

function buffersOf(summaries: PeriodSummary[], sample: CustomerSample | null): Transferable[] {
  const out: Transferable[] = [];
  for (const s of summaries) {
    out.push(s.values.buffer, s.moves.buffer);
    if (s.cohorts) out.push(s.cohorts.alive.buffer); // new every period (the stock is shared: copied)
  }
  if (sample) out.push(sample.satisfaction.buffer, sample.loyalty.buffer, sample.jsClass.buffer, sample.provider.buffer);
  return out;
}

/** Replaces a running simulation's schedule in place; the changes it has already passed must
 *  be the same (they keep acting, as the model resolves each period from the whole list). */
function replaceSchedule(s: Simulation, changes: LeverChange[]): void {
  if (!sameBefore(s.scenario.changes, changes, s.t)) throw new Error('changes: a live lever cannot rewrite periods already run');
  s.scenario.changes.splice(0, s.scenario.changes.length, ...changes);
}

export function createSimApi(now: () => number = () => performance.now()) {
  /** Steps a replicate to its horizon, handing each summary on; progress about every 100 ms.
   *  `burnInUnder`: the scenario the burn-in runs under (a comparison's baseline). */
  function replay(
    scenario: Scenario,
    replicate: number,
    progress: Progress | undefined,
    each: (s: PeriodSummary, t: number) => void,
    burnInUnder: Scenario = scenario,
    cohorts = false,
  ): void {
    const r = createSimulation(scenario, replicate, 'wasm', { burnInUnder, cohorts });
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
  /** The people sampled in this opening (see sample.ts), picked at the first sample. */
  let picked: Uint32Array | null = null;
  /** Their bounded history, from the first period run with a sample asked for. */
  let history: SampleHistory | null = null;
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
      // a schedule of its own: a live lever replaces it in place (setLever)
      // the live view draws cohort survival and the satisfaction → retention curve
      sim = createSimulation({ ...scenario, changes: [...scenario.changes] }, replicate, 'wasm', LIVE);
      picked = null;
      history = null;
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
      if (o.sample > 0 && !picked) {
        picked = pickSampled(s, o.sample);
        history = new SampleHistory(picked);
      }
      while (s.t < horizon && summaries.length < o.maxPeriods) {
        summaries.push(s.step());
        history?.record(s, s.t - 1);
        if (o.inspect >= 0 && o.inspect < s.pop.size) story.push(inspectCustomer(s, o.inspect));
        // stop before a period that would likely overrun the budget (periods take about as long as the last)
        const t = now();
        const periodMs = t - last;
        last = t;
        if (t - start + periodMs > o.budgetMs) break;
      }
      const sample = o.sample > 0 && summaries.length > 0 && picked ? sampleOf(s, picked, o.sample) : null;
      const batch: Batch = { summaries, sample, story, t: s.t, done: s.t >= horizon };
      return transfer(batch, buffersOf(summaries, sample));
    },

    /** Moves a lever from the next period on (a live lever, src/scenario/liveLevers.ts): the
     *  market reads the schedule every period, so replacing the simulation's changes is enough.
     *  Before the first period the simulation is opened again, since its burn-in already ran
     *  under period 0's old conditions. The new schedule is returned for the app to record. */
    setLever(x: LiveLever, id = opened): LeverApplied {
      const s = live();
      if (id !== opened) return { ok: false, error: 'stale', stale: true };
      const r = scheduleLiveLever(s.scenario, x, s.t);
      if (!r.ok) return r;
      if (s.t === 0) sim = createSimulation({ ...s.scenario, changes: r.changes }, s.replicate, 'wasm', LIVE);
      else replaceSchedule(s, r.changes);
      return { ok: true, from: s.t, changes: r.changes };
    },

    /** The state of one customer now (before any further period). */
    inspect(id: number, openId = opened): CustomerState | null {
      const s = live();
      if (openId !== opened) return null;
      return id >= 0 && id < s.pop.size && s.t > 0 ? inspectCustomer(s, id) : null;
    },

    /** A customer's story so far: the sample's kept history when it is a sampled customer,
     *  ending with its full state now (with the attribution's terms); else the state now. */
    story(id: number, openId = opened): CustomerState[] {
      const s = live();
      if (openId !== opened || !(id >= 0 && id < s.pop.size) || s.t === 0) return [];
      const now = inspectCustomer(s, id);
      const past = history?.has(id) ? history.story(id).filter((p) => p.period < now.period) : [];
      return [...past, now];
    },

    close(): void {
      sim = null;
    },

    /** Runs one whole replicate (for the comparison CSV); reports progress about every 100 ms.
     *  A comparison burns every variant in under its baseline (`burnInUnder`). */
    runReplicate(scenario: Scenario, replicate: number, progress?: Progress, burnInUnder?: Scenario): ReplicateResult {
      const summaries: PeriodSummary[] = [];
      replay(scenario, replicate, progress, (s) => summaries.push(s), burnInUnder);
      return transfer({ replicate, summaries }, buffersOf(summaries, null));
    },

    /** Runs one whole replicate and returns only the values at `picks` of every period's
     *  summary (what a comparison keeps, see ui/compare/traces.ts): the worker never holds
     *  more than one period's full summary. With `cohorts`, the run counts cohorts too and
     *  returns their trace (ui/compare/cohortTraces.ts), holding the counts until it ends. */
    runKept(scenario: Scenario, replicate: number, picks: readonly number[], progress?: Progress, burnInUnder?: Scenario, cohorts = false): KeptResult {
      const values = new Float64Array(scenario.horizon * picks.length);
      const counts: CohortPeriod[] = [];
      replay(
        scenario,
        replicate,
        progress,
        (s, t) => {
          picks.forEach((p, j) => (values[t * picks.length + j] = s.values[p]));
          if (s.cohorts) counts.push(s.cohorts);
        },
        burnInUnder,
        cohorts,
      );
      if (!cohorts) return transfer({ replicate, values }, [values.buffer]);
      const trace = traceCohorts(counts, periodsPerYear(scenario));
      return transfer({ replicate, values, cohorts: trace }, [values.buffer, ...cohortTraceBuffers(trace)]);
    },
  };
}

export type SimApi = ReturnType<typeof createSimApi>;
