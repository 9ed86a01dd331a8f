// The one place an experiment sets a scenario field by its path, through the resolver the
// editor, --set and --sweep share (src/scenario/paths.ts: `__proto__`, `prototype` and
// `constructor` refused by name, own properties only).
import { getAt, parsePath, type Path } from '../scenario/paths.ts';
import { assign } from '../cli/sweep.ts';
import type { ParseResult } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';

export type FieldPath = Path;

/** ['firms', 0, 'price'] for `firms[0].price`; null when the text is not an allowed path. */
export function readPath(text: string): FieldPath | null {
  const p = parsePath(text);
  return typeof p === 'string' ? null : p;
}

/** The value at a path of a parsed scenario (undefined when there is no such field). */
export const fieldValue = (s: Scenario, path: FieldPath): unknown => getAt(s, path);

/** The scenario with `value` at `path`, validated; errors name the field. */
export function setField(s: Scenario, path: FieldPath, value: number): ParseResult {
  const r = assign(s, path, value, '');
  // assign() starts each error with the option that caused it; here there is none
  return r.ok ? r : { ok: false, errors: r.errors.map((e) => e.trimStart()) };
}
