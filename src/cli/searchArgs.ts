// Options shared by the command-line entries (sim, experiment, optimise, calibrate): reading the
// command line, the one input file, workers, engine.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { Engine } from '../model/index.ts';

/** Options every entry takes; each entry adds its own. */
const COMMON_OPTIONS = {
  out: { type: 'string', short: 'o' },
  workers: { type: 'string', short: 'w' },
  engine: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** The command line read strictly against the common options and the entry's own, or the
 *  parser's message (an unknown option, a missing value). */
export function readCommandLine<T extends ParseArgsOptionsConfig>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { ...COMMON_OPTIONS, ...options } });
  } catch (e) {
    return (e as Error).message;
  }
}

/** The one input file named on the command line, or what is wrong (`what`: "scenario file"). */
export function oneFile(positionals: readonly string[], what: string): { file: string } | { error: string } {
  if (positionals.length === 1) return { file: positionals[0] };
  return { error: positionals.length ? `expected one ${what}, got ${positionals.length}` : `missing the ${what}` };
}

/** --workers and --engine, checked together, as every entry reads them. */
export function parseRunner(v: { workers?: string; engine?: string }): { workers: number; engine: Engine } | string {
  const workers = parseWorkers(v.workers);
  if (typeof workers === 'string') return workers;
  const engine = parseEngine(v.engine);
  if (engine !== 'wasm' && engine !== 'typescript') return engine;
  return { workers, engine };
}

export const MAX_WORKERS = 64;

export function parseWorkers(text: string | undefined): number | string {
  if (text === undefined) return 1;
  if (!/^\d+$/.test(text.trim())) return `--workers: must be a whole number, not "${text}"`;
  const n = Number(text);
  return n >= 1 && n <= MAX_WORKERS ? n : `--workers: must be between 1 and ${MAX_WORKERS}`;
}

export function parseEngine(text: string | undefined): Engine | string {
  const e = text ?? 'wasm';
  return e === 'wasm' || e === 'typescript' ? e : `--engine: must be wasm or typescript, not "${e}"`;
}

/** A shared number format for the closing tables. */
export const num = (x: number) =>
  !Number.isFinite(x) ? '–' : Math.abs(x) >= 1e4 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toPrecision(4) : String(Number(x.toPrecision(4)));

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, j) => Math.max(...[header, ...rows].map((r) => [...r[j]].length)));
  const line = (r: string[]) =>
    r
      .map((x, j) => (j < 1 ? x.padEnd(widths[j]) : x.padStart(widths[j])))
      .join('   ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
