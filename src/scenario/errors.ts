// Turns zod issues into one line per problem that names the field, e.g.
// `firms[1].price: must be ≥ 0.2`, so a user can find it in the file or the editor.
import type { z } from 'zod';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return `must have at least ${issue.minimum} character(s)`;
      return `must be ${issue.inclusive === false ? '>' : '≥'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${issue.maximum} item(s)`;
      if (issue.origin === 'string') return `must have at most ${issue.maximum} character(s)`;
      return `must be ${issue.inclusive === false ? '<' : '≤'} ${issue.maximum}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed form (check "type")';
    default:
      return issue.message;
  }
}

export function formatIssues(issues: readonly z.core.$ZodIssue[], max = 20): string[] {
  const lines = issues.slice(0, max).map((i) => `${formatPath(i.path)}: ${describe(i)}`);
  if (issues.length > max) lines.push(`… and ${issues.length - max} more`);
  return lines;
}
