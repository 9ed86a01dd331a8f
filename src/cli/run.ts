// The command: options → scenario → replicates → CSV/JSON rows as periods complete → table.
import { ROW_HEADER, runReplicate, summaryRows, type PeriodSummary } from '../model/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { parseCliArgs, USAGE, type CliOptions } from './args.ts';
import { csvLine, jsonLine } from '../io/csv.ts';
import { applyOverrides, readScenarioFile } from './load.ts';
import { defaultBudget, planWorkers } from './memory.ts';
import { checkOutputs } from './outputs.ts';
import { openCohortRows, wantsCohorts } from './cohortOutputs.ts';
import { runOnWorkers } from './pool.ts';
import { createProgress } from './progress.ts';
import { openFileSink, type Sink } from './sink.ts';
import { createSummary, formatSummary, formatSweepSummary, summaryStats, type SummaryCollector } from './summary.ts';
import { assign, pathText } from './sweep.ts';
import { printable } from './terminal.ts';

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

export async function runCli(argv: readonly string[], rawIo: CliIo, setup: CliSetup): Promise<number> {
  // every text goes out through the sanitiser; only the progress bar writes raw (its own codes)
  const io = { stdout: (t: string) => rawIo.stdout(printable(t)), stderr: (t: string) => rawIo.stderr(printable(t)) };
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
  const outputsProblem = checkOutputs(
    [o.file],
    [
      { option: '--out', path: o.out },
      { option: '--json', path: o.json },
      { option: '--cohorts', path: o.cohorts },
      { option: '--by-satisfaction', path: o.bySatisfaction },
      { option: '--by-tenure', path: o.byTenure },
    ],
  );
  if (outputsProblem) {
    io.stderr(`loyalty-lab: ${outputsProblem}\n`);
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
  // the largest variant sets the memory a run needs (a sweep may change the population)
  const budget = o.memory ?? defaultBudget();
  const plans = variants.map((v) => planWorkers(v.scenario, o.workers, budget, wantsCohorts(o)));
  const tightest = plans.reduce((a, b) => (b.error || b.workers < a.workers ? b : a));
  if (tightest.error) {
    io.stderr(`loyalty-lab: ${tightest.error}\n`);
    return EXIT_BAD_INPUT;
  }
  if (tightest.notice && !o.quiet) io.stderr(`loyalty-lab: ${tightest.notice}\n`);
  const workers = tightest.workers;

  const sinks: Sink[] = [];
  try {
    const rows = openRows(base, o, sinks);
    const cohortRows = openCohortRows(o, sinks);
    const summaries = variants.map((v) => createSummary(v.scenario));
    // each variant's own replicates and horizon: a sweep may change either
    const total = variants.reduce((n, v) => n + v.scenario.replicates * v.scenario.horizon, 0);
    const progress = o.quiet ? null : createProgress(total, runLabel(variants), rawIo.stderr, rawIo.stderrIsTTY);
    for (const [i, v] of variants.entries())
      await simulate(
        v.scenario,
        workers,
        o,
        setup,
        () => progress?.tick(),
        (rep, period) => {
          rows.add(v, rep, period);
          cohortRows?.add(v.label, v.scenario, rep, period);
          summaries[i].add(rep, period);
        },
      );
    progress?.finish();
    rows.finish(summaries[0]);
    while (sinks.length) sinks.shift()!.close();
    if (!o.quiet) io.stdout(o.sweep ? formatSweepSummary(base, pathText(o.sweep.path), o.sweep.values, summaries) : formatSummary(base, summaries[0]));
    return EXIT_OK;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.stderr(`loyalty-lab: ${err.code ? `cannot write ${err.path ?? 'the output'} (${err.code})` : (err.stack ?? err.message)}\n`);
    for (const sink of sinks) sink.abort();
    return EXIT_FAILED;
  }
}

/** One scenario to run: the file's, or one value of a sweep (label: [path, value]). */
interface Variant {
  label: (string | number)[];
  scenario: Scenario;
}

/** `3` or, when a sweep changes it, `3–30`. */
function span(xs: readonly number[]): string {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo === hi ? lo.toLocaleString('en-US') : `${lo.toLocaleString('en-US')}–${hi.toLocaleString('en-US')}`;
}

function runLabel(variants: readonly Variant[]): string {
  const ss = variants.map((v) => v.scenario);
  const reps = ss.map((s) => s.replicates);
  const what = `${span(reps)} replicate${Math.max(...reps) > 1 ? 's' : ''} × ${span(ss.map((s) => s.horizon))} periods of ${span(ss.map((s) => s.population.size))} customers`;
  return variants.length > 1 ? `Ran ${variants.length} sweep values × ${what}` : `Ran ${what}`;
}

type OnPeriod = (replicate: number, summary: PeriodSummary) => void;

async function simulate(s: Scenario, workers: number, o: CliOptions, setup: CliSetup, tick: () => void, onPeriod: OnPeriod): Promise<void> {
  const cohorts = wantsCohorts(o);
  if (workers > 1 && s.replicates > 1) await runOnWorkers(s, workers, setup.workerEntry, onPeriod, tick, o.engine, cohorts);
  else
    for (let rep = 0; rep < s.replicates; rep++)
      runReplicate(s, rep, {
        engine: o.engine,
        cohorts,
        onPeriod: (period) => {
          onPeriod(rep, period);
          tick();
        },
      });
}

interface RowWriter {
  add(variant: Variant, replicate: number, summary: PeriodSummary): void;
  finish(summary: SummaryCollector): void;
}

/** CSV and JSON rows, written as each period arrives: nothing per run is kept for them. */
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
    add({ label, scenario }, rep, period) {
      for (const plain of summaryRows(scenario, rep, period)) {
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
