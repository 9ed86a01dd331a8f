// The one boundary where untrusted scenario text becomes a typed Scenario. Files are data:
// JSON.parse only, never evaluated. Checks run cheapest first so hostile input fails fast:
// size → JSON → root type → shape (depth, keys, plain data, finite numbers) → version → schema.
import { LIMITS, scenarioSchema, SCHEMA_VERSION, type Scenario, type ScenarioInput } from './schema.ts';
import { formatIssues, formatPath } from './errors.ts';
import { migrate } from './migrate.ts';
import { migrateComparison } from './spec/comparison.ts';
import { FORBIDDEN_KEYS } from './paths.ts';
import { decodeText } from '../io/text.ts';

export const MAX_FILE_BYTES = 1_000_000;
/** The deepest legitimate path is events[i].firms[j] (depth 4); 12 leaves room to grow. */
export const MAX_DEPTH = 12;
/** The longest list the schema allows anywhere (changes); a longer one fails before zod walks it. */
export const MAX_ARRAY_ITEMS = LIMITS.changes;
/** The widest object in the schema is a firm (~22 keys). */
export const MAX_OBJECT_KEYS = 100;
/** Values of every kind in one scenario; ~7,000 in the largest legitimate file. */
export const MAX_VALUES = 100_000;

export type ParseResult = { ok: true; scenario: Scenario; notices: string[] } | { ok: false; errors: string[] };

const fail = (...errors: string[]): ParseResult => ({ ok: false, errors });

/** A path as a linked list, so walking a wide file allocates no path strings. */
interface PathNode {
  readonly up: PathNode | null;
  readonly key: string | number;
}

function pathText(node: PathNode | null): string {
  const keys: (string | number)[] = [];
  for (let n = node; n; n = n.up) keys.push(n.key);
  return formatPath(keys.reverse());
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Problems with one value that the schema would report late, unclearly or not at all. */
function checkValue(v: unknown, at: PathNode | null): string | null {
  switch (typeof v) {
    case 'number':
      return Number.isFinite(v) ? null : `${pathText(at)}: must be a finite number (got ${v})`;
    case 'string':
    case 'boolean':
    case 'undefined':
      return null;
    case 'object':
      if (v === null) return null;
      if (Array.isArray(v) ? Object.getPrototypeOf(v) === Array.prototype : isPlainObject(v)) return null;
      return `${pathText(at)}: must be plain data (numbers, text, true/false, null, lists, objects), not ${Object.prototype.toString.call(v)}`;
    default:
      return `${pathText(at)}: must be plain data (numbers, text, true/false, null, lists, objects), not a ${typeof v}`;
  }
}

/** Walks the value without recursion (a deep file must not blow the stack). Only containers
 *  go on the stack; scalars are checked where they are found. */
function checkShape(root: unknown): string | null {
  const stack: [object, PathNode | null, number][] = [];
  let values = 1;
  const visit = (v: unknown, at: PathNode | null, depth: number): string | null => {
    const problem = checkValue(v, at);
    if (problem) return problem;
    if (v !== null && typeof v === 'object') {
      if (depth > MAX_DEPTH) return `${pathText(at)}: nested deeper than ${MAX_DEPTH} levels`;
      stack.push([v, at, depth]);
    }
    return null;
  };
  const first = visit(root, null, 0);
  if (first) return first;
  while (stack.length) {
    const [v, at, depth] = stack.pop()!;
    if (Array.isArray(v)) {
      if (v.length > MAX_ARRAY_ITEMS)
        return `${pathText(at)}: a list of ${v.length} items is too long (no list in a scenario may have more than ${MAX_ARRAY_ITEMS})`;
      values += v.length;
      for (let i = 0; i < v.length; i++) {
        const problem = visit(v[i], { up: at, key: i }, depth + 1);
        if (problem) return problem;
      }
    } else {
      const keys = Object.keys(v);
      if (keys.length > MAX_OBJECT_KEYS) return `${pathText(at)}: has ${keys.length} keys (no object in a scenario may have more than ${MAX_OBJECT_KEYS})`;
      values += keys.length;
      for (const key of keys) {
        const here = { up: at, key };
        if (FORBIDDEN_KEYS.has(key)) return `${pathText(here)}: the key "${key}" is not allowed`;
        const problem = visit((v as Record<string, unknown>)[key], here, depth + 1);
        if (problem) return problem;
      }
    }
    if (values > MAX_VALUES) return `(root): holds more than ${MAX_VALUES} values; no scenario needs that many`;
  }
  return null;
}

/** Validates a scenario given as a JS value (parsed JSON, or an object from the editor). */
export function parseScenarioValue(value: unknown): ParseResult {
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return fail(`(root): a scenario must be a JSON object, not ${describeType(value)}`);
    const shape = checkShape(value);
    if (shape) return fail(shape);
    const migrated = migrate(value as Record<string, unknown>);
    if (!migrated.ok) return fail(migrated.error);
    const section = migrateComparison(migrated.value);
    if (!section.ok) return fail(section.error);
    const r = scenarioSchema.safeParse(section.value);
    if (!r.success) return fail(...formatIssues(r.error.issues));
    return { ok: true, scenario: withoutNegativeZero(r.data), notices: [...migrated.notices, ...section.notices] };
  } catch (e) {
    // only a caller's exotic object (a getter or proxy that throws) can get here
    return fail(`(root): could not be read (${cleanMessage(e)})`);
  }
}

/** JSON writes -0 as 0, so a file reading "-0" would not survive a save; read it as 0. The
 *  parsed scenario is zod's fresh copy, so this changes nothing the caller owns. */
function withoutNegativeZero<T extends object>(root: T): T {
  const stack: object[] = [root];
  while (stack.length) {
    const o = stack.pop() as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (x === 0 && Object.is(x, -0)) o[k] = 0;
      else if (x !== null && typeof x === 'object') stack.push(x);
    }
  }
  return root;
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** An engine's error message, on one line and of bounded length. */
function cleanMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 160)}…` : line;
}

/** UTF-8 length without allocating an encoded copy. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const tooLarge = (bytes: string) => `(file): ${bytes} is larger than the ${MAX_FILE_BYTES / 1e6} MB limit for a scenario`;

export function parseScenarioText(text: string): ParseResult {
  if (typeof text !== 'string') return fail(`(file): must be text, not ${describeType(text)}`);
  // a UTF-16 code unit is at least one UTF-8 byte, so this rejects huge text without counting it
  if (text.length > MAX_FILE_BYTES) return fail(tooLarge(`at least ${(text.length / 1e6).toFixed(1)} MB`));
  const bytes = utf8Bytes(text);
  if (bytes > MAX_FILE_BYTES) return fail(tooLarge(`${(bytes / 1e6).toFixed(2)} MB`));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte-order mark some editors add
  if (text.trim() === '') return fail('(file): is empty');
  let value: unknown;
  try {
    // JSON.parse never evaluates, and without a reviver it creates "__proto__" as a plain own
    // key, which checkShape then rejects: no prototype is ever touched. It can yield Infinity
    // (1e400), which checkShape rejects too.
    value = JSON.parse(text);
  } catch (e) {
    if (e instanceof RangeError) return fail(`(file): nested too deeply to read (limit ${MAX_DEPTH} levels)`);
    return fail(`(file): not valid JSON (${cleanMessage(e)})`);
  }
  return parseScenarioValue(value);
}

/** A file as read from disk or from the browser: bytes, decoded the one way both accept
 *  (src/io/text.ts), then parsed. The size is checked on the bytes, before decoding. */
export function parseScenarioBytes(bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_FILE_BYTES) return fail(tooLarge(`${(bytes.length / 1e6).toFixed(2)} MB`));
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(`(file): ${decoded.error}`);
  return parseScenarioText(decoded.text);
}

/** Defaults for everything: the scenario a new user starts from. */
export function defaultScenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  return withoutNegativeZero(scenarioSchema.parse({ schemaVersion: SCHEMA_VERSION, ...overrides }));
}

/** Serialises the complete, defaulted scenario so a file states every assumption. */
export function serialiseScenario(s: Scenario): string {
  return JSON.stringify(s, null, 2) + '\n';
}
