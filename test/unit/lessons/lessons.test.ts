// Lesson content is data: every card bilingual, pinned within its scenario's horizon, pointing
// at charts and glossary entries that exist; choice questions have exactly one right answer.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LESSONS, lessonById, CHART_IDS, type Text } from '../../../src/lessons/index.ts';
import { GLOSSARY, GLOSSARY_KEYS } from '../../../src/i18n/glossary.ts';
import { chartTerm } from '../../../src/ui/charts/registry.ts';
import { parseScenarioText } from '../../../src/scenario/parse.ts';

const CJK = /[\u4e00-\u9fff]/;
function bilingual(x: Text, where: string) {
  expect(x.en.trim(), `${where} (en)`).not.toBe('');
  expect(x.zh.trim(), `${where} (zh)`).not.toBe('');
  // figures and formulas ('35', 'NPS') may read the same in both languages; words may not
  if (/[a-z]{3}/i.test(x.en.replace(/\b[A-Z]{2,}\b/g, ''))) expect(x.zh, `${where} (zh is Chinese)`).toMatch(CJK);
}
function scenarioOf(name: string) {
  const r = parseScenarioText(readFileSync(new URL(`../../../scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${r.errors.join('; ')}`);
  return r.scenario;
}

describe('lessons', () => {
  it('ship at least six, with unique ids, each on a shipped scenario', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const l of LESSONS) expect(lessonById(l.id)).toBe(l);
    expect(lessonById('nope')).toBeUndefined();
  });

  for (const lesson of LESSONS) {
    describe(lesson.id, () => {
      const sc = scenarioOf(lesson.scenario);
      it('is bilingual throughout', () => {
        bilingual(lesson.title, 'title');
        bilingual(lesson.summary, 'summary');
        lesson.cards.forEach((c, i) => {
          bilingual(c.title, `card ${i} title`);
          bilingual(c.body, `card ${i} body`);
          const q = c.question;
          if (!q) return;
          bilingual(q.prompt, `card ${i} prompt`);
          if (q.kind === 'reflect') bilingual(q.answer, `card ${i} answer`);
          else
            q.choices.forEach((ch, j) => {
              bilingual(ch.text, `card ${i} choice ${j}`);
              bilingual(ch.feedback, `card ${i} feedback ${j}`);
            });
        });
      });
      it('pins its cards in order within the horizon, starting at period 0', () => {
        expect(lesson.cards.length).toBeGreaterThanOrEqual(3);
        expect(lesson.cards[0].period).toBe(0);
        let last = -1;
        for (const c of lesson.cards) {
          expect(c.period).toBeGreaterThan(last);
          expect(c.period).toBeLessThanOrEqual(sc.horizon);
          last = c.period;
        }
      });
      it('points at charts, firms and glossary entries that exist', () => {
        for (const c of lesson.cards) {
          if (c.chart) expect(CHART_IDS).toContain(c.chart);
          if (c.firm !== undefined) expect(c.firm).toBeLessThan(sc.firms.length);
          for (const k of c.concepts ?? []) expect(GLOSSARY_KEYS).toContain(k);
        }
      });
      it('asks questions with exactly one right answer', () => {
        expect(lesson.cards.some((c) => c.question)).toBe(true);
        for (const c of lesson.cards)
          if (c.question?.kind === 'choice') {
            expect(c.question.choices.length).toBeGreaterThanOrEqual(2);
            expect(c.question.choices.filter((x) => x.correct)).toHaveLength(1);
          }
      });
    });
  }

  it('cover the course concepts between them', () => {
    const taught = new Set(LESSONS.flatMap((l) => l.cards.flatMap((c) => c.concepts ?? [])));
    for (const k of [
      'satisfaction',
      'loyalty',
      'loyaltyTypes',
      'hostage',
      'mercenary',
      'constrainedLoyalty',
      'trustStages',
      'leakyBucket',
      'nps',
      'serviceRecovery',
    ] as const)
      expect(taught.has(k), k).toBe(true);
  });
});

describe('glossary', () => {
  it('has a term and an explanation in both languages for every entry', () => {
    for (const k of GLOSSARY_KEYS) {
      bilingual(GLOSSARY[k].term, `${k} term`);
      bilingual(GLOSSARY[k].body, `${k} body`);
    }
  });
  it('explains every chart of the live view', () => {
    for (const id of CHART_IDS) expect(GLOSSARY_KEYS, id).toContain(chartTerm(id));
  });
});

describe('every library scenario plays as a lesson', async () => {
  const { readdirSync } = await import('node:fs');
  const { lessonForScenario } = await import('../../../src/lessons/index.ts');
  const { watchPeriod } = await import('../../../src/lessons/fromMeta.ts');
  const names = readdirSync(new URL('../../../scenarios/', import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
  it.each(names)('%s', (name) => {
    const sc = scenarioOf(name);
    const l = lessonForScenario(name, sc)!;
    expect(l, name).toBeTruthy();
    expect(l.scenario).toBe(name);
    let last = -1;
    for (const c of l.cards) {
      bilingual(c.title, 'title');
      bilingual(c.body, 'body');
      expect(c.period).toBeGreaterThan(last);
      expect(c.period).toBeLessThanOrEqual(sc.horizon);
      last = c.period;
    }
  });
  it('stops a year after the first lever change or event, else half-way', () => {
    expect(watchPeriod({ horizon: 60, changes: [], events: [] })).toBe(30);
    const sc = scenarioOf('over-promising');
    expect(watchPeriod(sc)).toBe(24);
    expect(watchPeriod({ ...sc, horizon: 20 })).toBe(19);
  });
});
