// Reads a scenario file for the CLI and applies the command-line overrides, re-validating
// the result so an option beyond the limits is reported like a bad field.
import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES, parseScenarioBytes, parseScenarioValue, type ParseResult } from '../scenario/parse.ts';
import type { CliOptions } from './args.ts';

export function readScenarioFile(path: string): ParseResult {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { ok: false, errors: ['(file): is not a file'] };
    size = st.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, errors: [code === 'ENOENT' ? '(file): no such file' : `(file): cannot be read (${code ?? 'error'})`] };
  }
  // checked before reading, so a huge file is never loaded
  if (size > MAX_FILE_BYTES)
    return { ok: false, errors: [`(file): ${(size / 1e6).toFixed(2)} MB is larger than the ${MAX_FILE_BYTES / 1e6} MB limit for a scenario`] };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, errors: [`(file): cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  // decoded as the browser decodes it: UTF-8, or UTF-16 with a byte-order mark
  return parseScenarioBytes(bytes);
}

const OPTION_OF: Record<string, string> = { replicates: '--reps', seed: '--seed', horizon: '--horizon', 'population.size': '--population' };

/** The scenario with the options applied; errors name the option that caused them. */
export function applyOverrides(loaded: ParseResult & { ok: true }, o: CliOptions['overrides']): ParseResult {
  if (Object.keys(o).length === 0) return loaded;
  const s = structuredClone(loaded.scenario);
  if (o.replicates !== undefined) s.replicates = o.replicates;
  if (o.seed !== undefined) s.seed = o.seed;
  if (o.horizon !== undefined) s.horizon = o.horizon;
  if (o.population !== undefined) s.population.size = o.population;
  const r = parseScenarioValue(s);
  if (r.ok) return { ...r, notices: loaded.notices };
  return {
    ok: false,
    errors: r.errors.map((e) => {
      const path = e.slice(0, e.indexOf(': '));
      return OPTION_OF[path] ? `${OPTION_OF[path]} (${path})${e.slice(path.length)}` : e;
    }),
  };
}
