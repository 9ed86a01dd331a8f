// Options of `npm run optimise`.
import type { Engine } from '../model/index.ts';
import { oneFile, parseRunner, readCommandLine } from './searchArgs.ts';

export const OPTIMISE_USAGE = `Usage: npm run optimise -- <experiment.json> [options]

Searches the experiment's factors (each a range: its bounds) for the setting that maximises
(or minimises) the output named in its "optimise" section, subject to its constraints, by
Nelder–Mead from several starts, every candidate on the same replicates 0 … R − 1 (common
random numbers). The best few candidates are then re-run on fresh replicates R … R + F − 1,
never used by the search: the best is reported with its 90% confidence interval there, with
the runner-ups that cannot be told from it (paired differences on the fresh replicates).

Options:
  --out FILE        the path of the search: one CSV row per evaluation
  --report FILE     the result as JSON (best, interval, runner-ups, constraints)
  --workers N       run the restarts and finalists on N threads (the same results as 1)
  --engine E        wasm (default) or typescript
  --quiet           print nothing but errors
  --help            show this help

Exit codes: 0 done, 1 could not write or run, 2 bad options or a bad experiment file.
`;

export interface OptimiseOptions {
  file: string;
  out?: string;
  report?: string;
  workers: number;
  engine: Engine;
  quiet: boolean;
}

export type OptimiseArgs = { help: true } | { help: false; options: OptimiseOptions } | { help: false; error: string };

export function parseOptimiseArgs(argv: readonly string[]): OptimiseArgs {
  const parsed = readCommandLine(argv, { report: { type: 'string' } });
  if (typeof parsed === 'string') return { help: false, error: parsed };
  const { values: v, positionals } = parsed;
  if (v.help) return { help: true };
  const input = oneFile(positionals, 'experiment file');
  if ('error' in input) return { help: false, error: input.error };
  const runner = parseRunner(v);
  if (typeof runner === 'string') return { help: false, error: runner };
  return { help: false, options: { file: input.file, out: v.out, report: v.report, ...runner, quiet: v.quiet ?? false } };
}
