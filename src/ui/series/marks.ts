// Marks on the time charts: the periods at which the schedule changes a lever (scheduled or
// moved live) or a market event starts, one mark per period with every label it carries.
import type { Scenario } from '../../scenario/schema.ts';
import { LEVER_BY_KEY } from '../../scenario/levers.ts';
import type { Lang } from '../../i18n/index.svelte.ts';
import { formatNumber } from './format.ts';

export interface Mark {
  /** The number of the first period the change acts in (counted from 1, as the charts' x). */
  x: number;
  /** What happens then, for the chart and its data table. */
  label: string;
}

/** One mark per period with a change or event, labels joined in schedule order. `eventLabel`
 *  names an event type in the interface language. */
export function scheduleMarks(s: Scenario, names: readonly string[], lang: Lang, eventLabel: (type: Scenario['events'][number]['type']) => string): Mark[] {
  const at = new Map<number, string[]>();
  const add = (x: number, label: string) => {
    if (x < 0 || x >= s.horizon) return; // a change at the horizon is never run
    at.set(x + 1, [...(at.get(x + 1) ?? []), label]);
  };
  for (const c of s.changes) add(c.period, `${names[c.firm] ?? c.firm}: ${LEVER_BY_KEY[c.lever].label[lang]} ${formatNumber(c.value, lang)}`);
  for (const e of s.events) add(e.period, eventLabel(e.type));
  const sep = lang === 'zh' ? '；' : '; ';
  return [...at.entries()].sort((a, b) => a[0] - b[0]).map(([x, labels]) => ({ x, label: labels.join(sep) }));
}

export interface PlacedMark extends Mark {
  px: number;
  /** The row of its label (0 = top), or -1: no room, the label is only in the tooltip and table. */
  row: number;
  /** The label as drawn (shortened to fit `maxWidth`). */
  text: string;
  anchor: 'start' | 'end';
}

/** Labels beside their marks, in the first of `rows` rows where they do not overlap the label
 *  before them; a label that fits nowhere is left out (its mark stays, with a tooltip). */
export function placeMarks(
  marks: readonly Mark[],
  px: (x: number) => number,
  width: (s: string) => number,
  o: { left: number; right: number; rows: number; maxWidth: number },
): PlacedMark[] {
  const ends = Array.from({ length: o.rows }, () => -Infinity);
  return marks.map((m) => {
    let text = m.label;
    while (text.length > 4 && width(text) > o.maxWidth) text = `${text.slice(0, -2)}…`;
    const x = px(m.x);
    const w = width(text);
    // to the right of the line, or to its left near the right edge
    const anchor = x + 3 + w > o.right ? 'end' : 'start';
    const from = anchor === 'start' ? x + 3 : x - 3 - w;
    const to = from + w;
    const row = from < o.left ? -1 : ends.findIndex((e) => e + 4 <= from);
    if (row >= 0) ends[row] = to;
    return { ...m, px: x, row, text, anchor };
  });
}
