// Cards name firms as the charts label them: a card that says "Rival B" in English says 对手 B
// in Chinese, the name the legend shows (src/i18n/names.ts), not another rendering.
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../../src/lessons/index.ts';
import { displayName } from '../../../src/i18n/names.ts';

function pairs(value: unknown): { en: string; zh: string }[] {
  if (value === null || typeof value !== 'object') return [];
  const v = value as Record<string, unknown>;
  if (typeof v.en === 'string' && typeof v.zh === 'string') return [{ en: v.en, zh: v.zh }];
  return Object.values(v).flatMap(pairs);
}

describe('firm names in lesson cards', () => {
  it("uses the legend's Chinese name wherever the English names a default firm", () => {
    const named = pairs(LESSONS).flatMap(({ en, zh }) => [...en.matchAll(/\b(Rival [A-D]|Entrant [A-D])\b/g)].map((m) => ({ name: m[1], zh })));
    expect(named.length).toBeGreaterThan(5);
    for (const { name, zh } of named) {
      expect(zh, name).toContain(displayName(name, 'zh'));
      expect(zh, name).not.toMatch(/竞争对手 [A-D]/);
    }
  });

  it('calls the incumbent 原垄断企业, as its legend does', () => {
    const incumbent = pairs(LESSONS).filter(({ en }) => /\bthe incumbent\b/i.test(en));
    expect(incumbent.length).toBeGreaterThan(2);
    for (const { zh } of incumbent) expect(zh).toContain(displayName('Incumbent', 'zh'));
  });
});
