// Default firm and variant names follow the interface language; typed names stay as typed.
import { describe, expect, it } from 'vitest';
import { displayName } from '../../../src/i18n/names.ts';
import { defaultScenario } from '../../../src/scenario/parse.ts';
import { en } from '../../../src/i18n/en.ts';
import { zh } from '../../../src/i18n/zh.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { shippedGallery } from '../../../src/ui/library/shipped.ts';

describe('default names', () => {
  it('shows the defaults in the interface language, from either language', () => {
    expect(displayName('Us', 'zh')).toBe('我们');
    expect(displayName('Rival A', 'zh')).toBe('对手 A');
    expect(displayName('Incumbent', 'zh')).toBe('原垄断企业');
    expect(displayName('Entrant B', 'zh')).toBe('新进入者 B');
    expect(displayName('Firm 4', 'zh')).toBe('企业 4');
    expect(displayName('对手 B', 'en')).toBe('Rival B');
    expect(displayName('基准', 'en')).toBe('Baseline');
    expect(displayName('我们', 'zh')).toBe('我们');
  });

  it('leaves typed names as typed', () => {
    for (const n of ['Acme', 'Us Telecom', 'Rival', 'Rival AB', 'rival a', '中国移动', 'Firm 4b']) {
      expect(displayName(n, 'zh')).toBe(n);
      expect(displayName(n, 'en')).toBe(n);
    }
  });

  it('has a Chinese name for every default firm of the schema and the shipped scenarios', () => {
    const names = new Set([...defaultScenario().firms.map((f) => f.name), ...shippedGallery().entries.flatMap((e) => e.scenario.firms.map((f) => f.name))]);
    expect(names.size).toBeGreaterThanOrEqual(6);
    for (const n of names) expect(displayName(n, 'zh'), n).toMatch(/[\u4e00-\u9fff]/);
  });

  it('agrees with the names the interface builds', () => {
    const pair = (key: Parameters<typeof translate>[2], vars?: Record<string, string>) => [translate(en, en, key, vars), translate(zh, en, key, vars)];
    for (const [e, c] of [
      pair('compare.baseline'),
      pair('compare.defaultService'),
      pair('compare.defaultProgramme'),
      pair('compare.defaultVariant', { letter: 'C' }),
    ]) {
      expect(displayName(e, 'zh')).toBe(c);
      expect(displayName(c, 'en')).toBe(e);
    }
    expect(displayName('Firm 4', 'zh')).toBe(translate(zh, en, 'editor.firm', { n: '4' }));
  });
});
