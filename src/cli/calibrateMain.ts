// Entry point of `npm run calibrate`; the same module starts its worker threads.
import { CALIBRATE_WORKER_ROLE, handleCalibrateTask } from './calibrateWorker.ts';
import { runCalibrateCli } from './calibrateRun.ts';
import { isTaskWorker, serveTasks } from './taskPool.ts';

if (isTaskWorker(CALIBRATE_WORKER_ROLE)) serveTasks(handleCalibrateTask);
else
  process.exitCode = await runCalibrateCli(
    process.argv.slice(2),
    {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      stderrIsTTY: process.stderr.isTTY === true,
    },
    { workerEntry: new URL(import.meta.url) },
  );
