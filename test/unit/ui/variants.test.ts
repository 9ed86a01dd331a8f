import { describe, expect, it } from 'vitest';
import { applyVariant, compareTasks, poolSize } from '../../../src/ui/compare/variants.ts';
import { defaultScenario } from '../../../src/scenario/parse.ts';

describe('variants', () => {
  const base = defaultScenario();
  it('applies lever overrides to the base scenario without touching it', () => {
    const r = applyVariant(base, { name: 'B', overrides: [{ firm: 0, lever: 'quality', value: 4.4 }] });
    expect(r.ok && r.scenario.firms[0].quality).toBe(4.4);
    expect(base.firms[0].quality).toBe(3.8);
  });
  it('refuses an out-of-range override, naming the variant and the field', () => {
    const r = applyVariant(base, { name: 'Cheap', overrides: [{ firm: 1, lever: 'price', value: 0.1 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['Cheap: firms[1].price: must be ≥ 0.2']);
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
  it('edits lever overrides', () => {
    const s = new CompareSetup(names);
    s.addOverride(1, { firm: 1, lever: 'price', value: 0.9 });
    s.setOverride(1, 1, { value: 0.8 });
    expect(s.variants[1].overrides[1]).toEqual({ firm: 1, lever: 'price', value: 0.8 });
    s.removeOverride(1, 0);
    expect(s.variants[1].overrides).toHaveLength(1);
  });
});
