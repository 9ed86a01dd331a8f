// The one place an experiment sets a scenario field by its path. It adapts the path code of
// `--set`/`--sweep` (cli/sweep.ts) until the shared resolver of src/scenario lands; switching
// to it changes only the import and the calls below.
import { assign, parsePath } from '../cli/sweep.ts';
import type { ParseResult } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';

export type FieldPath = (string | number)[];

/** ['firms', 0, 'price'] for `firms[0].price`; null when the text is not a path. */
export function readPath(text: string): FieldPath | null {
  return parsePath(text);
}

/** The value at a path of a parsed scenario (undefined when there is no such field). */
export function fieldValue(s: Scenario, path: FieldPath): unknown {
  let at: unknown = s;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** The scenario with `value` at `path`, validated; errors name the field. */
export function setField(s: Scenario, path: FieldPath, value: number): ParseResult {
  const r = assign(s, path, value, '');
  // assign() starts each error with the option that caused it; here there is none
  return r.ok ? r : { ok: false, errors: r.errors.map((e) => e.trimStart()) };
}
