import { describe, expect, it } from 'vitest';
import { quantileSorted as d3Quantile } from 'd3';
import { bandLine, interval, quantileSorted, replicateSeries, Z90 } from '../../../src/ui/series/bands.ts';
import { COMPARE_METRICS, differenceTable, pairedDifference, replicateMetric } from '../../../src/ui/series/compare.ts';
import { valueOf } from '../../../src/model/index.ts';
import { fakeSummary, runPeriods, smallScenario } from './fixtures.ts';

describe('90% bands', () => {
  it('uses z = 1.6449 for a two-sided 90% interval', () => {
    expect(Z90).toBeCloseTo(1.6448536, 6);
  });
  it('computes quantiles as d3 (type 7)', () => {
    const xs = [1, 2, 4, 8, 16, 32, 64];
    for (const p of [0, 0.05, 0.3, 0.5, 0.95, 1]) expect(quantileSorted(xs, p)).toBeCloseTo(d3Quantile(xs, p)!, 12);
  });
  it('gives the 5th–95th percentile band', () => {
    const xs = Array.from({ length: 21 }, (_, i) => i); // 0..20
    expect(interval(xs, 'percentile')).toEqual({ mean: 10, lo: 1, hi: 19, n: 21 });
  });
  it('gives mean ± 1.645·sd/√R for the CI of the mean', () => {
    const iv = interval([2, 4, 4, 4, 5, 5, 7, 9], 'ci');
    const sd = Math.sqrt(32 / 7);
    expect(iv.mean).toBe(5);
    expect(iv.lo).toBeCloseTo(5 - (Z90 * sd) / Math.sqrt(8), 12);
    expect(iv.hi).toBeCloseTo(5 + (Z90 * sd) / Math.sqrt(8), 12);
  });
  it('has no band from one replicate, and skips NaN', () => {
    expect(interval([3], 'ci')).toMatchObject({ mean: 3, n: 1 });
    expect(interval([3], 'ci').lo).toBeNaN();
    expect(interval([NaN, 1, 3], 'percentile').mean).toBe(2);
  });
  it('builds a mean line with its band per period, across replicates', () => {
    const reps = [0, 1, 2].map((r) => [fakeSummary(0, 1, [[0, 0, 'nps', 10 * r]]), fakeSummary(1, 1, [[0, 0, 'nps', 20 * r]])]);
    const series = replicateSeries(reps, 0, 'nps');
    expect(series).toEqual([
      [0, 0],
      [10, 20],
      [20, 40],
    ]);
    expect(replicateSeries(reps, 0, 'nps', 0, { cumulative: true })[2]).toEqual([20, 60]);
    const line = bandLine(series, 'percentile', { key: 'v0', label: 'Base', color: '#000' });
    expect(line.points).toEqual([
      { x: 1, y: 10 },
      { x: 2, y: 20 },
    ]);
    expect(line.band![0].lo).toBeCloseTo(1, 12);
    expect(line.band![1].hi).toBeCloseTo(38, 12);
  });
});

describe('paired differences', () => {
  it('averages per-replicate differences with a 90% CI', () => {
    const d = pairedDifference([10, 12, 11, 13], [11, 14, 12, 16]);
    // differences 1, 2, 1, 3: mean 1.75, sd √(2.75/3)
    expect(d.diff).toBe(1.75);
    expect(d.hi - d.diff).toBeCloseTo((Z90 * Math.sqrt(2.75 / 3)) / 2, 12);
    expect(d).toMatchObject({ baseline: 11.5, variant: 13.25, n: 4 });
  });
  it('is narrower than unpaired when replicates share their luck (CRN)', () => {
    const luck = [0, 50, -30, 20, -40];
    const base = luck.map((l) => 100 + l);
    const variant = luck.map((l, r) => 103 + l + (r % 2));
    const d = pairedDifference(base, variant);
    expect(d.lo).toBeGreaterThan(0); // the effect is visible despite luck 10× larger
    expect(interval(variant, 'ci').lo).toBeLessThan(interval(base, 'ci').hi); // the raw intervals overlap
  });
  it('reduces a replicate to one number per metric', () => {
    const run = [
      fakeSummary(0, 1, [
        [0, 0, 'profit', 5],
        [0, 0, 'retention', 0.9],
        [0, 0, 'clv', 7],
      ]),
      fakeSummary(1, 1, [
        [0, 0, 'profit', 7],
        [0, 0, 'retention', 0.8],
        [0, 0, 'clv', 9],
      ]),
    ];
    const byKey = Object.fromEntries(COMPARE_METRICS.map((m) => [m.key, replicateMetric(run, 0, m)]));
    expect(byKey.profit).toBe(12);
    expect(byKey.retention).toBeCloseTo(85, 12);
    expect(byKey.clv).toBe(9);
  });
  it('gives exactly zero difference for a variant identical to the baseline (same seeds)', () => {
    const s = smallScenario({ horizon: 6 });
    const reps = [0, 1].map((r) => runPeriods(s, r));
    const again = [0, 1].map((r) => runPeriods(s, r));
    const table = differenceTable([reps, again], 0);
    expect(table).toHaveLength(1);
    for (const d of table[0]) {
      expect(d.diff).toBe(0);
      expect(d.lo).toBe(0);
    }
    expect(table[0].map((d) => d.metric)).toEqual(['retention', 'nps', 'share_value', 'profit', 'clv']);
    const meanRetention = (run: (typeof reps)[0]) => (run.reduce((a, x) => a + valueOf(x, 0, 'retention'), 0) / run.length) * 100;
    expect(table[0][0].baseline).toBeCloseTo((meanRetention(reps[0]) + meanRetention(reps[1])) / 2, 10);
  });
});
