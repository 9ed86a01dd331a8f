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
