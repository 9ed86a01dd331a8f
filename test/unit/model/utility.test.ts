import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/model/index.ts';
import { kernelOf } from '../../../src/model/simulation.ts';
import { marginAgainst, strongestIncentive, strongestPrice, strongestRival, strongestValue } from '../../../src/model/kernel/utility.ts';
import { scenario, steps } from './helpers.ts';

describe('strongestRival', () => {
  it('returns the rival with the lowest margin, with exactly the parts marginAgainst() gives', () => {
    const s = scenario({
      seed: 3,
      population: { size: 3000, kinshipShare: 0.2 },
      firms: [
        { name: 'A', initialShare: 0.3, programme: 0.05 },
        { name: 'B', initialShare: 0.3, price: 0.9 },
        { name: 'C', initialShare: 0.2, quality: 4.2, price: 1.2 },
        { name: 'D', initialShare: 0.2, availableFrom: 1000 },
      ],
    });
    // the kernel's JavaScript build, bound to this simulation's memory
    const sim = createSimulation(s, 0, 'typescript');
    steps(sim, 6);
    const K = s.firms.length;
    let checked = 0;
    for (let i = 0; i < sim.pop.size; i++) {
      const k = sim.pop.provider[i];
      if (k === 255) continue;
      kernelOf(sim).attribute(i);
      const j = strongestRival(i, K, k);
      expect(j).not.toBe(3); // not open yet
      expect(j).not.toBe(k);
      const margin = strongestValue() + strongestPrice() + strongestIncentive();
      expect(marginAgainst(i, K, k, j, 0)).toBe(margin);
      for (const other of [0, 1, 2]) if (other !== k) expect(marginAgainst(i, K, k, other, 0)).toBeGreaterThanOrEqual(margin);
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
