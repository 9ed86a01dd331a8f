import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOBOL_MAX_DIMENSIONS, sobolPoints } from '../../../../src/experiment/designs/sobol.ts';

// SciPy 1.17.1, scipy.stats.qmc.Sobol(d=21, scramble=False).random(12346): rows 0–7 (first
// three columns), 1023 and 12345 (all 21 columns). The far rows check the high bits of every
// vendored row of direction numbers.
const SCIPY_FIRST = [
  [0, 0, 0],
  [0.5, 0.5, 0.5],
  [0.75, 0.25, 0.25],
  [0.25, 0.75, 0.75],
  [0.375, 0.375, 0.625],
  [0.875, 0.875, 0.125],
  [0.625, 0.125, 0.875],
  [0.125, 0.625, 0.375],
];
const SCIPY_1023 = [
  0.0009765625, 0.7529296875, 0.6123046875, 0.1455078125, 0.1865234375, 0.4384765625, 0.1396484375, 0.6181640625, 0.3447265625, 0.8505859375, 0.6787109375,
  0.0361328125, 0.1298828125, 0.6650390625, 0.3623046875, 0.4638671875, 0.3134765625, 0.8759765625, 0.5849609375, 0.3193359375, 0.8662109375,
];
const SCIPY_12345 = [
  0.64093017578125, 0.81341552734375, 0.16033935546875, 0.52679443359375, 0.88848876953125, 0.05889892578125, 0.12725830078125, 0.11334228515625,
  0.80181884765625, 0.42962646484375, 0.07427978515625, 0.59881591796875, 0.93096923828125, 0.94183349609375, 0.03448486328125, 0.64080810546875,
  0.06256103515625, 0.05096435546875, 0.31939697265625, 0.34344482421875, 0.19927978515625,
];

describe('Sobol sequence', () => {
  it("matches SciPy's unscrambled points", () => {
    expect(sobolPoints(8, 3)).toEqual(SCIPY_FIRST);
    const far = sobolPoints(12346, SOBOL_MAX_DIMENSIONS);
    expect(far[1023]).toEqual(SCIPY_1023);
    expect(far[12345]).toEqual(SCIPY_12345);
  });
  it('lies in [0, 1) and, for n = 2^m, puts n/2^j points in each of the 2^j slices of every dimension', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: SOBOL_MAX_DIMENSIONS }), (m, k) => {
        const n = 2 ** m;
        const points = sobolPoints(n, k);
        // plain loops, one assertion: expect() per number would take most of the time
        let inside = true;
        let balanced = true;
        for (let d = 0; d < k; d++)
          for (let j = 0; j <= m; j++) {
            const counts = new Array<number>(2 ** j).fill(0);
            for (const p of points) {
              inside &&= p[d] >= 0 && p[d] < 1;
              counts[Math.floor(p[d] * 2 ** j)]++;
            }
            balanced &&= counts.every((c) => c === n / 2 ** j);
          }
        expect({ inside, balanced }).toEqual({ inside: true, balanced: true });
      }),
      { numRuns: 30 },
    );
  });
  it('refuses more dimensions than its table', () => {
    expect(() => sobolPoints(4, SOBOL_MAX_DIMENSIONS + 1)).toThrow(RangeError);
  });
});
