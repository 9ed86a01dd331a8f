// Field paths in the scenario, written as the validator writes them (`firms[1].price`), so an
// error line from parseScenarioValue lands on the field that caused it. Walking and setting
// go through the one resolver the command line shares (src/scenario/paths.ts).
import { getAt, pathText, setAt as setField, type Path } from '../../scenario/paths.ts';

export { getAt, type Path };

export const pathKey = pathText;

/** Sets a value in place, creating plain objects on the way. The editor's paths come from the
 *  field table, so a refused path is a bug here, not a user's mistake: it throws. */
export function setAt(obj: Record<string, unknown>, path: Path, value: unknown): void {
  const problem = setField(obj, path, value, 'create');
  if (problem) throw new Error(problem);
}

/** Groups "path: message" lines by path. Lines without a path go under '(root)'. */
export function errorsByField(errors: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of errors) {
    const i = e.indexOf(': ');
    const key = i > 0 ? e.slice(0, i) : '(root)';
    const msg = i > 0 ? e.slice(i + 2) : e;
    (out[key] ??= []).push(msg);
  }
  return out;
}

/** Errors at a field, or below it (for a section that contains the field). */
export function errorsUnder(errors: Record<string, string[]>, prefix: string): string[] {
  return Object.entries(errors)
    .filter(([k]) => k === prefix || k.startsWith(prefix + '.') || k.startsWith(prefix + '['))
    .flatMap(([k, ms]) => ms.map((m) => (k === prefix ? m : `${k}: ${m}`)));
}
