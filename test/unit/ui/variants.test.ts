import { describe, expect, it } from 'vitest';
import { applyVariant, compareTasks, poolSize } from '../../../src/ui/compare/variants.ts';
import { defaultScenario, parseScenarioValue } from '../../../src/scenario/parse.ts';
import type { Comparison } from '../../../src/scenario/spec/comparison.ts';

describe('variants', () => {
  const base = defaultScenario();
  it('applies lever settings to the base scenario without touching it', () => {
    const r = applyVariant(base, { name: 'B', settings: [{ firm: 0, lever: 'quality', value: 4.4, fromPeriod: 0 }] });
    expect(r.ok && r.scenario.changes).toEqual([{ period: 0, firm: 0, lever: 'quality', value: 4.4 }]);
    expect(base.changes).toEqual([]);
  });
  it('refuses an out-of-range setting, naming the variant and the setting', () => {
    const r = applyVariant(base, { name: 'Cheap', settings: [{ firm: 1, lever: 'price', value: 0.1, fromPeriod: 0 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['Cheap: settings[0].value: price must be between 0.2 and 3']);
  });
  it('gives every variant the same replicate indices (common random numbers)', () => {
    const tasks = compareTasks(3, 4);
    expect(tasks).toHaveLength(12);
    for (let v = 0; v < 3; v++) expect(tasks.filter((x) => x.variant === v).map((x) => x.replicate)).toEqual([0, 1, 2, 3]);
  });
  it('sizes the pool to the cores, at most 4 and at most the tasks', () => {
    expect(poolSize(16, 100)).toBe(4);
    expect(poolSize(2, 100)).toBe(2);
    expect(poolSize(8, 3)).toBe(3);
    expect(poolSize(undefined, 10)).toBe(2);
  });
});

describe('comparison setup', async () => {
  const { CompareSetup, MAX_VARIANTS } = await import('../../../src/ui/compare/setup.svelte.ts');
  const names = { baseline: 'Base', service: 'Service', programme: 'Programme', variant: (l: string) => `V${l}` };
  it('starts with a baseline and two variants that validate', () => {
    const s = new CompareSetup(names);
    expect(s.variants.map((v) => v.name)).toEqual(['Base', 'Service', 'Programme']);
    for (const v of s.variants) expect(applyVariant(defaultScenario(), v).ok).toBe(true);
  });
  it('keeps between 2 and 4 variants, and never removes the baseline', () => {
    const s = new CompareSetup(names);
    s.addVariant();
    s.addVariant();
    expect(s.variants).toHaveLength(MAX_VARIANTS);
    expect(s.variants[3].name).toBe('VC');
    s.removeVariant(0);
    expect(s.variants[0].name).toBe('Base');
    s.removeVariant(3);
    s.removeVariant(2);
    s.removeVariant(1);
    expect(s.variants).toHaveLength(2);
  });
  it('edits lever settings', () => {
    const s = new CompareSetup(names);
    s.addSetting(1, { firm: 1, lever: 'price', value: 0.9, fromPeriod: 0 });
    s.setSetting(1, 1, { value: 0.8, fromPeriod: 12 });
    expect(s.variants[1].settings[1]).toEqual({ firm: 1, lever: 'price', value: 0.8, fromPeriod: 12 });
    s.removeSetting(1, 0);
    expect(s.variants[1].settings).toHaveLength(1);
  });
  it('hands every edit on as a valid comparison section, and loads one back', () => {
    const saved: Comparison[] = [];
    const s = new CompareSetup(names, (c) => saved.push(c));
    s.setSetting(2, 0, { fromPeriod: 24 });
    s.setReplicates(6);
    s.setBand('ci');
    s.rename(1, 'Care');
    expect(saved).toHaveLength(4);
    const last = saved[3];
    expect(last).toMatchObject({ version: 1, replicates: 6, band: 'ci' });
    expect(last.variants[2].settings[0].fromPeriod).toBe(24);
    const file = parseScenarioValue({ schemaVersion: 1, comparison: last });
    expect(file.ok && file.scenario.comparison).toEqual(last);
    const other = new CompareSetup(names);
    expect(other.same(last)).toBe(false);
    other.load(last);
    expect(other.same(last)).toBe(true);
    expect(other.variants.map((v) => v.name)).toEqual(['Base', 'Care', 'Programme']);
    expect(other.replicates).toBe(6);
    expect(other.band).toBe('ci');
  });
});
