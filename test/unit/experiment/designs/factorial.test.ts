import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factorialPoints, factorialSize } from '../../../../src/experiment/designs/factorial.ts';

describe('full factorial', () => {
  it('covers every combination of levels exactly once', () => {
    const levelsArb = fc.array(fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(levelsArb, (levels) => {
        const points = factorialPoints(levels);
        const expected = levels.reduce((n, l) => n * l.length, 1);
        expect(points).toHaveLength(expected);
        expect(factorialSize(levels, Infinity)).toBe(expected);
        expect(new Set(points.map((p) => p.join('|'))).size).toBe(expected);
        for (const p of points) p.forEach((x, f) => expect(levels[f]).toContain(x));
      }),
    );
  });
  it('is in row-major order (the last factor changes fastest)', () => {
    expect(
      factorialPoints([
        [1, 2],
        [10, 20, 30],
      ]),
    ).toEqual([
      [1, 10],
      [1, 20],
      [1, 30],
      [2, 10],
      [2, 20],
      [2, 30],
    ]);
  });
  it('counts without building past the cap', () => {
    expect(
      factorialSize(
        Array.from({ length: 20 }, () => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        1e5,
      ),
    ).toBe(Infinity);
  });
});
