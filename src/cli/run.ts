// The command: options → scenario → replicates → CSV/JSON rows as periods complete → table.
import { resolve } from 'node:path';
import { ROW_HEADER, runReplicate, summaryRows, type PeriodSummary } from '../model/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { parseCliArgs, USAGE, type CliOptions } from './args.ts';
import { csvLine, jsonLine } from './csv.ts';
import { applyOverrides, readScenarioFile } from './load.ts';
import { runOnWorkers } from './pool.ts';
import { createProgress } from './progress.ts';
import { openFileSink, type Sink } from './sink.ts';
import { createSummary, formatSummary, summaryStats, type SummaryCollector } from './summary.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stderrIsTTY: boolean;
}

export interface CliSetup {
  /** The module a worker thread starts from (main.ts, or the bundle built from it). */
  workerEntry: URL;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_BAD_INPUT = 2;

export async function runCli(argv: readonly string[], io: CliIo, setup: CliSetup): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if ('error' in args) {
    io.stderr(`loyalty-lab: ${args.error}\n\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const o = args.options;
  for (const target of [o.out, o.json])
    if (target !== undefined && resolve(target) === resolve(o.file)) {
      io.stderr(`loyalty-lab: ${target}: the output would overwrite the scenario file\n`);
      return EXIT_BAD_INPUT;
    }
  if (o.out !== undefined && o.out === o.json) {
    io.stderr(`loyalty-lab: --out and --json both name ${o.out}\n`);
    return EXIT_BAD_INPUT;
  }
  const loaded = readScenarioFile(o.file);
  const r = loaded.ok ? applyOverrides(loaded, o.overrides) : loaded;
  if (!r.ok) {
    io.stderr(`loyalty-lab: ${o.file} is not a usable scenario:\n${r.errors.map((e) => `  ${e}\n`).join('')}`);
    return EXIT_BAD_INPUT;
  }
  if (!o.quiet) for (const n of r.notices) io.stderr(`loyalty-lab: ${n}\n`);

  const sinks: Sink[] = [];
  try {
    const rows = openRows(r.scenario, o, sinks);
    const summary = createSummary(r.scenario);
    await simulate(r.scenario, o, io, setup, (rep, period) => {
      rows.add(rep, period);
      summary.add(rep, period);
    });
    rows.finish(summary);
    while (sinks.length) sinks.pop()!.close();
    if (!o.quiet) io.stdout(formatSummary(r.scenario, summary));
    return EXIT_OK;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.stderr(`loyalty-lab: ${err.code ? `cannot write ${err.path ?? 'the output'} (${err.code})` : (err.stack ?? err.message)}\n`);
    for (const sink of sinks) {
      try {
        sink.close();
      } catch {
        // already failing: the first error is the one to report
      }
    }
    return EXIT_FAILED;
  }
}

type OnPeriod = (replicate: number, summary: PeriodSummary) => void;

async function simulate(s: Scenario, o: CliOptions, io: CliIo, setup: CliSetup, onPeriod: OnPeriod): Promise<void> {
  const label = `Ran ${s.replicates} replicate${s.replicates > 1 ? 's' : ''} × ${s.horizon} periods of ${s.population.size.toLocaleString('en-US')} customers`;
  const progress = o.quiet ? null : createProgress(s.replicates * s.horizon, label, io.stderr, io.stderrIsTTY);
  const tick = () => progress?.tick();
  if (o.workers > 1 && s.replicates > 1) await runOnWorkers(s, o.workers, setup.workerEntry, onPeriod, tick);
  else
    for (let rep = 0; rep < s.replicates; rep++)
      runReplicate(s, rep, {
        onPeriod: (period) => {
          onPeriod(rep, period);
          tick();
        },
      });
  progress?.finish();
}

interface RowWriter {
  add: OnPeriod;
  finish(summary: SummaryCollector): void;
}

/** CSV and JSON rows, written as each period arrives. */
function openRows(s: Scenario, o: CliOptions, sinks: Sink[]): RowWriter {
  const csv = o.out ? openFileSink(o.out) : null;
  if (csv) sinks.push(csv);
  const json = o.json ? openFileSink(o.json) : null;
  if (json) sinks.push(json);
  csv?.write(csvLine(ROW_HEADER));
  json?.write(`{"scenario":${JSON.stringify(s)},\n"columns":${JSON.stringify(ROW_HEADER)},\n"rows":[`);
  let first = true;
  return {
    add(rep, period) {
      for (const row of summaryRows(s, rep, period)) {
        csv?.write(csvLine(row, o.digits));
        if (json) {
          json.write(`${first ? '\n' : ',\n'}${jsonLine(row, o.digits)}`);
          first = false;
        }
      }
    },
    finish(summary) {
      // JSON.stringify writes NaN (a measure undefined in every replicate) as null
      json?.write(`\n],\n"summary":${JSON.stringify(s.firms.map((f, i) => ({ firm: i, name: f.name, ...summaryStats(summary)[i] })))}}\n`);
    },
  };
}
