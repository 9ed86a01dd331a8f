// Number, duration and list formats for axes, tooltips, tables and read-outs, in the interface
// language. Chinese goes through the platform (Intl, zh-CN): 1.46万 and 12.3亿 instead of k/M/B
// (compact notation groups by 万), lists joined with 、, clauses with ；.
import { format } from 'd3';
import { locale, type Lang } from '../../i18n/index.svelte.ts';

const si = format('.3~s');
const fixed1 = format('.1f');
const compactZh = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumSignificantDigits: 3 });
// Bounds and counts are exact: 100万 and 2.5万, but 4294967295 rather than 42.9亿.
const roundZh = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumSignificantDigits: 4 });
const plainZh = new Intl.NumberFormat('zh-CN', { useGrouping: false });
const LISTS: Record<Lang, Intl.ListFormat> = {
  en: new Intl.ListFormat('en', { type: 'unit', style: 'short' }),
  zh: new Intl.ListFormat('zh-CN', { type: 'conjunction', style: 'narrow' }),
};

/** Compact numbers: 12.3k, 1.2M, 0.35 (Chinese: 1.23万, 1200万, 0.35). */
export function formatNumber(v: number, lang: Lang = locale.lang): string {
  if (!Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a >= 1000) return lang === 'zh' ? compactZh.format(v) : si(v).replace('G', 'B');
  if (a >= 100) return String(Math.round(v));
  if (a >= 1) return fixed1(v);
  return a === 0 ? '0' : format('.2~r')(v);
}

export function formatPercent(v: number): string {
  return Number.isFinite(v) ? `${fixed1(v)}%` : '–';
}

export function formatSigned(v: number, f: (v: number) => string = formatNumber): string {
  if (!Number.isFinite(v)) return '–';
  return v > 0 ? `+${f(v)}` : f(v);
}

/** Seconds as "1 min 05 s" / "12 s" (Chinese: 1 分 05 秒 / 12 秒). */
export function formatDuration(s: number, lang: Lang = locale.lang): string {
  if (!Number.isFinite(s)) return '–';
  const r = Math.max(0, Math.round(s));
  const [min, sec] = lang === 'zh' ? ['分', '秒'] : ['min', 's'];
  return r >= 60 ? `${Math.floor(r / 60)} ${min} ${String(r % 60).padStart(2, '0')} ${sec}` : `${r} ${sec}`;
}

/** Field bounds as written: 1,000,000 · 0.2 · 4,294,967,295 (Chinese: 100万 · 0.2 · 4294967295). */
export function formatBound(v: number, lang: Lang = locale.lang): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (!Number.isInteger(v)) return String(v);
  if (lang === 'en') return v.toLocaleString('en');
  // 万/亿 only where they say the number exactly (four significant digits at most)
  return Number(v.toPrecision(4)) === v ? roundZh.format(v) : plainZh.format(v);
}

/** A count in running text: 20,000 customers / 2万 位顾客 (exact, as formatBound). */
export function formatCount(v: number, lang: Lang = locale.lang): string {
  return formatBound(Math.round(v), lang);
}

export function formatInteger(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v)) : '–';
}

/** Items of a list: "a, b, c" / 甲、乙、丙. */
export function formatList(items: readonly string[], lang: Lang = locale.lang): string {
  return LISTS[lang].format(items);
}

/** Separate messages (errors at a field): "a; b" / 甲；乙. */
export function joinClauses(items: readonly string[], lang: Lang = locale.lang): string {
  return items.join(lang === 'zh' ? '；' : '; ');
}
