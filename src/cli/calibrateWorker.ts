// The worker side of `npm run calibrate -- --workers N`: a restart, a bootstrap refit or a
// profile. It only carries: the work is experiment/calibrate/fit.ts.
import { bootstrapRefit, fitRestart, profile, type FitRun } from '../experiment/calibrate/fit.ts';
import type { CalibrationContext } from '../experiment/calibrate/simulate.ts';

export const CALIBRATE_WORKER_ROLE = 'loyalty-lab:calibrate';

export type CalibrateTask = { restart: number } | { bootstrap: number; best: number[] } | { profile: number; best: number[] };
export type CalibrateResult = FitRun | { value: number; loss: number }[];

export function handleCalibrateTask(ctx: CalibrationContext, task: CalibrateTask): CalibrateResult {
  if ('restart' in task) return fitRestart(ctx, task.restart);
  if ('bootstrap' in task) return bootstrapRefit(ctx, task.best, task.bootstrap);
  return profile(ctx, task.best, task.profile);
}
