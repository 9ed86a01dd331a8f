// --set and --sweep: any field of the scenario from the command line, by the same path the
// error messages use (`firms[0].price`), and a one-parameter sensitivity sweep run on the same
// seeds for every value (common random numbers), so differences are the parameter's doing.
import { parseScenarioValue, type ParseResult } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';

export type Path = (string | number)[];

/** `firms[0].price` → ['firms', 0, 'price']; null if it is not a path. */
export function parsePath(text: string): Path | null {
  if (!/^[A-Za-z_]\w*(\[\d+\]|\.[A-Za-z_]\w*)*$/.test(text)) return null;
  const out: Path = [];
  for (const m of text.matchAll(/([A-Za-z_]\w*)|\[(\d+)\]/g)) out.push(m[1] ?? Number(m[2]));
  return out;
}

/** A value as typed: JSON if it parses (numbers, true, "text"), else the bare text. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface Assignment {
  text: string;
  path: Path;
  value: unknown;
}

export function parseAssignment(option: string, text: string): Assignment | string {
  const eq = text.indexOf('=');
  const path = eq > 0 ? parsePath(text.slice(0, eq)) : null;
  if (!path) return `${option}: expected PATH=VALUE, e.g. firms[0].price=0.9, not "${text}"`;
  return { text: text.slice(0, eq), path, value: parseValue(text.slice(eq + 1)) };
}

export const MAX_SWEEP_VALUES = 50;

export interface Sweep {
  text: string;
  path: Path;
  values: number[];
}

/** `PATH=FROM:TO:STEP` or `PATH=A,B,C`. */
export function parseSweep(text: string): Sweep | string {
  const a = parseAssignment('--sweep', text);
  if (typeof a === 'string') return a;
  const spec = text.slice(text.indexOf('=') + 1);
  let values: number[];
  const range = spec.split(':');
  if (range.length === 3) {
    const [from, to, step] = range.map(Number);
    if (![from, to, step].every(Number.isFinite) || step <= 0 || to < from) return `--sweep: expected FROM:TO:STEP with FROM ≤ TO and STEP > 0, not "${spec}"`;
    const n = Math.floor((to - from) / step + 1e-9) + 1;
    if (n > MAX_SWEEP_VALUES) return `--sweep: ${n} values; at most ${MAX_SWEEP_VALUES}`;
    // rounded to 12 digits so 0.1-steps print as 0.3, not 0.30000000000000004
    values = Array.from({ length: n }, (_, i) => Number((from + i * step).toPrecision(12)));
  } else {
    values = spec.split(',').map(Number);
    if (!values.length || !values.every(Number.isFinite)) return `--sweep: expected numbers A,B,C or FROM:TO:STEP, not "${spec}"`;
    if (values.length > MAX_SWEEP_VALUES) return `--sweep: ${values.length} values; at most ${MAX_SWEEP_VALUES}`;
  }
  return { text: a.text, path: a.path, values };
}

/** The scenario with `value` at `path`, validated; an error names the option. */
export function assign(s: Scenario, path: Path, value: unknown, option: string): ParseResult {
  const copy = structuredClone(s) as unknown as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (next === null || typeof next !== 'object') return { ok: false, errors: [`${option} ${pathText(path)}: there is no such field`] };
    at = next as Record<string | number, unknown>;
  }
  at[path[path.length - 1]] = value;
  const r = parseScenarioValue(copy);
  return r.ok ? r : { ok: false, errors: r.errors.map((e) => `${option} ${e}`) };
}

export const pathText = (path: Path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
