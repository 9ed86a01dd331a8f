import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/model/index.ts';
import { compileParams } from '../../../src/model/params.ts';
import { compare, createParts, strongestRival } from '../../../src/model/utility.ts';
import { scenario, steps } from './helpers.ts';

describe('strongestRival', () => {
  it('returns the rival with the lowest margin, with exactly the parts compare() gives', () => {
    const s = scenario({
      seed: 3,
      population: { size: 3000, kinshipShare: 0.2 } as never,
      firms: [
        { name: 'A', initialShare: 0.3, programme: 0.05 },
        { name: 'B', initialShare: 0.3, price: 0.9 },
        { name: 'C', initialShare: 0.2, quality: 4.2, price: 1.2 },
        { name: 'D', initialShare: 0.2, availableFrom: 1000 },
      ] as never,
    });
    const sim = createSimulation(s, 0);
    steps(sim, 6);
    const p = compileParams(s);
    const fast = createParts();
    const slow = createParts();
    let checked = 0;
    for (let i = 0; i < sim.pop.size; i++) {
      const k = sim.pop.provider[i];
      if (k === 255) continue;
      const j = strongestRival(sim.pop, sim.market, p, i, k, fast);
      expect(j).not.toBe(3); // not open yet
      expect(j).not.toBe(k);
      expect(Array.from(compare(sim.pop, sim.market, p, i, k, j, 0, slow))).toEqual(Array.from(fast));
      const margin = fast.reduce((a, x) => a + x, 0);
      for (const other of [0, 1, 2]) {
        if (other === k) continue;
        expect(Array.from(compare(sim.pop, sim.market, p, i, k, other, 0, slow)).reduce((a, x) => a + x, 0)).toBeGreaterThanOrEqual(margin);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
