import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evenLevels, sweepPoints } from '../../../../src/experiment/designs/sweep.ts';

describe('sweep', () => {
  it('n evenly spaced levels, both ends included, inside the range, ascending', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.integer({ min: 2, max: 200 }),
        (from, width, n) => {
          const to = from + width;
          const xs = evenLevels(from, to, n);
          expect(xs).toHaveLength(n);
          expect(xs[0]).toBeCloseTo(from, 6);
          expect(xs[n - 1]).toBe(to);
          expect(xs.every((x, i) => i === 0 || x > xs[i - 1])).toBe(true);
          expect(xs.every((x) => x >= from && x <= to)).toBe(true);
        },
      ),
    );
  });
  it('keeps a range too narrow for 12 digits inside its ends and in order (a counterexample fast-check found)', () => {
    const from = -10000.007984900003;
    const to = from + 0.000001;
    const xs = evenLevels(from, to, 22);
    expect(xs.every((x, i) => x >= from && x <= to && (i === 0 || x > xs[i - 1]))).toBe(true);
  });
  it('reads 0.1-steps as people write them', () => {
    expect(evenLevels(0, 0.1, 11)).toEqual([0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1]);
    expect(sweepPoints([1, 2])).toEqual([[1], [2]]);
  });
});
