// Command-line options: what the user typed, checked, before any file is read.
import { parseAssignment, parseSweep, type Assignment, type Sweep } from './sweep.ts';
import type { Engine } from '../model/index.ts';
import { MAX_WORKERS, oneFile, parseEngine, readCommandLine } from './searchArgs.ts';

export const USAGE = `Usage: npm run sim -- <scenario.json> [options]

Runs the replicates of a Loyalty Lab scenario and prints, per firm, the mean of the
headline measures over replicates with the range of the middle 90% of replicates.

Options (each overrides the file):
  --reps N          replicates                    (file: replicates)
  --seed N          random seed, 0 … 4294967295   (file: seed)
  --horizon N       periods to run                (file: horizon)
  --population N    customers                     (file: population.size)
  --set PATH=VALUE  any field, by its path, e.g. --set firms[0].price=0.9 (repeatable)
Sensitivity:
  --sweep PATH=FROM:TO:STEP  or  PATH=A,B,C
                    run every value of one field on the same seeds (common random
                    numbers); rows gain sweepPath and sweepValue columns, and the table
                    shows, per value, our firm's headline measures
Output:
  --out FILE        write every period × replicate × firm × segment as CSV
  --json FILE       write the same rows, the scenario and the summary as JSON
  --cohorts FILE    write cohort survival as CSV: replicate,firm,cohort,age,acquired,alive
                    (each firm's starting stock, cohort "start", and the customers it
                    acquired in each period, followed to the end of the run; ages in periods)
  --by-satisfaction FILE
                    write retention a year later by satisfaction band as CSV:
                    replicate,firm,period,band,customers,retainedNextYear (bands of a
                    quarter point; satisfaction observed at most 12 times a year)
  --by-tenure FILE  write retention over each period by tenure band as CSV:
                    replicate,firm,period,band,customers,retained (tenure in periods at
                    the start of the period: under half a year, to a year, 1-2 years, 2+)
  --digits N        round numbers in the files to N significant digits (default: exact)
  --workers N       run replicates on N threads (same results as 1; default 1); fewer
                    if N would not fit the memory budget
  --memory MB       memory budget in megabytes (default: half of this machine's memory)
  --engine E        wasm (default) or typescript: the period loop compiled to WebAssembly,
                    or the TypeScript it is compiled from (same results, slower)
  --quiet           print nothing but errors (no progress, no table)
  --help            show this help

Exit codes: 0 done, 1 could not write or run, 2 bad options or a bad scenario file.
`;

export interface CliOptions {
  file: string;
  overrides: { replicates?: number; seed?: number; horizon?: number; population?: number };
  sets: Assignment[];
  sweep?: Sweep;
  out?: string;
  json?: string;
  cohorts?: string;
  bySatisfaction?: string;
  byTenure?: string;
  digits?: number;
  workers: number;
  /** Budget in bytes, if given (else half the machine's memory). */
  memory?: number;
  engine: Engine;
  quiet: boolean;
}

export type ParsedArgs = { help: true } | { help: false; options: CliOptions } | { help: false; error: string };

/** A petabyte: beyond any machine, so only a typo is refused. */
const MAX_MEMORY_MB = 1_000_000_000;

function wholeNumber(name: string, text: string | undefined, min: number, max: number): number | string | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) return `--${name}: must be a whole number, not "${text}"`;
  const n = Number(text);
  if (n < min || n > max) return `--${name}: must be between ${min} and ${max}`;
  return n;
}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const parsed = readCommandLine(argv, {
    reps: { type: 'string' },
    seed: { type: 'string' },
    horizon: { type: 'string' },
    population: { type: 'string' },
    set: { type: 'string', multiple: true },
    sweep: { type: 'string' },
    json: { type: 'string' },
    digits: { type: 'string' },
    memory: { type: 'string' },
    cohorts: { type: 'string' },
    'by-satisfaction': { type: 'string' },
    'by-tenure': { type: 'string' },
  });
  if (typeof parsed === 'string') return { help: false, error: parsed };
  const { values: v, positionals } = parsed;
  if (v.help) return { help: true };
  const input = oneFile(positionals, 'scenario file');
  if ('error' in input) return { help: false, error: input.error };
  // the schema checks the real bounds; these only catch what is not a number at all
  const numbers = {
    replicates: wholeNumber('reps', v.reps, 0, Number.MAX_SAFE_INTEGER),
    seed: wholeNumber('seed', v.seed, 0, Number.MAX_SAFE_INTEGER),
    horizon: wholeNumber('horizon', v.horizon, 0, Number.MAX_SAFE_INTEGER),
    population: wholeNumber('population', v.population, 0, Number.MAX_SAFE_INTEGER),
    digits: wholeNumber('digits', v.digits, 1, 17),
    workers: wholeNumber('workers', v.workers, 1, MAX_WORKERS),
    memory: wholeNumber('memory', v.memory, 1, MAX_MEMORY_MB),
  };
  for (const x of Object.values(numbers)) if (typeof x === 'string') return { help: false, error: x };
  const n = numbers as Record<keyof typeof numbers, number | undefined>;
  const overrides = Object.fromEntries((['replicates', 'seed', 'horizon', 'population'] as const).filter((k) => n[k] !== undefined).map((k) => [k, n[k]]));
  const sets: Assignment[] = [];
  for (const text of v.set ?? []) {
    const a = parseAssignment('--set', text);
    if (typeof a === 'string') return { help: false, error: a };
    sets.push(a);
  }
  const engine = parseEngine(v.engine);
  if (engine !== 'wasm' && engine !== 'typescript') return { help: false, error: engine };
  const sweep = v.sweep === undefined ? undefined : parseSweep(v.sweep);
  if (typeof sweep === 'string') return { help: false, error: sweep };
  return {
    help: false,
    options: {
      file: input.file,
      overrides,
      sets,
      sweep,
      out: v.out,
      json: v.json,
      cohorts: v.cohorts,
      bySatisfaction: v['by-satisfaction'],
      byTenure: v['by-tenure'],
      digits: n.digits,
      workers: n.workers ?? 1,
      memory: n.memory === undefined ? undefined : n.memory * 1024 * 1024,
      engine,
      quiet: v.quiet ?? false,
    },
  };
}
