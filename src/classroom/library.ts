// The scenario library a teacher picks from: the shipped files in scenarios/ (read once).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LibraryEntry {
  name: string;
  title: { en: string; zh: string };
  file: unknown;
}

export function readLibrary(dir: string): LibraryEntry[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().flatMap((f) => {
    try {
      const file = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { meta?: { title?: { en?: string; zh?: string } } };
      const name = f.replace(/\.json$/, '');
      return [{ name, title: { en: file.meta?.title?.en ?? name, zh: file.meta?.title?.zh ?? name }, file }];
    } catch {
      return [];
    }
  });
}
