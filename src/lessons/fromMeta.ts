// Any scenario with a bilingual `meta` can be played as a short lesson: its description before
// the run, what to watch a while after its first lever change or event, its lesson at the end.
// The cards state only what the scenario file itself claims (checked in test/unit/library).
import type { Scenario } from '../scenario/schema.ts';
import type { Card, Lesson } from './types.ts';

const hasText = (x: { en: string; zh: string }) => Boolean(x.en.trim() || x.zh.trim());
const both = (x: { en: string; zh: string }) => ({ en: x.en || x.zh, zh: x.zh || x.en });

/** When to stop and look: a year (or 12 periods) after the first change or event, else mid-run. */
export function watchPeriod(s: Pick<Scenario, 'horizon' | 'changes' | 'events'>): number {
  const first = Math.min(...s.changes.map((c) => c.period), ...s.events.map((e) => e.period));
  const at = Number.isFinite(first) && first > 0 ? first + 12 : Math.round(s.horizon / 2);
  return Math.max(1, Math.min(s.horizon - 1, at));
}

export function lessonFromMeta(name: string, s: Scenario): Lesson | null {
  const m = s.meta;
  if (!hasText(m.title) || !hasText(m.description) || s.horizon < 3) return null;
  const cards: Card[] = [
    {
      period: 0,
      chart: 'retention',
      title: both(m.title),
      body: both(m.description),
    },
  ];
  if (hasText(m.watch))
    cards.push({
      period: watchPeriod(s),
      chart: 'mix',
      title: { en: 'What to watch', zh: '观察要点' },
      body: { en: 'Look at the charts before you reveal the answer.', zh: '先看图表，再显示答案。' },
      question: {
        kind: 'reflect',
        prompt: { en: 'What has changed since the start? Which chart shows it best?', zh: '与开始时相比，发生了什么变化？哪张图最能说明？' },
        answer: both(m.watch),
      },
    });
  if (hasText(m.lesson))
    cards.push({
      period: s.horizon,
      chart: 'money',
      title: { en: 'The lesson', zh: '启示' },
      body: both(m.lesson),
    });
  return { id: `scenario-${name}`, scenario: name, title: both(m.title), summary: both(m.description), cards };
}
