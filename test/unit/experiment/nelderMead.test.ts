// The optimiser on functions with a known minimum: it finds it within tolerance, stays in the
// box, keeps to its budget, and ranks by order only (so a feasibility rule works through it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../../src/experiment/search/nelderMead.ts';
import { startPoints } from '../../../src/experiment/search/starts.ts';

const byValue = (a: number, b: number) => a - b;

describe('nelderMead in the unit box', () => {
  it('finds the minimum of a smooth bowl inside the box', () => {
    const f = (x: number[]) => (x[0] - 0.3) ** 2 + 3 * (x[1] - 0.7) ** 2 + (x[2] - 0.5) ** 2;
    const r = nelderMead(f, byValue, [0.9, 0.1, 0.9], { maxEvaluations: 400, tolerance: 1e-6 });
    expect(r.x[0]).toBeCloseTo(0.3, 3);
    expect(r.x[1]).toBeCloseTo(0.7, 3);
    expect(r.x[2]).toBeCloseTo(0.5, 3);
  });

  it('finds a minimum on the boundary and never evaluates outside the box', () => {
    const seen: number[][] = [];
    const f = (x: number[]) => {
      seen.push(x);
      return -x[0] + (x[1] - 0.2) ** 2;
    };
    const r = nelderMead(f, byValue, [0.5, 0.5], { maxEvaluations: 200 });
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(0.2, 2);
    expect(seen.flat().every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it('keeps to its budget of evaluations', () => {
    let n = 0;
    const r = nelderMead((x) => (n++, Math.sin(9 * x[0]) + Math.cos(7 * x[1])), byValue, [0.5, 0.5], { maxEvaluations: 17 });
    expect(n).toBe(17);
    expect(r.evaluations).toBe(17);
  });

  it('uses only the order of scores: a monotone transform gives the same path', () => {
    const path = (g: (v: number) => number) => {
      const xs: number[][] = [];
      nelderMead((x) => (xs.push(x), g((x[0] - 0.4) ** 2 + (x[1] - 0.6) ** 2)), byValue, [0.1, 0.1], { maxEvaluations: 60 });
      return xs;
    };
    expect(path((v) => Math.exp(5 * v) - 3)).toEqual(path((v) => v));
  });

  it("with a noisy objective still ends near the minimum (noise a tenth of the bowl's depth)", () => {
    // a fixed pseudo-random noise per point, as on common random numbers
    const noise = (x: number[]) => (Math.sin(1e4 * x[0] + 3e3 * x[1]) * 0.5 + 0.5) * 0.01;
    const f = (x: number[]) => (x[0] - 0.6) ** 2 + (x[1] - 0.25) ** 2 + noise(x);
    const r = nelderMead(f, byValue, [0.1, 0.9], { maxEvaluations: 150 });
    expect(Math.hypot(r.x[0] - 0.6, r.x[1] - 0.25)).toBeLessThan(0.15);
  });
});

describe('nelderMead, properties', () => {
  it('for any start, dimension and budget: every evaluation inside the box, the budget kept, the result no worse than the start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 80 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.double({ min: -1, max: 2, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (k, budget, start, centre) => {
          const seen: number[][] = [];
          const f = (x: number[]) => (seen.push(x), x.reduce((a, xi, i) => a + (xi - centre[i]) ** 2, 0));
          const r = nelderMead(f, byValue, start.slice(0, k), { maxEvaluations: budget });
          expect(seen.length).toBeLessThanOrEqual(budget);
          expect(seen.flat().every((v) => v >= 0 && v <= 1)).toBe(true);
          expect(r.score).toBeLessThanOrEqual(f(start.slice(0, k)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('startPoints', () => {
  it('the first start is the given point; the others are spread and the same on every call', () => {
    const a = startPoints([0.1, 0.2], 4, 7, 'x');
    expect(a[0]).toEqual([0.1, 0.2]);
    expect(a).toHaveLength(4);
    expect(startPoints([0.1, 0.2], 4, 7, 'x')).toEqual(a);
    expect(startPoints([0.1, 0.2], 4, 8, 'x')).not.toEqual(a);
  });
});
