// Default names of firms and strategy variants in both languages. A scenario stores whatever
// name it was given; the interface shows a name that equals a known default (in either
// language) in the interface language, and any other name exactly as the user typed it.
import type { Lang } from './index.svelte.ts';

type Name = { readonly en: string; readonly zh: string };

/** Whole names (schema.ts and the shipped scenarios; the comparison's ready-made variants). */
export const DEFAULT_NAMES: readonly Name[] = [
  { en: 'Us', zh: '我们' },
  { en: 'Incumbent', zh: '原垄断企业' },
  { en: 'Firm', zh: '企业' },
  { en: 'Baseline', zh: '基准' },
  { en: 'Better service', zh: '更好的服务' },
  { en: 'Loyalty programme', zh: '忠诚计划' },
];

/** Names with a letter or number: 'Rival B', 'Firm 4' (draft.svelte.ts), 'Variant C'. */
export const NUMBERED_NAMES: readonly Name[] = [
  { en: 'Rival', zh: '对手' },
  { en: 'Entrant', zh: '新进入者' },
  { en: 'Firm', zh: '企业' },
  { en: 'Variant', zh: '方案' },
];

const MARK = /^(.+?) ([A-Z]|\d{1,2})$/;

/** A firm or variant name as the interface shows it in `lang`. */
export function displayName(name: string, lang: Lang): string {
  const whole = DEFAULT_NAMES.find((n) => n.en === name || n.zh === name);
  if (whole) return whole[lang];
  const m = MARK.exec(name);
  if (!m) return name;
  const stem = NUMBERED_NAMES.find((n) => n.en === m[1] || n.zh === m[1]);
  return stem ? `${stem[lang]} ${m[2]}` : name;
}
