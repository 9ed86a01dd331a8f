import { describe, expect, it } from 'vitest';
import { scenarioWith } from '../../helpers.ts';
import { defaultScenario } from '../../../src/scenario/parse.ts';

describe("scenarioWith (the tests' scenario builder)", () => {
  it('changes only what it is given, at any depth, and fills the rest with defaults', () => {
    const s = scenarioWith({ population: { size: 2000, budget: { mean: 50 } }, firms: [{ name: 'Us', price: 1.1 }, {}] });
    const d = defaultScenario();
    expect(s.population.size).toBe(2000);
    expect(s.population.budget).toEqual({ ...d.population.budget, mean: 50 });
    expect(s.population.inCategory).toBe(d.population.inCategory);
    expect(s.firms.map((f) => [f.name, f.price, f.quality])).toEqual([
      ['Us', 1.1, 3.8],
      ['Firm', 1, 3.8],
    ]);
    expect(scenarioWith()).toEqual(d);
  });

  it('refuses an invalid scenario, naming the field', () => {
    expect(() => scenarioWith({ firms: [{}, { price: 0.1 }] })).toThrow('firms[1].price: must be ≥ 0.2');
  });
});
