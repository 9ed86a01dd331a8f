// Entry point of `npm run sim`. The same module starts the worker threads of --workers, so
// that it works alike under tsx and as the esbuild bundle (scripts/run-ts.mjs).
import { isReplicateWorker, serveReplicates } from './worker.ts';
import { runCli } from './run.ts';

if (isReplicateWorker()) serveReplicates();
else
  process.exitCode = await runCli(
    process.argv.slice(2),
    {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      stderrIsTTY: process.stderr.isTTY === true,
    },
    { workerEntry: new URL(import.meta.url) },
  );
