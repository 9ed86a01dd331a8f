// Cohort curves across a comparison's replicates (src/ui/series/cohortBands.ts), from hand-made
// traces: the mean and both kinds of band per age and per satisfaction band, for the firm asked
// (not firm 0), with no value (not 0) where a replicate had no customers.
import { describe, expect, it } from 'vitest';
import { SATISFACTION_BANDS } from '../../../src/model/index.ts';
import type { CohortTrace } from '../../../src/ui/compare/cohortTraces.ts';
import { bandEdges, bandedLine, satisfactionBand, survivalBand } from '../../../src/ui/series/cohortBands.ts';
import { bandTable } from '../../../src/ui/compare/bandTable.ts';
import { Z90 } from '../../../src/ui/series/bands.ts';

const GROUPS = [
  { key: 'start', from: 0, to: 0 },
  { key: 'year1', from: 1, to: 1 },
];

/** Two firms; firm 0's curves are all 0.1 so that reading the wrong firm shows. */
function trace(start1: number[], year1: number[], observed1: number[] = [], kept1: number[] = []): CohortTrace {
  const observed = new Float64Array(2 * SATISFACTION_BANDS).fill(50);
  const kept = new Float64Array(2 * SATISFACTION_BANDS).fill(5);
  for (let b = 0; b < SATISFACTION_BANDS; b++) {
    observed[SATISFACTION_BANDS + b] = observed1[b] ?? 0;
    kept[SATISFACTION_BANDS + b] = kept1[b] ?? 0;
  }
  const wrong = (n: number) => new Float64Array(n).fill(0.1);
  return {
    firms: 2,
    groups: GROUPS,
    survival: [wrong(start1.length), wrong(year1.length), Float64Array.from(start1), Float64Array.from(year1)],
    observed,
    kept,
  };
}

describe('survivalBand', () => {
  const runs = [trace([0.9, 0.8, 0.7], [0.5, NaN]), trace([0.8, 0.6, 0.5], [0.7, NaN]), trace([1, 0.7, 0.6], [0.6, 0.4])];

  it('gives the mean and the 5th–95th percentile of the replicates at each age, from age 1, for the firm asked', () => {
    const start = survivalBand(runs, 1, 'start', 'percentile');
    expect(start.map((p) => p.x)).toEqual([1, 2, 3]);
    expect(start[0].mean).toBeCloseTo(0.9, 12);
    // type-7 quantiles of 0.8, 0.9, 1: 0.8 + 0.1 · 2 · 0.05 and 0.9 + 0.1 · (2 · 0.95 − 1)
    expect(start[0].lo).toBeCloseTo(0.81, 12);
    expect(start[0].hi).toBeCloseTo(0.99, 12);
    expect(start[2]).toMatchObject({ n: 3 });
    expect(start[2].mean).toBeCloseTo(0.6, 12);
  });

  it('gives the 90% confidence interval of the mean when asked', () => {
    const [p] = survivalBand(runs, 1, 'start', 'ci');
    const sd = Math.sqrt(((0.9 - 0.9) ** 2 + (0.8 - 0.9) ** 2 + (1 - 0.9) ** 2) / 2);
    expect(p.lo).toBeCloseTo(0.9 - (Z90 * sd) / Math.sqrt(3), 12);
    expect(p.hi).toBeCloseTo(0.9 + (Z90 * sd) / Math.sqrt(3), 12);
  });

  it('leaves out a replicate with no customers at an age, and the age itself when none has', () => {
    const year1 = survivalBand(runs, 1, 'year1', 'percentile');
    expect(year1.map((p) => p.x)).toEqual([1, 2]);
    // age 2: only the third replicate has customers there, so the mean is its value, not a third of it
    expect(year1[1]).toMatchObject({ mean: 0.4, n: 1 });
    expect(year1[1].lo).toBeNaN();
    const none = [trace([0.9, NaN], [0.5]), trace([0.8, NaN], [0.4])];
    expect(survivalBand(none, 1, 'start', 'percentile').map((p) => p.x)).toEqual([1]);
    // a group or firm that is not there has no points
    expect(survivalBand(runs, 1, 'year9', 'percentile')).toEqual([]);
    expect(survivalBand(runs, 2, 'start', 'percentile')).toEqual([]);
  });
});

describe('satisfactionBand', () => {
  it('takes each replicate’s share kept per band and its band across replicates, without bands nobody was in', () => {
    const runs = [trace([], [], [10, 0, 4], [5, 0, 4]), trace([], [], [20, 0, 0], [12, 0, 0]), trace([], [], [10, 0, 2], [7, 0, 1])];
    const bands = satisfactionBand(runs, 1, 'percentile');
    // band 1 has no customers in any replicate: no point; nor do bands 3… (nobody observed)
    expect(bands.map((p) => p.x)).toEqual([0, 2]);
    expect(bands[0].mean).toBeCloseTo((0.5 + 0.6 + 0.7) / 3, 12);
    expect(bands[0].lo).toBeCloseTo(0.51, 12);
    expect(bands[0].hi).toBeCloseTo(0.69, 12);
    // band 2: the second replicate observed nobody there and is left out (not a share of 0)
    expect(bands[1]).toMatchObject({ mean: 0.75, n: 2 });
    // firm 0 (50 observed, 5 kept in every band) is not mixed in
    const firm0 = satisfactionBand(runs, 0, 'percentile');
    expect(firm0).toHaveLength(SATISFACTION_BANDS);
    for (const p of firm0) expect(p.mean).toBeCloseTo(0.1, 12);
    expect(bandEdges(11)).toEqual([3.75, 4]);
  });
});

describe('bandedLine and bandTable', () => {
  const points = [
    { x: 1, mean: 0.8, lo: 0.7, hi: 0.9, n: 3 },
    { x: 2, mean: 0.6, lo: NaN, hi: NaN, n: 1 },
  ];
  it('draws the mean in percent with its band, and tables mean, low and high per line', () => {
    const l = bandedLine(points, { key: 'v0', label: 'Base', color: '#000' });
    expect(l.points).toEqual([
      { x: 1, y: 80 },
      { x: 2, y: 60 },
    ]);
    expect(l.band![0]).toEqual({ x: 1, lo: 70, hi: 90 });
    const other = bandedLine(points.slice(0, 1), { key: 'v1', label: 'Dear', color: '#111' }, (p) => p.x + 0.5);
    expect(other.points[0].x).toBe(1.5);
    const table = bandTable(
      [l],
      'Age',
      (label) => [`${label} mean`, `${label} lo`, `${label} hi`],
      (v) => v.toFixed(0),
    );
    expect(table.columns).toEqual(['Age', 'Base mean', 'Base lo', 'Base hi']);
    expect(table.rows).toEqual([
      ['1', '80', '70', '90'],
      ['2', '60', '–', '–'],
    ]);
  });
});
