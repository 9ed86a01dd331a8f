// A calibration as tasks that are each deterministic and independent, and the order they run
// in: the restarts first, then (all from the best restart) the runs at the fit, the bootstrap
// refits and the profiles. The command line runs the tasks on worker threads, the app on Web
// Workers (workers/calibrate.worker.ts); both hand them to `calibrateWith`, so the same inputs
// give the same report wherever they run.
import { bootstrapRefit, fitRestart, fitRuns, profile, PROFILE_POINTS, type FitRun } from './fit.ts';
import { reportFit, type FitReport } from './report.ts';
import type { CalibrationContext } from './simulate.ts';

export type CalibrateTask =
  { restart: number } | { runs: number[] } | { bootstrap: number; best: number[]; start: number[] } | { profile: number; best: number[] };
export type ProfilePoint = { value: number; loss: number };
export type CalibrateResult = FitRun | Float64Array[] | ProfilePoint[];

export function handleCalibrateTask(ctx: CalibrationContext, task: CalibrateTask): CalibrateResult {
  if ('restart' in task) return fitRestart(ctx, task.restart);
  if ('runs' in task) return fitRuns(ctx, task.runs);
  if ('bootstrap' in task) return bootstrapRefit(ctx, task.best, task.bootstrap, task.start);
  return profile(ctx, task.best, task.profile);
}

/** Model runs a task may take at most (a search can stop early), for progress. */
export function taskBudget(ctx: CalibrationContext, task: CalibrateTask): number {
  if ('restart' in task) return ctx.evaluations * ctx.replicates;
  if ('bootstrap' in task) return (ctx.evaluations + 1) * ctx.replicates + 1;
  if ('runs' in task) return ctx.replicates;
  return PROFILE_POINTS * ctx.replicates;
}

/** Every task of a calibration, for the total of its progress. */
export function calibrationBudget(ctx: CalibrationContext): number {
  const bootstrap = ctx.bootstrap * ((ctx.evaluations + 1) * ctx.replicates + 1);
  return ctx.restarts * ctx.evaluations * ctx.replicates + bootstrap + ctx.replicates + ctx.plan.factors.length * PROFILE_POINTS * ctx.replicates;
}

/** Runs tasks and gives their results in the order of the tasks. */
export type TaskRunner = (tasks: CalibrateTask[]) => Promise<CalibrateResult[]>;

export interface Calibrated {
  report: FitReport;
  /** The best restart's values, in the order of the free parameters. */
  best: number[];
}

export async function calibrateWith(ctx: CalibrationContext, run: TaskRunner): Promise<Calibrated> {
  const restarts = (await run(Array.from({ length: ctx.restarts }, (_, restart) => ({ restart })))) as FitRun[];
  const { values: best, start } = restarts.reduce((a, b) => (b.loss < a.loss ? b : a));
  const k = ctx.plan.factors.length;
  const rest = await run([
    { runs: best },
    ...Array.from({ length: ctx.bootstrap }, (_, b) => ({ bootstrap: b, best, start })),
    ...Array.from({ length: k }, (_, j) => ({ profile: j, best })),
  ]);
  const runs = rest[0] as Float64Array[];
  const bootstrap = rest.slice(1, 1 + ctx.bootstrap) as FitRun[];
  const profiles = rest.slice(1 + ctx.bootstrap) as ProfilePoint[][];
  return { report: reportFit(ctx, restarts, runs, bootstrap, profiles), best };
}
