// The one boundary where untrusted scenario text becomes a typed Scenario. Files are data:
// JSON.parse only, never evaluated. Checks run cheapest first so hostile input fails fast.
import { scenarioSchema, SCHEMA_VERSION, type Scenario, type ScenarioInput } from './schema.ts';
import { formatIssues } from './errors.ts';
import { migrate } from './migrate.ts';

export const MAX_FILE_BYTES = 1_000_000;
export const MAX_DEPTH = 12;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult =
  | { ok: true; scenario: Scenario; notices: string[] }
  | { ok: false; errors: string[] };

const fail = (...errors: string[]): ParseResult => ({ ok: false, errors });

/** Walks the parsed JSON without recursion (a deep file must not blow the stack). */
function checkShape(root: unknown): string | null {
  const stack: [unknown, string, number][] = [[root, '', 0]];
  while (stack.length) {
    const [v, path, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_DEPTH) return `${path || '(root)'}: nested deeper than ${MAX_DEPTH} levels`;
    if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push([x, `${path}[${i}]`, depth + 1]));
      continue;
    }
    for (const key of Object.keys(v)) {
      const p = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return `${p}: the key "${key}" is not allowed`;
      stack.push([(v as Record<string, unknown>)[key], p, depth + 1]);
    }
  }
  return null;
}

export function parseScenarioValue(value: unknown): ParseResult {
  const shape = checkShape(value);
  if (shape) return fail(shape);
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return fail('(root): a scenario must be a JSON object');
  const migrated = migrate(value as Record<string, unknown>);
  if (!migrated.ok) return fail(migrated.error);
  const r = scenarioSchema.safeParse(migrated.value);
  if (!r.success) return fail(...formatIssues(r.error.issues));
  return { ok: true, scenario: r.data, notices: migrated.notices };
}

export function parseScenarioText(text: string): ParseResult {
  if (typeof text !== 'string') return fail('(file): must be text');
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES)
    return fail(`(file): ${(bytes / 1e6).toFixed(1)} MB is larger than the ${MAX_FILE_BYTES / 1e6} MB limit`);
  let value: unknown;
  try {
    // JSON.parse never yields NaN or Infinity, and a reviver-free parse creates "__proto__"
    // as a plain own key, which checkShape then rejects: no prototype is ever touched.
    value = JSON.parse(text);
  } catch (e) {
    return fail(`(file): not valid JSON (${(e as Error).message})`);
  }
  return parseScenarioValue(value);
}

/** Defaults for everything: the scenario a new user starts from. */
export function defaultScenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({ schemaVersion: SCHEMA_VERSION, ...overrides });
}

/** Serialises the complete, defaulted scenario so a file states every assumption. */
export function serialiseScenario(s: Scenario): string {
  return JSON.stringify(s, null, 2) + '\n';
}
