// Entry point of `npm run experiment`. The same module starts the worker threads of
// --workers, so that it works alike under tsx and as the esbuild bundle (scripts/run-ts.mjs).
import { isExperimentWorker, serveExperimentRuns } from './experimentWorker.ts';
import { runExperimentCli } from './experimentRun.ts';

if (isExperimentWorker()) serveExperimentRuns();
else
  process.exitCode = await runExperimentCli(
    process.argv.slice(2),
    {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      stderrIsTTY: process.stderr.isTTY === true,
    },
    { workerEntry: new URL(import.meta.url) },
  );
