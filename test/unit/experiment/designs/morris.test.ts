import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { morrisDelta, morrisPoints } from '../../../../src/experiment/designs/morris.ts';
import { designRandom } from '../../../../src/experiment/designs/random.ts';

describe('Morris trajectories', () => {
  it('each step changes exactly one factor by ±Δ, every factor once per trajectory, on the grid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 5 }).map((h) => 2 * h),
        fc.nat(),
        (r, k, p, seed) => {
          const points = morrisPoints(r, k, p, designRandom(seed, 'morris'));
          const delta = morrisDelta(p);
          expect(points).toHaveLength(r * (k + 1));
          const onGrid = (x: number) => x >= 0 && x <= 1 && Math.abs(x * (p - 1) - Math.round(x * (p - 1))) < 1e-9;
          expect(points.flat().every(onGrid)).toBe(true);
          for (let t = 0; t < r; t++) {
            const changed: number[] = [];
            for (let s = 1; s <= k; s++) {
              const a = points[t * (k + 1) + s - 1];
              const b = points[t * (k + 1) + s];
              const diff = b.map((x, i) => x - a[i]);
              const moved = diff.flatMap((d, i) => (Math.abs(d) > 1e-12 ? [i] : []));
              expect(moved).toHaveLength(1);
              expect(Math.abs(Math.abs(diff[moved[0]]) - delta)).toBeLessThan(1e-12);
              changed.push(moved[0]);
            }
            expect(changed.sort((x, y) => x - y)).toEqual(Array.from({ length: k }, (_, i) => i));
          }
        },
      ),
    );
  });
  it('Δ = p / (2(p − 1)): 2/3 for four levels', () => {
    expect(morrisDelta(4)).toBeCloseTo(2 / 3, 15);
  });
});
