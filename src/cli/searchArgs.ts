// Options shared by the command-line entries (sim, experiment, optimise, calibrate): workers, engine.
import type { Engine } from '../model/index.ts';

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
