// What an experiment worker does, as a plain object so tests can call it without a Worker. It
// only carries: a scenario with its experiment section goes in, is planned here exactly as on
// the page and in the CLI (the plan is deterministic), and each run's outputs come out. No
// model or experiment logic lives here (src/experiment/run.ts, optimise.ts).
import { transfer } from 'comlink';
import type { Scenario } from '../src/scenario/schema.ts';
import type { Plan } from '../src/experiment/plan.ts';
import { planSection } from '../src/experiment/section.ts';
import { createRunner, timeRun } from '../src/experiment/run.ts';
import { resolveObjective } from '../src/experiment/objective.ts';
import { runCandidate, searchRestart, type Evaluation, type OptimiseContext } from '../src/experiment/optimise.ts';

export type Loaded = { ok: true; runs: number; digest: string } | { ok: false; errors: string[] };

export function createExperimentApi() {
  let plan: Plan | null = null;
  let runOne: ((run: number) => Float64Array) | null = null;

  const planned = (): Plan => {
    if (!plan) throw new Error('no experiment loaded');
    return plan;
  };

  function optimiseContext(): OptimiseContext {
    const p = planned();
    const spec = p.experiment.optimise;
    if (!spec) throw new Error('experiment.optimise: the experiment has no optimisation');
    const objective = resolveObjective(p, spec);
    if (Array.isArray(objective)) throw new Error(objective.map((e) => `experiment.${e}`).join('; '));
    return { plan: p, spec, objective, engine: 'wasm' };
  }

  return {
    /** Plans the scenario's experiment section; its runs are then asked for by number. */
    load(scenario: Scenario): Loaded {
      const r = planSection(scenario);
      if (!r.ok) {
        plan = null;
        return r;
      }
      plan = r.plan;
      runOne = createRunner(r.plan);
      return { ok: true, runs: r.plan.runs, digest: r.plan.digest };
    },
    /** The outputs of one run (plan.outputs.length numbers). */
    run(run: number): Float64Array {
      planned();
      const out = runOne!(run);
      return transfer(out, [out.buffer]);
    },
    /** A short calibration run (experiment/run.ts): milliseconds of set-up and per period here. */
    time(periods: number): { setupMs: number; periodMs: number } {
      return timeRun(planned(), periods, () => performance.now());
    },
    /** One restart of the optimiser's search, every evaluation in order. */
    searchRestart(restart: number): Evaluation[] {
      return searchRestart(optimiseContext(), restart);
    },
    /** A candidate's runs on the given replicates (fresh ones, to report the best). */
    runCandidate(values: number[], replicates: number[]): Float64Array[] {
      return runCandidate(optimiseContext(), values, replicates);
    },
  };
}

export type ExperimentApi = ReturnType<typeof createExperimentApi>;
