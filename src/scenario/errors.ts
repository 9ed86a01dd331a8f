// Turns zod issues into one line per problem that names the field, e.g.
// `firms[1].price: must be ≥ 0.2`, so a user can find it in the file or the editor.
// Every line has the form `<path>: <message>`, where the path never contains a colon, so the
// UI and the CLI can split it; names taken from a stranger's file are quoted and shortened.
import type { z } from 'zod';

/** Longest key name quoted back to the user; a hostile file may use megabyte-long keys. */
const MAX_KEY_CHARS = 40;
/** Unknown keys listed by name before the rest are only counted. */
const MAX_KEYS_LISTED = 5;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A key as it appears in a message: quoted, escaped like JSON, shortened, colon-free. */
export function quoteKey(key: string): string {
  const short = key.length > MAX_KEY_CHARS ? `${key.slice(0, MAX_KEY_CHARS)}…` : key;
  return JSON.stringify(short).replace(/:/g, '\\u003a');
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && IDENTIFIER.test(p)) out += out ? `.${p}` : p;
    else out += `[${quoteKey(String(p))}]`;
  }
  return out || '(root)';
}

/** 1000000 → 1,000,000: a limit a user can read at a glance. */
function bound(n: number | bigint): string {
  return typeof n === 'number' && Number.isInteger(n) && Math.abs(n) >= 10_000 ? n.toLocaleString('en-US') : String(n);
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return `must have at least ${issue.minimum} character(s)`;
      return `must be ${issue.inclusive === false ? '>' : '≥'} ${bound(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${issue.maximum} item(s)`;
      if (issue.origin === 'string') return `must have at most ${issue.maximum} character(s)`;
      return `must be ${issue.inclusive === false ? '<' : '≤'} ${bound(issue.maximum)}`;
    case 'invalid_type':
      if (issue.expected === 'int') return 'must be a whole number';
      return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected === 'array' ? 'array (a list)' : issue.expected}`;
    case 'unrecognized_keys': {
      const n = issue.keys.length;
      const listed = issue.keys.slice(0, MAX_KEYS_LISTED).map(quoteKey).join(', ');
      return `unknown key${n > 1 ? 's' : ''} ${listed}${n > MAX_KEYS_LISTED ? ` … (${n} in all)` : ''}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed form (check "type")';
    default:
      return issue.message;
  }
}

/** zod reports every bound a value breaks: a whole number above 2^53 breaks both the safe-
 *  integer bound of z.int() and the field's own (`seed: 1e308` named 9,007,199,254,740,991
 *  and 4,294,967,295). Only the tightest bound of each side is worth a line. */
function tightestBounds(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const key = (i: z.core.$ZodIssue) => `${i.code}\u0000${formatPath(i.path)}`;
  const best = new Map<string, z.core.$ZodIssue>();
  for (const i of issues) {
    if (i.code === 'too_big' && i.origin !== 'array' && i.origin !== 'string') {
      const b = best.get(key(i)) as typeof i | undefined;
      if (!b || Number(i.maximum) < Number(b.maximum)) best.set(key(i), i);
    } else if (i.code === 'too_small' && i.origin !== 'array' && i.origin !== 'string') {
      const b = best.get(key(i)) as typeof i | undefined;
      if (!b || Number(i.minimum) > Number(b.minimum)) best.set(key(i), i);
    }
  }
  return issues.filter((i) => (i.code !== 'too_big' && i.code !== 'too_small') || !best.has(key(i)) || best.get(key(i)) === i);
}

export function formatIssues(all: readonly z.core.$ZodIssue[], max = 20): string[] {
  const issues = tightestBounds(all);
  const lines = issues.slice(0, max).map((i) => `${formatPath(i.path)}: ${describe(i)}`);
  if (issues.length > max) lines.push(`(more): ${issues.length - max} further problem(s) not listed`);
  return lines;
}
