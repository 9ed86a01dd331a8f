// Entry point of `npm run optimise`; the same module starts its worker threads.
import { handleOptimiseTask, OPTIMISE_WORKER_ROLE } from './optimiseWorker.ts';
import { runOptimiseCli } from './optimiseRun.ts';
import { isTaskWorker, serveTasks } from './taskPool.ts';

if (isTaskWorker(OPTIMISE_WORKER_ROLE)) serveTasks(handleOptimiseTask);
else
  process.exitCode = await runOptimiseCli(
    process.argv.slice(2),
    {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      stderrIsTTY: process.stderr.isTTY === true,
    },
    { workerEntry: new URL(import.meta.url) },
  );
