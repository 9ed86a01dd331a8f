import { describe, expect, it } from 'vitest';
import { createSummary, describe as stat, formatSummary, quantile, summaryStats } from '../../../src/cli/summary.ts';
import { M, MEASURE_COUNT, SEGMENTS } from '../../../src/model/index.ts';
import { scenarioWith } from '../../helpers.ts';

describe('quantile (type 7) and the replicate statistics', () => {
  it.each([
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4, 5], 0.05, 1.2],
    [[1, 2, 3, 4, 5], 0.95, 4.8],
    [[7], 0.05, 7],
  ])('%j at %s → %s', (xs, p, q) => {
    expect(quantile(xs, p)).toBeCloseTo(q, 12);
  });
  it('is NaN for no values', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
  it('ignores replicates where a measure is undefined (NaN)', () => {
    expect(stat([3, NaN, 1, 2])).toEqual({ mean: 2, lo: 1.1, hi: 2.9, n: 3 });
    expect(stat([NaN]).n).toBe(0);
  });
});

describe('formatSummary', () => {
  // built inside each test, not while the file is collected: Stryker switches a mutant on only
  // for what the tests run
  const s = scenarioWith({ replicates: 3, horizon: 2, firms: [{ name: 'Us\u001b[31m' }, { name: 'Them' }] });
  const build = () => {
    const summary = createSummary(s);
    // three replicates of two periods with made-up numbers: profit 10 per period, retention by replicate
    for (let r = 0; r < 3; r++)
      for (let t = 0; t < 2; t++) {
        const values = new Float64Array(2 * SEGMENTS.length * MEASURE_COUNT).fill(NaN);
        for (let f = 0; f < 2; f++) {
          const o = f * SEGMENTS.length * MEASURE_COUNT;
          values[o + M.profit] = 10 + 1e6 * f;
          values[o + M.retention] = 0.9 + 0.01 * r;
          values[o + M.revenue] = f ? 3 : 1;
        }
        summary.add(r, { period: t, firms: 2, values, moves: new Float64Array(9) });
      }
    return { summary, text: formatSummary(s, summary) };
  };
  it('sums profit over periods and takes the rest from the final period', () => {
    const { summary } = build();
    const st = summaryStats(summary);
    expect(st[0].cumulativeProfit).toMatchObject({ mean: 20, n: 3 });
    expect(st[1].revenueShare.mean).toBeCloseTo(0.75, 12);
    expect(st[0].retention.mean).toBeCloseTo(0.91, 12);
    expect(st[0].nps.n).toBe(0);
  });
  it('prints means with the 90% range, a dash for undefined measures, compact money', () => {
    const { text } = build();
    expect(text).toMatch(/^Period 2 of 2 .*Mean of 3 replicates/);
    expect(text).toMatch(/Retention \(per period\)\s+91\.0% \(90\.1% – 91\.9%\)\s+91\.0% \(90\.1% – 91\.9%\)/);
    expect(text).toMatch(/Revenue share\s+25\.0%\s+75\.0%/);
    expect(text).toMatch(/NPS\s+–\s+–/);
    expect(text).toMatch(/Cumulative profit\s+20\.0\s+2M/);
  });
  it('never prints control characters from a firm name', () => {
    const { text } = build();
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Us?[31m');
  });
});
