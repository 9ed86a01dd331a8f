// --set and --sweep: any field of the scenario from the command line, by the same path the
// error messages use (`firms[0].price`), and a one-parameter sensitivity sweep run on the same
// seeds for every value (common random numbers), so differences are the parameter's doing.
// Paths go through the resolver the editor shares (src/scenario/paths.ts), which refuses
// `__proto__`, `prototype` and `constructor` by name.
import { parseScenarioValue, type ParseResult } from '../scenario/parse.ts';
import { parsePath, pathText, setAt, type Path } from '../scenario/paths.ts';
import type { Scenario } from '../scenario/schema.ts';

export { parsePath, pathText, type Path };

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
  if (eq <= 0) return `${option}: expected PATH=VALUE, e.g. firms[0].price=0.9, not "${text}"`;
  const path = parsePath(text.slice(0, eq));
  if (typeof path === 'string') return `${option} ${path}`;
  return { text: text.slice(0, eq), path, value: parseValue(text.slice(eq + 1)) };
}

export const MAX_SWEEP_VALUES = 50;

export interface Sweep {
  text: string;
  path: Path;
  values: number[];
}

/** A number as a person types it (no empty text, hex or "Infinity", which Number() allows). */
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const strictNumber = (text: string): number => (NUMBER.test(text.trim()) ? Number(text) : NaN);

/** `PATH=FROM:TO:STEP` or `PATH=A,B,C`. */
export function parseSweep(text: string): Sweep | string {
  const a = parseAssignment('--sweep', text);
  if (typeof a === 'string') return a;
  const spec = text.slice(text.indexOf('=') + 1);
  let values: number[];
  const range = spec.split(':');
  if (range.length === 3) {
    const [from, to, step] = range.map(strictNumber);
    if (![from, to, step].every(Number.isFinite) || step <= 0 || to < from) return `--sweep: expected FROM:TO:STEP with FROM ≤ TO and STEP > 0, not "${spec}"`;
    const n = Math.floor((to - from) / step + 1e-9) + 1;
    if (n > MAX_SWEEP_VALUES) return `--sweep: ${n} values; at most ${MAX_SWEEP_VALUES}`;
    // rounded to 12 digits so 0.1-steps print as 0.3, not 0.30000000000000004
    values = Array.from({ length: n }, (_, i) => Number((from + i * step).toPrecision(12)));
  } else {
    // every item must be a number: `seed=` or `seed=1,,2` is a typo, never a silent 0
    values = spec.split(',').map(strictNumber);
    if (!values.every(Number.isFinite)) return `--sweep: expected numbers A,B,C or FROM:TO:STEP, not "${spec}"`;
    if (values.length > MAX_SWEEP_VALUES) return `--sweep: ${values.length} values; at most ${MAX_SWEEP_VALUES}`;
  }
  return { text: a.text, path: a.path, values };
}

/** The scenario with `value` at `path`, validated; an error names the option. */
export function assign(s: Scenario, path: Path, value: unknown, option: string): ParseResult {
  const copy = structuredClone(s) as unknown as Record<string, unknown>;
  const problem = setAt(copy, path, value, 'existing');
  if (problem) return { ok: false, errors: [`${option} ${problem}`] };
  const r = parseScenarioValue(copy);
  return r.ok ? r : { ok: false, errors: r.errors.map((e) => `${option} ${e}`) };
}
