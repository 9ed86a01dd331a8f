// A variant's settings at their bounds, the changes a setting takes over when several stand
// before it or at its very period, and the saved form of a comparison (mutation testing of
// src/scenario/variants.ts). No simulation: each case is read from the rules directly.
import { describe, expect, it } from 'vitest';
import { LEVER_BY_KEY } from '../../../src/scenario/levers.ts';
import { applyVariant, comparisonSection, definitionRows, overriddenChanges, settingProblems, type Variant } from '../../../src/scenario/variants.ts';
import { scenarioWith } from '../../helpers.ts';

const base = scenarioWith({
  horizon: 24,
  firms: [{ name: 'A' }, { name: 'B' }],
  changes: [
    { period: 2, firm: 0, lever: 'price', value: 0.9 },
    { period: 6, firm: 0, lever: 'price', value: 0.8 },
    { period: 4, firm: 0, lever: 'price', value: 1.1 },
    { period: 10, firm: 0, lever: 'price', value: 1.2 },
    { period: 3, firm: 1, lever: 'price', value: 0.7 },
  ],
});
const price = LEVER_BY_KEY.price;
const setting = (x: Partial<Variant['settings'][number]>) => ({ firm: 0, lever: 'price' as const, value: 1, fromPeriod: 0, ...x });
const problems = (...settings: Variant['settings']) => settingProblems(base, { name: 'v', settings });

describe('settingProblems', () => {
  it('takes the first and last firm, the lever bounds, period 0 and the last period', () => {
    expect(problems(setting({ firm: 0, value: price.min, fromPeriod: 0 }), setting({ firm: 1, value: price.max, fromPeriod: 23 }))).toEqual([]);
  });
  it('refuses a firm below 0, past the last, or not whole', () => {
    expect(problems(setting({ firm: -1 }), setting({ firm: 2 }), setting({ firm: 0.5 }))).toEqual([
      'settings[0].firm: must be < 2 (there are 2 firms)',
      'settings[1].firm: must be < 2 (there are 2 firms)',
      'settings[2].firm: must be < 2 (there are 2 firms)',
    ]);
  });
  it("refuses a value just outside the lever's bounds, or not a number", () => {
    const msg = `price must be between ${price.min} and ${price.max}`;
    expect(problems(setting({ value: price.min - 0.001 }), setting({ value: price.max + 0.001 }), setting({ value: NaN }))).toEqual([
      `settings[0].value: ${msg}`,
      `settings[1].value: ${msg}`,
      `settings[2].value: ${msg}`,
    ]);
  });
  it('refuses a period that is not whole, below 0, or at the horizon, one message each', () => {
    expect(problems(setting({ fromPeriod: 1.5 }), setting({ fromPeriod: -1 }), setting({ fromPeriod: 24 }))).toEqual([
      'settings[0].fromPeriod: must be a whole number',
      'settings[1].fromPeriod: must be ≥ 0',
      'settings[2].fromPeriod: must be < 24',
    ]);
  });
  it('refuses an unknown lever by name, alone', () => {
    expect(problems({ firm: 9, lever: 'nope' as never, value: -5, fromPeriod: -1 })).toEqual(['settings[0].lever: unknown lever "nope"']);
  });
});

describe('applyVariant', () => {
  it('names the variant on every problem, whether from its settings or from the scenario they make', () => {
    expect(applyVariant(base, { name: 'Cheap', settings: [setting({ firm: 5 })] })).toEqual({
      ok: false,
      errors: ['Cheap: settings[0].firm: must be < 2 (there are 2 firms)'],
    });
    const tooLong = { ...base, meta: { ...base.meta, title: { en: 'x'.repeat(10_000), zh: '' } } };
    const r = applyVariant(tooLong, { name: 'Long', settings: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const e of r.errors) expect(e.startsWith('Long: ')).toBe(true);
  });
});

describe('overriddenChanges', () => {
  it('cuts short the latest change before the setting, whatever the order of the schedule', () => {
    // changes of firm 0's price at 2, 6, 4 and 10 (in that order in the file): from 8 on,
    // the one in force is the one of period 6 (index 1), not the last one listed before 8
    expect(overriddenChanges(base, { name: 'v', settings: [setting({ fromPeriod: 8 })] })).toEqual([
      { index: 1, change: base.changes[1], setting: 0, replaced: false, from: 8 },
      { index: 3, change: base.changes[3], setting: 0, replaced: true, from: 8 },
    ]);
    // from 5 the one of period 4 (index 2) is in force, not the first one (index 0)
    expect(overriddenChanges(base, { name: 'v', settings: [setting({ fromPeriod: 5 })] }).map((o) => [o.index, o.replaced])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
  });
  it('replaces a change at the very period of the setting', () => {
    expect(overriddenChanges(base, { name: 'v', settings: [setting({ fromPeriod: 10 })] }).map((o) => [o.index, o.replaced])).toEqual([
      [1, false],
      [3, true],
    ]);
  });
  it('cuts nothing short when every change comes at or after the setting', () => {
    expect(overriddenChanges(base, { name: 'v', settings: [setting({ fromPeriod: 2 })] }).every((o) => o.replaced)).toBe(true);
    expect(overriddenChanges(base, { name: 'v', settings: [setting({ firm: 1, fromPeriod: 3 })] })).toEqual([
      { index: 4, change: base.changes[4], setting: 0, replaced: true, from: 3 },
    ]);
  });
});

describe('overriddenChanges: the first change listed, and two changes at one period', () => {
  const withChanges = (periods: number[]) =>
    scenarioWith({ horizon: 24, changes: periods.map((period, i) => ({ period, firm: 0, lever: 'price' as const, value: 0.8 + 0.01 * i })) });
  const cut = (periods: number[]) => overriddenChanges(withChanges(periods), { name: 'v', settings: [setting({ fromPeriod: 8 })] }).map((o) => o.index);
  it('keeps the first change listed in force when it is the latest', () => {
    expect(cut([6, 4])).toEqual([0]);
  });
  it('takes the one listed last of two changes at the same period (it applies last)', () => {
    expect(cut([6, 4, 6])).toEqual([2]);
  });
});

describe('definitionRows', () => {
  it('writes an empty firm name for a firm the list does not name', () => {
    expect(definitionRows([{ name: 'V', settings: [setting({ firm: 1, value: 0.9, fromPeriod: 2 })] }], ['Us'])).toEqual([['V', 1, '', 'price', 0.9, 2]]);
  });
});

describe('comparisonSection', () => {
  const variants: Variant[] = [
    { name: 'Base', settings: [] },
    { name: 'Cheap', settings: [{ firm: 1, lever: 'price', value: 0.8, fromPeriod: 6, extra: 'dropped' } as Variant['settings'][number]] },
  ];
  it('saves each variant by name with its settings, and the replicates when chosen', () => {
    expect(comparisonSection(variants, 5, 'percentile')).toEqual({
      version: 1,
      variants: [
        { name: 'Base', settings: [] },
        { name: 'Cheap', settings: [{ firm: 1, lever: 'price', value: 0.8, fromPeriod: 6 }] },
      ],
      replicates: 5,
      band: 'percentile',
    });
  });
  it("leaves the replicates out when none were chosen (the scenario's own)", () => {
    const c = comparisonSection(variants, null, 'ci');
    expect('replicates' in c).toBe(false);
    expect(c.band).toBe('ci');
  });
});
