import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinHypercube } from '../../../../src/experiment/designs/lhs.ts';
import { designRandom } from '../../../../src/experiment/designs/random.ts';

describe('Latin hypercube', () => {
  it('has exactly one point in each of the n strata of every dimension, inside [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 8 }), fc.nat(), (n, k, seed) => {
        const points = latinHypercube(n, k, designRandom(seed, 'lhs'));
        expect(points).toHaveLength(n);
        for (let d = 0; d < k; d++) {
          const strata = points.map((p) => Math.floor(p[d] * n)).sort((a, b) => a - b);
          expect(strata).toEqual(Array.from({ length: n }, (_, j) => j));
          expect(points.every((p) => p[d] >= 0 && p[d] < 1)).toBe(true);
        }
      }),
    );
  });
  it('is the same for the same seed and differs for another', () => {
    const a = latinHypercube(20, 3, designRandom(5, 'lhs'));
    expect(latinHypercube(20, 3, designRandom(5, 'lhs'))).toEqual(a);
    expect(latinHypercube(20, 3, designRandom(6, 'lhs'))).not.toEqual(a);
  });
});
