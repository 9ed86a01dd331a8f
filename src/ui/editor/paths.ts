// Field paths in the scenario, written as the validator writes them (`firms[1].price`), so an
// error line from parseScenarioValue lands on the field that caused it.
export type Path = readonly (string | number)[];

export function pathKey(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

export function getAt(obj: unknown, path: Path): unknown {
  let v: unknown = obj;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** Sets a value in place, creating plain objects on the way. */
export function setAt(obj: Record<string, unknown>, path: Path, value: unknown): void {
  let v: Record<string | number, unknown> = obj;
  path.slice(0, -1).forEach((p) => {
    if (v[p] === null || typeof v[p] !== 'object') v[p] = {};
    v = v[p] as Record<string | number, unknown>;
  });
  v[path[path.length - 1]] = value;
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
