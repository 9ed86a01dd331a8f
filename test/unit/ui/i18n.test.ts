import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { zh } from '../../../src/i18n/zh.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { locale, pick, STORAGE_KEY, t } from '../../../src/i18n/index.svelte.ts';
import { fieldLabel, FIELD_LABELS } from '../../../src/i18n/fields.ts';
import { numberFieldsUnder } from '../../../src/ui/editor/schemaFields.ts';
import { pathKey } from '../../../src/ui/editor/paths.ts';

function memoryStorage(init: Record<string, string> = {}) {
  const m = new Map(Object.entries(init));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe('i18n', () => {
  it('fills placeholders and falls back to English, then to the key', () => {
    expect(translate({ a: 'x {n} y {m}' }, {}, 'a', { n: 1, m: 'z' })).toBe('x 1 y z');
    expect(translate({}, { b: 'B' }, 'b')).toBe('B');
    expect(translate({}, {}, 'c')).toBe('c');
  });
  it('has the same keys and placeholders in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(en) as (keyof typeof en)[]) expect(holes(zh[k]), k).toEqual(holes(en[k]));
  });
  it('switches language, remembers it, and restores it', () => {
    const store = memoryStorage();
    locale.set('zh', store);
    expect(t('run.run')).toBe('运行');
    expect(store.m.get(STORAGE_KEY)).toBe('zh');
    expect(pick({ en: 'Price', zh: '价格' })).toBe('价格');
    locale.set('en', store);
    expect(t('run.status', { t: 3, h: 10, status: 'x', n: 5 })).toBe('Period 3 of 10 · x · 5 customers');
    locale.restore(memoryStorage({ [STORAGE_KEY]: 'zh' }));
    expect(locale.lang).toBe('zh');
    locale.restore(memoryStorage(), 'zh-CN');
    expect(locale.lang).toBe('zh');
    locale.restore(memoryStorage({ [STORAGE_KEY]: 'fr' }), 'en-GB');
    expect(locale.lang).toBe('en');
  });
  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    locale.restore(broken, 'en');
    locale.set('zh', broken);
    expect(locale.lang).toBe('zh');
    locale.set('en');
  });
  it('labels every numeric scenario field in both languages', () => {
    for (const sec of ['population', 'behaviour', 'service', 'wordOfMouth', 'market'])
      for (const f of numberFieldsUnder([sec])) expect(FIELD_LABELS[pathKey(f.path)], pathKey(f.path)).toBeDefined();
    expect(fieldLabel('firms[3].unitCost', 'zh')).toBe('单位成本');
  });
});

describe('lever units', async () => {
  const { LEVERS } = await import('../../../src/scenario/levers.ts');
  it('has Chinese for the unit of every lever', () => {
    for (const l of LEVERS) {
      expect(l.unit.zh, l.key).toBeTruthy();
      expect(l.unit.zh, l.key).not.toBe(l.unit.en);
    }
  });
});
