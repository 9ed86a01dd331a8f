// What a calibration worker does, as a plain object so tests can call it without a Worker: it
// takes the calibration (context) once, then runs its tasks (a restart, the runs at the fit,
// a bootstrap refit, a profile), each src/experiment/calibrate/tasks.ts's work, and reports
// model runs as they go. No calibration logic lives here.
import { handleCalibrateTask, type CalibrateResult, type CalibrateTask } from '../src/experiment/calibrate/tasks.ts';
import type { CalibrationContext } from '../src/experiment/calibrate/simulate.ts';

/** Told how many model runs were done since the last report. */
export type RunsDone = (runs: number) => void;

export interface TaskDone {
  result: CalibrateResult;
  /** Model runs the task took (a search may stop before its budget). */
  runs: number;
}

export interface CalibrateApi {
  open(ctx: CalibrationContext, progress?: RunsDone): void;
  run(task: CalibrateTask): TaskDone;
}

/** Reports are sent at most this often: a run of a small market takes a millisecond. */
const REPORT_MS = 100;

export function createCalibrateApi(now: () => number = () => performance.now()): CalibrateApi {
  let ctx: CalibrationContext | null = null;
  let runs = 0;
  let unreported = 0;
  let reported = 0;
  let progress: RunsDone | undefined;
  const flush = () => {
    if (unreported > 0) progress?.(unreported);
    unreported = 0;
    reported = now();
  };
  return {
    open(c, p) {
      progress = p;
      ctx = {
        ...c,
        onRun: () => {
          runs++;
          unreported++;
          if (now() - reported >= REPORT_MS) flush();
        },
      };
    },
    run(task) {
      if (!ctx) throw new Error('the calibration worker was given a task before the calibration');
      runs = 0;
      const result = handleCalibrateTask(ctx, task);
      flush();
      return { result, runs };
    },
  };
}
