// The chart registry is the one list of charts: its ids are unique, its titles translated, its
// glossary terms exist, its shaping functions give their component data, and every lesson
// card (written or made from a scenario's texts) spotlights a chart and explains terms that exist.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHARTS, COMPARE_CHARTS, INSPECTOR_CHART, chartTerm, type ChartContext } from '../../../../src/ui/charts/registry.ts';
import { GLOSSARY_KEYS } from '../../../../src/i18n/glossary.ts';
import { en } from '../../../../src/i18n/en.ts';
import { zh } from '../../../../src/i18n/zh.ts';
import { translate } from '../../../../src/i18n/translate.ts';
import { LESSONS, lessonForScenario } from '../../../../src/lessons/index.ts';
import { parseScenarioText } from '../../../../src/scenario/parse.ts';
import { createSimulation, sampleCustomers } from '../../../../src/model/index.ts';
import { smallScenario } from '../fixtures.ts';

const ALL = [...CHARTS, ...COMPARE_CHARTS, INSPECTOR_CHART];

describe('the chart registry', () => {
  it('has unique ids, titles in both languages and glossary terms that exist', () => {
    expect(new Set(ALL.map((c) => c.id)).size).toBe(ALL.length);
    expect(CHART_IDS).toEqual(CHARTS.map((c) => c.id));
    for (const c of ALL) {
      expect(en, c.id).toHaveProperty([c.title]);
      expect(zh, c.id).toHaveProperty([c.title]);
      expect(GLOSSARY_KEYS, c.id).toContain(c.term);
      expect(chartTerm(c.id)).toBe(c.term);
    }
    expect(chartTerm('nope')).toBeUndefined();
  });

  it('shapes data for its component from a real run, and from no run yet', () => {
    // past a year, so the satisfaction → retention curve has a resolved observation; with the
    // cohort counts, as the live view's worker runs it
    const scenario = smallScenario({ horizon: 14 });
    const sim = createSimulation(scenario, 0, 'wasm', { cohorts: true });
    const summaries = Array.from({ length: 14 }, () => sim.step());
    const ctx = (over: Partial<ChartContext>): ChartContext => ({
      summaries,
      scenario,
      sample: sampleCustomers(sim, 200),
      samples: true,
      focus: 0,
      segment: 0,
      names: scenario.firms.map((f) => f.name),
      t: (k, vars) => translate(en, en, k, vars),
      ...over,
    });
    const size = (c: (typeof CHARTS)[number], x: ChartContext): number => {
      const p = c.shape(x) as Record<string, unknown>;
      const data = (p.lines ?? p.layers ?? p.dots ?? p.bins ?? p.flows) as unknown[];
      expect(Array.isArray(data), c.id).toBe(true);
      c.note?.(x);
      return data.length;
    };
    for (const c of CHARTS) {
      expect(size(c, ctx({})), c.id).toBeGreaterThan(0);
      expect(size(c, ctx({ summaries: [], sample: null, samples: false })), `${c.id} before a run`).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('lessons point at the registry', () => {
  const shipped = readdirSync(new URL('../../../../scenarios', import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
  const fromScenarios = shipped.map((name) => {
    const r = parseScenarioText(readFileSync(new URL(`../../../../scenarios/${name}.json`, import.meta.url), 'utf8'));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return lessonForScenario(name, r.scenario);
  });
  const lessons = [...LESSONS, ...fromScenarios.filter((l) => l !== null)];

  it.each(lessons.map((l) => [l.id, l] as const))('%s spotlights charts and explains terms that exist', (_, lesson) => {
    for (const card of lesson.cards) {
      if (card.chart) expect(CHART_IDS, `${lesson.id} at ${card.period}`).toContain(card.chart);
      for (const k of card.concepts ?? []) expect(GLOSSARY_KEYS, `${lesson.id} at ${card.period}`).toContain(k);
    }
    expect(lesson.cards.some((c) => c.chart)).toBe(true);
  });
});
