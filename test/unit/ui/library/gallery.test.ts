import { describe, expect, it } from 'vitest';
import { cardText, fileId, galleryFromFiles, scenarioTitle } from '../../../../src/ui/library/gallery.ts';
import { shippedGallery } from '../../../../src/ui/library/shipped.ts';
import { defaultScenario } from '../../../../src/scenario/parse.ts';

const meta = (en: string, zh = '') => ({
  title: { en, zh },
  description: { en: `${en} described`, zh: zh && `${zh}说明` },
  watch: { en: 'watch', zh: '' },
  lesson: { en: 'lesson', zh: '启示' },
  tags: ['basics'],
});
const file = (m: object, extra: object = {}) => JSON.stringify({ schemaVersion: 1, meta: m, ...extra });

describe('gallery entries from files', () => {
  it('names entries by file and puts default first, the rest by name', () => {
    const g = galleryFromFiles({
      '../../../scenarios/zeta.json': file(meta('Zeta')),
      '../../../scenarios/default.json': file(meta('Default')),
      '../../../scenarios/alpha.json': file(meta('Alpha')),
    });
    expect(g.problems).toEqual([]);
    expect(g.entries.map((e) => e.id)).toEqual(['default', 'alpha', 'zeta']);
    expect(g.entries[1].scenario.meta.title.en).toBe('Alpha');
  });

  it('reports a file that does not validate, naming the file and the field, and keeps the rest', () => {
    const g = galleryFromFiles({
      'scenarios/bad.json': '{"schemaVersion":1,"firms":[{"price":-1}]}',
      'scenarios/broken.json': '{ not json',
      'scenarios/good.json': file(meta('Good')),
    });
    expect(g.entries.map((e) => e.id)).toEqual(['good']);
    expect(g.problems).toContain('bad.json: firms[0].price: must be ≥ 0.2');
    expect(g.problems.some((p) => p.startsWith('broken.json: (file): not valid JSON'))).toBe(true);
  });

  it('takes the file name from a path', () => {
    expect(fileId('../../../scenarios/leaky-bucket.json')).toBe('leaky-bucket');
    expect(fileId('x')).toBe('x');
  });
});

describe('card text', () => {
  const [entry] = galleryFromFiles({ 'a/price-war.json': file(meta('Price war', '价格战')) }).entries;

  it('is in the chosen language, falling back to English where Chinese is blank', () => {
    expect(cardText(entry, 'en')).toEqual({ title: 'Price war', description: 'Price war described', watch: 'watch', lesson: 'lesson', tags: ['basics'] });
    expect(cardText(entry, 'zh')).toEqual({ title: '价格战', description: '价格战说明', watch: 'watch', lesson: '启示', tags: ['basics'] });
  });

  it("falls back to the file name, or to the caller's text, when a scenario has no title", () => {
    const [untitled] = galleryFromFiles({ 'a/untitled.json': '{"schemaVersion":1}' }).entries;
    expect(cardText(untitled, 'zh').title).toBe('untitled');
    expect(scenarioTitle(defaultScenario(), 'en', 'Untitled')).toBe('Untitled');
  });
});

describe('the shipped library', () => {
  it('validates every file in scenarios/, each with a title, description, watch and lesson in both languages', () => {
    const g = shippedGallery();
    expect(g.problems).toEqual([]);
    expect(g.entries.length).toBeGreaterThanOrEqual(11);
    expect(g.entries[0].id).toBe('default');
    for (const e of g.entries)
      for (const lang of ['en', 'zh'] as const)
        for (const k of ['title', 'description', 'watch', 'lesson'] as const) expect(e.scenario.meta[k][lang].trim(), `${e.id} ${lang} ${k}`).not.toBe('');
  });
});
