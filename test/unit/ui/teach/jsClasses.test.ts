// The Jones–Sasser classes are defined once, in the glossary's "Jones–Sasser classes" entry,
// and that text must say what the model does (src/model/loyalty.ts): checked rule by rule.
import { describe, expect, it } from 'vitest';
import { JS, jsClassOf, LOYALTY, ZONE } from '../../../../src/model/loyalty.ts';
import { GLOSSARY } from '../../../../src/i18n/glossary.ts';

const HELD = 1;
const NOT_HELD = -1;
const cls = (s: number, type: keyof typeof LOYALTY, margin: number) => jsClassOf(s, LOYALTY[type], margin);

describe('Jones–Sasser classes: the glossary states the model’s rule', () => {
  it('uses the model’s zone thresholds', () => {
    const text = GLOSSARY.jonesSasser.body.en;
    expect(text).toContain(`above ${ZONE.affection}`);
    expect(text).toContain(`above ${ZONE.defection}`);
    expect(text).toContain(`${ZONE.defection} or below`);
  });
  it('apostle and loyalist: held by value, kinship or a monopoly, above 4.5 and 3.75', () => {
    for (const type of ['value', 'kinship', 'monopoly'] as const) {
      expect(cls(4.6, type, HELD)).toBe(JS.apostle);
      expect(cls(4.0, type, HELD)).toBe(JS.loyalist);
    }
    expect(GLOSSARY.jonesSasser.body.en).toMatch(/apostle — satisfaction above 4\.5 and held by value, kinship or a monopoly/);
  });
  it('mercenary: satisfied but held only by price, rewards or switching costs, or not held', () => {
    for (const type of ['price', 'incentive', 'inertia'] as const) expect(cls(4.6, type, HELD)).toBe(JS.mercenary);
    expect(cls(4.0, 'value', NOT_HELD)).toBe(JS.mercenary);
    expect(GLOSSARY.mercenary.body.en).toMatch(/price, rewards or switching costs, or not held at all/);
  });
  it('hostage: dissatisfied yet held by anything, value included ("Value / Hostage")', () => {
    for (const type of ['value', 'monopoly', 'inertia', 'price', 'incentive', 'kinship'] as const) expect(cls(3.0, type, HELD)).toBe(JS.hostage);
    expect(GLOSSARY.hostage.body.en).toContain('Value / Hostage');
    expect(GLOSSARY.hostage.body.en).not.toMatch(/held: by a monopoly or by switching costs\./);
  });
  it('defector: dissatisfied and not held', () => {
    expect(cls(3.0, 'value', NOT_HELD)).toBe(JS.defector);
    expect(cls(ZONE.defection, 'monopoly', NOT_HELD)).toBe(JS.defector);
  });
});
