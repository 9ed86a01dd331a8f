// Options of `npm run optimise`.
import { parseArgs } from 'node:util';
import type { Engine } from '../model/index.ts';
import { parseEngine, parseWorkers } from './searchArgs.ts';

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
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        report: { type: 'string' },
        workers: { type: 'string', short: 'w' },
        engine: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { help: false, error: (e as Error).message };
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { help: true };
  if (positionals.length !== 1)
    return { help: false, error: positionals.length ? `expected one experiment file, got ${positionals.length}` : 'missing the experiment file' };
  const workers = parseWorkers(v.workers);
  if (typeof workers === 'string') return { help: false, error: workers };
  const engine = parseEngine(v.engine);
  if (engine !== 'wasm' && engine !== 'typescript') return { help: false, error: engine };
  return { help: false, options: { file: positionals[0], out: v.out, report: v.report, workers, engine, quiet: v.quiet ?? false } };
}
