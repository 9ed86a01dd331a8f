// The boundary where untrusted experiment text becomes a typed Experiment, with the same care
// as a scenario file (scenario/parse.ts): size first, JSON.parse only, then the shape (depth,
// forbidden keys, plain data), then the schema; every error names its field.
import { formatIssues, formatPath } from '../scenario/errors.ts';
import { experimentSchema, type Experiment } from './schema.ts';

/** An embedded base scenario may be up to a scenario file's 1 MB; the rest is small. */
export const MAX_EXPERIMENT_BYTES = 2_000_000;
/** base.events[i].firms[j] is the deepest legitimate path (depth 5). */
const MAX_DEPTH = 14;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ExperimentParse = { ok: true; experiment: Experiment } | { ok: false; errors: string[] };

const fail = (...errors: string[]): ExperimentParse => ({ ok: false, errors });

/** Walks without recursion: a deep file must not blow the stack. */
function checkShape(root: unknown): string | null {
  const stack: [unknown, (string | number)[]][] = [[root, []]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'number' && !Number.isFinite(v)) return `${formatPath(path)}: must be a finite number (got ${v})`;
    if (v === null || typeof v !== 'object') continue;
    const proto = Object.getPrototypeOf(v);
    if (Array.isArray(v) ? proto !== Array.prototype : proto !== Object.prototype && proto !== null)
      return `${formatPath(path)}: must be plain data (numbers, text, true/false, null, lists, objects)`;
    if (path.length > MAX_DEPTH) return `${formatPath(path)}: nested deeper than ${MAX_DEPTH} levels`;
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...path, i]]));
    else
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(key)) return `${formatPath([...path, key])}: the key "${key}" is not allowed`;
        stack.push([(v as Record<string, unknown>)[key], [...path, key]]);
      }
  }
  return null;
}

export function parseExperimentValue(value: unknown): ExperimentParse {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('(root): an experiment must be a JSON object');
  const shape = checkShape(value);
  if (shape) return fail(shape);
  const r = experimentSchema.safeParse(value);
  return r.success ? { ok: true, experiment: r.data } : fail(...formatIssues(r.error.issues));
}

export function parseExperimentText(text: string): ExperimentParse {
  // a UTF-16 unit is at least one UTF-8 byte: a longer text is certainly too large
  if (text.length > MAX_EXPERIMENT_BYTES || new TextEncoder().encode(text).length > MAX_EXPERIMENT_BYTES)
    return fail(`(file): larger than the ${MAX_EXPERIMENT_BYTES / 1e6} MB limit for an experiment`);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail('(file): is empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (e instanceof RangeError) return fail(`(file): nested too deeply to read`);
    return fail(`(file): not valid JSON (${(e as Error).message.slice(0, 160)})`);
  }
  return parseExperimentValue(value);
}
