// The `npm run experiment` command: options → experiment → plan → runs (on this thread or on
// workers, one shard or all) → CSV rows as runs complete → the closing table.
import { resolve } from 'node:path';
import { PointError } from '../experiment/plan.ts';
import { runExperiment, rowHeader, runRow } from '../experiment/run.ts';
import { shardRuns } from '../experiment/shard.ts';
import { csvLine } from '../io/csv.ts';
import { EXPERIMENT_USAGE, parseExperimentArgs, type RunOptions } from './experimentArgs.ts';
import { loadExperiment } from './experimentLoad.ts';
import { mergeParts } from './experimentMerge.ts';
import { runOnExperimentWorkers } from './experimentPool.ts';
import { readResults } from './experimentReport.ts';
import { formatExperiment } from './experimentTable.ts';
import { createProgress } from './progress.ts';
import type { CliIo, CliSetup } from './run.ts';
import { openFileSink, type Sink } from './sink.ts';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_BAD_INPUT = 2;

const NAME = 'loyalty-lab experiment';

export async function runExperimentCli(argv: readonly string[], io: CliIo, setup: CliSetup): Promise<number> {
  const args = parseExperimentArgs(argv);
  if (args.help) {
    io.stdout(EXPERIMENT_USAGE);
    return EXIT_OK;
  }
  if ('error' in args) {
    io.stderr(`${NAME}: ${args.error}\n\n${EXPERIMENT_USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const o = args.options;
  if (o.command === 'merge') {
    if (o.parts.some((p) => resolve(p) === resolve(o.out))) {
      io.stderr(`${NAME}: merge: ${o.out} is also one of the parts\n`);
      return EXIT_BAD_INPUT;
    }
    try {
      const runs = mergeParts(o.parts, o.out);
      if (!o.quiet) io.stderr(`Merged ${o.parts.length} parts, ${runs} runs, into ${o.out}\n`);
      return EXIT_OK;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      io.stderr(`${NAME}: merge: ${err.code ? `cannot read or write ${err.path ?? 'a file'} (${err.code})` : err.message}\n`);
      return err.code ? EXIT_FAILED : EXIT_BAD_INPUT;
    }
  }
  if (o.command === 'report') return report(o.file, o.results, io);
  return run(o, io, setup);
}

function report(file: string, resultsFile: string, io: CliIo): number {
  const loaded = loadExperiment(file);
  if (!loaded.ok) {
    io.stderr(`${NAME}: ${file} is not a usable experiment:\n${loaded.errors.map((e) => `  ${e}\n`).join('')}`);
    return EXIT_BAD_INPUT;
  }
  try {
    io.stdout(formatExperiment(loaded.plan, readResults(loaded.plan, resultsFile)));
    return EXIT_OK;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.stderr(`${NAME}: report: ${err.code ? `cannot read ${err.path ?? resultsFile} (${err.code})` : err.message}\n`);
    return err.code ? EXIT_FAILED : EXIT_BAD_INPUT;
  }
}

async function run(o: RunOptions, io: CliIo, setup: CliSetup): Promise<number> {
  if (o.out !== undefined && resolve(o.out) === resolve(o.file)) {
    io.stderr(`${NAME}: ${o.out}: the output would overwrite the experiment file\n`);
    return EXIT_BAD_INPUT;
  }
  const loaded = loadExperiment(o.file);
  if (!loaded.ok) {
    io.stderr(`${NAME}: ${o.file} is not a usable experiment:\n${loaded.errors.map((e) => `  ${e}\n`).join('')}`);
    return EXIT_BAD_INPUT;
  }
  if (o.out !== undefined && loaded.basePath !== undefined && resolve(o.out) === loaded.basePath) {
    io.stderr(`${NAME}: ${o.out}: the output would overwrite the base scenario\n`);
    return EXIT_BAD_INPUT;
  }
  if (!o.quiet) for (const n of loaded.notices ?? []) io.stderr(`${NAME}: ${n}\n`);
  const plan = loaded.plan;
  const runs = Array.from({ length: shardRuns(plan.runs, o.shard) }, (_, i) => o.shard.index + i * o.shard.count);
  const part = o.shard.count > 1 ? ` (shard ${o.shard.index}/${o.shard.count})` : '';
  const customers = plan.factors.some((f) => f.path === 'population.size') ? 'varied numbers of' : plan.base.population.size.toLocaleString('en-US');
  const label = `Ran ${runs.length} of ${plan.runs} runs${part}: ${plan.points.length} points × ${plan.replicates} replicates × ${plan.base.horizon} periods of ${customers} customers`;
  const progress = o.quiet ? null : createProgress(Math.max(1, runs.length), label, io.stderr, io.stderrIsTTY);
  const results = new Float64Array(plan.runs * plan.outputs.length).fill(NaN);
  let sink: Sink | null = null;
  try {
    sink = o.out ? openFileSink(o.out) : null;
    sink?.write(csvLine(rowHeader(plan)));
    const onRun = (run: number, outputs: Float64Array) => {
      sink?.write(csvLine(runRow(plan, run, outputs)));
      results.set(outputs, run * plan.outputs.length);
      progress?.tick();
    };
    if (o.workers > 1 && runs.length > 1) await runOnExperimentWorkers(plan, runs, o.workers, setup.workerEntry, onRun, o.engine);
    else runExperiment(plan, o.shard, onRun, o.engine);
    progress?.finish();
    sink?.close();
    sink = null;
    // a part's table would be a fraction of the answer: only the whole experiment gets one
    if (!o.quiet && o.shard.count === 1) io.stdout(formatExperiment(plan, results));
    return EXIT_OK;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // a failed run leaves no half file: the output stays as it was (abort never throws)
    sink?.abort();
    if (e instanceof PointError) {
      io.stderr(`\n${NAME}: ${o.file} is not a usable experiment:\n  ${err.message}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`${NAME}: ${err.code ? `cannot write ${err.path ?? 'the output'} (${err.code})` : (err.stack ?? err.message)}\n`);
    return EXIT_FAILED;
  }
}
