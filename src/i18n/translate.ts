// Looks a key up in a dictionary and fills {placeholders}. Pure, so tests need no browser.
export type Vars = Record<string, string | number>;

export function translate(dict: Readonly<Record<string, string>>, fallback: Readonly<Record<string, string>>, key: string, vars?: Vars): string {
  const text = dict[key] ?? fallback[key] ?? key;
  return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
}
