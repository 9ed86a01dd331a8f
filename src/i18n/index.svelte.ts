// The app's language: English or Simplified Chinese. Switching re-renders the text only; no
// state is lost. The choice is remembered in localStorage.
import { PERIOD_UNITS, type PeriodUnit } from '../scenario/spec/time.ts';
import { en, type MessageKey } from './en.ts';
import { zh } from './zh.ts';
import { translate, type Vars } from './translate.ts';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
export const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: '简体中文' };
const DICTS: Record<Lang, Readonly<Record<MessageKey, string>>> = { en, zh };
export const STORAGE_KEY = 'loyalty-lab.lang';

function isLang(v: unknown): v is Lang {
  return v === 'en' || v === 'zh';
}

class Locale {
  lang = $state<Lang>('en');

  /** Reads the remembered choice (called once from main.ts, not at import). */
  restore(storage: Pick<Storage, 'getItem'> | undefined, browserLanguage = ''): void {
    let saved: string | null = null;
    try {
      saved = storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      saved = null; // storage can be blocked (private mode); fall back to the browser language
    }
    this.lang = isLang(saved) ? saved : browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }

  set(lang: Lang, storage?: Pick<Storage, 'setItem'>): void {
    this.lang = lang;
    try {
      storage?.setItem(STORAGE_KEY, lang);
    } catch {
      // not remembered, but switching still works
    }
  }
}

export const locale = new Locale();

export function t(key: MessageKey, vars?: Vars): string {
  return translate(DICTS[locale.lang], en, key, vars);
}

/** Picks the current language from a bilingual label such as LEVERS[i].label. */
export function pick(text: { en: string; zh: string }): string {
  return text[locale.lang] || text.en;
}

/** A period as a sentence names it: "Month 36" / 第 36 个月, "Week 12" / 第 12 周. */
export function formatPeriod(at: number, unit: PeriodUnit | 'period'): string {
  return t(`period.${unit}`, { t: at });
}

/** The period named by a chart's x-axis label (t('axis.month') etc.), for read-outs. */
export function periodOnAxis(axisLabel: string, at: number): string {
  const unit = ([...PERIOD_UNITS, 'period'] as const).find((u) => t(`axis.${u}`) === axisLabel);
  return unit ? formatPeriod(at, unit) : `${axisLabel} ${at}`;
}

export type { MessageKey };
