// Runs an experiment's runs through the public model API. Run i is design point
// ⌊i / replicates⌋ at replicate i mod replicates; replicate r draws the random stream of
// (experiment seed, r) at every point (common random numbers), so two points differ only by
// their factors. Each run yields one long row: run, point, replicate, seed, factor values,
// output values; periods are folded into the outputs as they come and then dropped.
import { createSimulation, periodsPerYear, type Engine } from '../model/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { createOutputTally } from './outputs.ts';
import { pointScenario, ROW_START, type Plan } from './plan.ts';
import type { Shard } from './shard.ts';
import { pow } from '../model/portableMath.ts';

export interface RunId {
  run: number;
  point: number;
  replicate: number;
}

export function runId(plan: Plan, run: number): RunId {
  return { run, point: Math.floor(run / plan.replicates), replicate: run % plan.replicates };
}

/** The outputs of one run of a scenario. */
export function runOutputs(plan: Plan, s: Scenario, replicate: number, engine: Engine = 'wasm'): Float64Array {
  const sim = createSimulation(s, replicate, engine);
  const periodDiscount = pow(1 + s.market.annualDiscountRate, 1 / periodsPerYear(s)) - 1;
  const tally = createOutputTally(plan.outputs, periodDiscount);
  for (let t = 0; t < s.horizon; t++) tally.add(sim.step());
  return tally.values();
}

/** Runs runs of one plan, keeping the last point's scenario (runs of a point are adjacent). */
export function createRunner(plan: Plan, engine: Engine = 'wasm'): (run: number) => Float64Array {
  let point = -1;
  let scenario: Scenario | null = null;
  return (run) => {
    const id = runId(plan, run);
    if (id.point !== point || !scenario) {
      scenario = pointScenario(plan, id.point);
      point = id.point;
    }
    return runOutputs(plan, scenario, id.replicate, engine);
  };
}

export function rowHeader(plan: Plan): string[] {
  return [...ROW_START, ...plan.factors.map((f) => f.path), ...plan.outputs.map((o) => o.name)];
}

export function runRow(plan: Plan, run: number, outputs: ArrayLike<number>): (string | number)[] {
  const id = runId(plan, run);
  return [plan.digest, run, id.point, id.replicate, plan.base.seed, ...plan.points[id.point], ...Array.from(outputs)];
}

/** Runs the shard's runs in order on this thread, handing on each row as it completes. */
export function runExperiment(plan: Plan, shard: Shard, onRun: (run: number, outputs: Float64Array) => void, engine: Engine = 'wasm'): void {
  const runOne = createRunner(plan, engine);
  for (let run = shard.index; run < plan.runs; run += shard.count) onRun(run, runOne(run));
}

/** A short calibration run: design point 0, replicate 0, for `periods` periods (at most the
 *  horizon). Milliseconds to set up the population and per period, by the clock given, so the
 *  time of the whole experiment can be estimated before it starts. */
export function timeRun(plan: Plan, periods: number, now: () => number, engine: Engine = 'wasm'): { setupMs: number; periodMs: number } {
  const s = pointScenario(plan, 0);
  const n = Math.max(1, Math.min(periods, s.horizon));
  const t0 = now();
  const sim = createSimulation(s, 0, engine);
  const t1 = now();
  for (let t = 0; t < n; t++) sim.step();
  return { setupMs: t1 - t0, periodMs: (now() - t1) / n };
}
