// The shipped scenario library as gallery cards. Each file passes the same validation as a
// stranger's file: a shipped file that fails is reported, never trusted.
import { parseScenarioText } from '../../scenario/parse.ts';
import type { Scenario } from '../../scenario/schema.ts';

export interface GalleryEntry {
  /** The file name without folder and extension, e.g. `leaky-bucket`. */
  id: string;
  scenario: Scenario;
}

export interface Gallery {
  entries: GalleryEntry[];
  /** One line per file that did not validate: `leaky-bucket.json: horizon: must be ≤ 1040`. */
  problems: string[];
}

export interface CardText {
  title: string;
  description: string;
  watch: string;
  lesson: string;
  tags: string[];
}

type Bilingual = { en: string; zh: string };

/** The first card: the starting point every other scenario is a variation of. */
const FIRST = 'default';

export function fileId(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith('.json') ? name.slice(0, -5) : name;
}

/** Cards from `{ path: text }` (what import.meta.glob yields): `default` first, then by name. */
export function galleryFromFiles(files: Readonly<Record<string, string>>): Gallery {
  const entries: GalleryEntry[] = [];
  const problems: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    const id = fileId(path);
    const r = parseScenarioText(text);
    if (r.ok) entries.push({ id, scenario: r.scenario });
    else problems.push(...r.errors.map((e) => `${id}.json: ${e}`));
  }
  entries.sort((a, b) => (a.id === FIRST ? -1 : b.id === FIRST ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries, problems };
}

/** A scenario's text in one language, falling back to English where the other is blank. */
function inLang(text: Bilingual, lang: 'en' | 'zh'): string {
  return text[lang].trim() || text.en.trim();
}

/** The title to show for a scenario; `fallback` when the file has none. */
export function scenarioTitle(s: Scenario, lang: 'en' | 'zh', fallback: string): string {
  return inLang(s.meta.title, lang) || fallback;
}

export function cardText(entry: GalleryEntry, lang: 'en' | 'zh'): CardText {
  const m = entry.scenario.meta;
  return {
    title: scenarioTitle(entry.scenario, lang, entry.id),
    description: inLang(m.description, lang),
    watch: inLang(m.watch, lang),
    lesson: inLang(m.lesson, lang),
    tags: m.tags,
  };
}
