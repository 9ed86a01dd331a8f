// Options of `npm run experiment`: run an experiment (or one shard of it), or merge shards.
import type { Engine } from '../model/index.ts';
import { parseShard, WHOLE, type Shard } from '../experiment/shard.ts';
import { oneFile, parseRunner, readCommandLine } from './searchArgs.ts';

export const EXPERIMENT_USAGE = `Usage: npm run experiment -- <experiment.json> [options]
       npm run experiment -- merge <part.csv>… --out <results.csv>
       npm run experiment -- report <experiment.json> <results.csv>

Runs every design point of an experiment on the same replicate seeds (common random
numbers) and writes one row per run: experiment, run, point, replicate, seed, the factor
values and the outputs. Prints, per design point, each output's mean with the 90%
confidence interval of the mean (and, for a Morris design, each factor's elementary effects).
A scenario file with an "experiment" section (as the app saves it) runs as that experiment,
the scenario being its base.

Options:
  --out FILE        write the rows as CSV (required with --shard)
  --workers N       run on N threads (the same rows as 1; default 1)
  --shard i/n       run only part i of n (i = 0 … n − 1): the runs whose index is i mod n;
                    merge the n parts with the merge command
  --engine E        wasm (default) or typescript (the same results, slower)
  --quiet           print nothing but errors
  --help            show this help
merge:
  joins parts written with --shard into the file the unsharded run writes, byte for byte;
  checks that they come from one experiment and that no run is missing or repeated
report:
  prints the table of an experiment from the rows of a finished run (e.g. a merged file)

Exit codes: 0 done, 1 could not write or run, 2 bad options or a bad experiment file.
`;

export interface RunOptions {
  command: 'run';
  file: string;
  out?: string;
  workers: number;
  shard: Shard;
  engine: Engine;
  quiet: boolean;
}

export interface MergeOptions {
  command: 'merge';
  parts: string[];
  out: string;
  quiet: boolean;
}

export interface ReportOptions {
  command: 'report';
  file: string;
  results: string;
}

export type ExperimentArgs = { help: true } | { help: false; options: RunOptions | MergeOptions | ReportOptions } | { help: false; error: string };

export function parseExperimentArgs(argv: readonly string[]): ExperimentArgs {
  const parsed = readCommandLine(argv, { shard: { type: 'string' } });
  if (typeof parsed === 'string') return { help: false, error: parsed };
  const { values: v, positionals } = parsed;
  if (v.help) return { help: true };
  const quiet = v.quiet ?? false;
  if (positionals[0] === 'merge') {
    const parts = positionals.slice(1);
    if (!parts.length) return { help: false, error: 'merge: name the part files to join' };
    if (!v.out) return { help: false, error: 'merge: --out FILE is required' };
    if (v.workers !== undefined || v.shard !== undefined || v.engine !== undefined)
      return { help: false, error: 'merge: takes only the part files, --out and --quiet' };
    return { help: false, options: { command: 'merge', parts, out: v.out, quiet } };
  }
  if (positionals[0] === 'report') {
    if (positionals.length !== 3) return { help: false, error: 'report: name the experiment file and its results file' };
    if (Object.keys(v).length) return { help: false, error: 'report: takes only the experiment file and the results file' };
    return { help: false, options: { command: 'report', file: positionals[1], results: positionals[2] } };
  }
  const input = oneFile(positionals, 'experiment file');
  if ('error' in input) return { help: false, error: input.error };
  const runner = parseRunner(v);
  if (typeof runner === 'string') return { help: false, error: runner };
  const shard = v.shard === undefined ? WHOLE : parseShard(v.shard);
  if (typeof shard === 'string') return { help: false, error: shard };
  if (shard.count > 1 && v.out === undefined) return { help: false, error: '--shard: needs --out FILE for the part' };
  return { help: false, options: { command: 'run', file: input.file, out: v.out, ...runner, shard, quiet } };
}
