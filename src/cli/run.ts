// The command: options → scenario → replicates → CSV/JSON rows as periods complete → table.
import { resolve } from 'node:path';
import { ROW_HEADER, runReplicate, summaryRows, type PeriodSummary } from '../model/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { parseCliArgs, USAGE, type CliOptions } from './args.ts';
import { csvLine, jsonLine } from '../io/csv.ts';
import { applyOverrides, readScenarioFile } from './load.ts';
import { runOnWorkers } from './pool.ts';
import { createProgress } from './progress.ts';
import { openFileSink, type Sink } from './sink.ts';
import { createSummary, formatSummary, formatSweepSummary, summaryStats, type SummaryCollector } from './summary.ts';
import { assign, pathText } from './sweep.ts';

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
  let r = loaded.ok ? applyOverrides(loaded, o.overrides) : loaded;
  for (const set of o.sets) {
    if (!r.ok) break;
    const next = assign(r.scenario, set.path, set.value, '--set');
    r = next.ok ? { ...next, notices: r.notices } : next;
  }
  if (!r.ok) {
    io.stderr(`loyalty-lab: ${o.file} is not a usable scenario:\n${r.errors.map((e) => `  ${e}\n`).join('')}`);
    return EXIT_BAD_INPUT;
  }
  if (!o.quiet) for (const n of r.notices) io.stderr(`loyalty-lab: ${n}\n`);
  const base = r.scenario;
  const variants: Variant[] = [];
  for (const value of o.sweep?.values ?? [null]) {
    if (value === null || !o.sweep) variants.push({ label: [], scenario: base });
    else {
      const v = assign(base, o.sweep.path, value, '--sweep');
      if (!v.ok) {
        io.stderr(`loyalty-lab: --sweep ${pathText(o.sweep.path)}=${value}:\n${v.errors.map((e) => `  ${e}\n`).join('')}`);
        return EXIT_BAD_INPUT;
      }
      variants.push({ label: [pathText(o.sweep.path), value], scenario: v.scenario });
    }
  }

  const sinks: Sink[] = [];
  try {
    const rows = openRows(base, o, sinks);
    const summaries = variants.map((v) => createSummary(v.scenario));
    const total = variants.length * base.replicates * base.horizon;
    const progress = o.quiet ? null : createProgress(total, runLabel(base, variants.length), io.stderr, io.stderrIsTTY);
    for (const [i, v] of variants.entries())
      await simulate(v.scenario, o, setup, () => progress?.tick(), (rep, period) => {
        rows.add(v.label, rep, period);
        summaries[i].add(rep, period);
      });
    progress?.finish();
    rows.finish(summaries[0]);
    while (sinks.length) sinks.pop()!.close();
    if (!o.quiet)
      io.stdout(o.sweep ? formatSweepSummary(base, pathText(o.sweep.path), o.sweep.values, summaries) : formatSummary(base, summaries[0]));
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

/** One scenario to run: the file's, or one value of a sweep (label: [path, value]). */
interface Variant {
  label: (string | number)[];
  scenario: Scenario;
}

function runLabel(s: Scenario, variants: number): string {
  const what = `${s.replicates} replicate${s.replicates > 1 ? 's' : ''} × ${s.horizon} periods of ${s.population.size.toLocaleString('en-US')} customers`;
  return variants > 1 ? `Ran ${variants} sweep values × ${what}` : `Ran ${what}`;
}

type OnPeriod = (replicate: number, summary: PeriodSummary) => void;

async function simulate(s: Scenario, o: CliOptions, setup: CliSetup, tick: () => void, onPeriod: OnPeriod): Promise<void> {
  if (o.workers > 1 && s.replicates > 1) await runOnWorkers(s, o.workers, setup.workerEntry, onPeriod, tick, o.engine);
  else
    for (let rep = 0; rep < s.replicates; rep++)
      runReplicate(s, rep, {
        engine: o.engine,
        onPeriod: (period) => {
          onPeriod(rep, period);
          tick();
        },
      });
}

interface RowWriter {
  add(label: (string | number)[], replicate: number, summary: PeriodSummary): void;
  finish(summary: SummaryCollector): void;
}

/** CSV and JSON rows, written as each period arrives. */
function openRows(s: Scenario, o: CliOptions, sinks: Sink[]): RowWriter {
  const csv = o.out ? openFileSink(o.out) : null;
  if (csv) sinks.push(csv);
  const json = o.json ? openFileSink(o.json) : null;
  if (json) sinks.push(json);
  const header = o.sweep ? ['sweepPath', 'sweepValue', ...ROW_HEADER] : [...ROW_HEADER];
  csv?.write(csvLine(header));
  json?.write(`{"scenario":${JSON.stringify(s)},\n"columns":${JSON.stringify(header)},\n"rows":[`);
  let first = true;
  return {
    add(label, rep, period) {
      for (const plain of summaryRows(s, rep, period)) {
        const row = label.length ? [...label, ...plain] : plain;
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
