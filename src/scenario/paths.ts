// Field paths in a scenario, written as the validator writes them (`firms[1].price`): the one
// resolver that the editor, --set, --sweep (and experiments) share. A path can come from a
// stranger (a command line pasted from the web, an experiment file), so it is checked by
// name: `__proto__`, `prototype` and `constructor` are refused wherever they stand, and a walk
// follows own properties only, lists by index and objects by name. No path can reach
// Object.prototype or Array.prototype, however it is spelled.
import { formatPath } from './errors.ts';

export type Path = readonly (string | number)[];

/** Keys that lead to a prototype; refused in files (parse.ts) and in paths alike. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A path as the error lines write it: `firms[1].price`, `(root)` for none. */
export const pathText = (path: Path): string => formatPath(path);

/** Longest index a path may name; no list in a scenario comes near it. */
const MAX_INDEX_DIGITS = 6;
const PATH_SYNTAX = new RegExp(`^[A-Za-z_]\\w*(\\[\\d{1,${MAX_INDEX_DIGITS}}\\]|\\.[A-Za-z_]\\w*)*$`);

/** `firms[0].price` → ['firms', 0, 'price'], or why not. */
export function parsePath(text: string): Path | string {
  if (!PATH_SYNTAX.test(text)) return `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}" is not a field path (e.g. firms[0].price)`;
  const out: (string | number)[] = [];
  for (const m of text.matchAll(/([A-Za-z_]\w*)|\[(\d+)\]/g)) out.push(m[1] ?? Number(m[2]));
  return checkPath(out) ?? out;
}

/** Why a path may not be used (a forbidden name, a key of the wrong kind), or null. */
export function checkPath(path: Path): string | null {
  if (path.length === 0) return '(root): a field path needs at least one name';
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Number.isSafeInteger(key) || key < 0) return `${pathText(path)}: ${key} is not a list index`;
    } else if (typeof key !== 'string') return `${pathText(path)}: a field path holds names and list indices only`;
    else if (FORBIDDEN_KEYS.has(key)) return `${pathText(path)}: "${key}" is not allowed in a field path`;
  }
  return null;
}

type Container = Record<string | number, unknown>;
const isContainer = (v: unknown): v is Container => v !== null && typeof v === 'object';

/** Whether `key` names something `v` holds itself: an index of a list, an own key of an object. */
function holds(v: Container, key: string | number): boolean {
  if (Array.isArray(v)) return typeof key === 'number' && key < v.length;
  return typeof key === 'string' && Object.hasOwn(v, key);
}

/** The value at `path`, or undefined when there is none (or the path is not allowed). */
export function getAt(root: unknown, path: Path): unknown {
  if (checkPath(path)) return undefined;
  let v = root;
  for (const key of path) {
    if (!isContainer(v) || !holds(v, key)) return undefined;
    v = v[key];
  }
  return v;
}

/** Sets `value` at `path` in place. `existing`: every step but the last must already exist
 *  (the command line: a typo is an error, not a new branch); `create`: plain objects are made
 *  on the way (the editor filling a section). Returns an error line naming the path, or null. */
export function setAt(root: object, path: Path, value: unknown, mode: 'existing' | 'create'): string | null {
  const problem = checkPath(path);
  if (problem) return problem;
  const missing = `${pathText(path)}: there is no such field`;
  let v = root as Container;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (!holds(v, key) || !isContainer(v[key])) {
      if (mode === 'existing' || Array.isArray(v) !== (typeof key === 'number')) return missing;
      v[key] = typeof path[i + 1] === 'number' ? [] : {};
    }
    v = v[key] as Container;
  }
  const last = path[path.length - 1];
  // a list takes an index up to its length (one more item); an object takes a name
  if (Array.isArray(v) ? typeof last !== 'number' || last > v.length : typeof last !== 'string') return missing;
  v[last] = value;
  return null;
}
