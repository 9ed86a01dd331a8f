// Shaping the cohort survival curves and the satisfaction → retention curve (src/ui/series/cohorts.ts).
import { describe, expect, it } from 'vitest';
import { createSimulation, SATISFACTION_BANDS, type CohortCurve, type PeriodSummary } from '../../../src/model/index.ts';
import { cohortLines, resolvedObservations, satisfactionRetention, survival } from '../../../src/ui/series/cohorts.ts';
import { scenarioWith } from '../../helpers.ts';

const labels = { start: 'Start', years: (a: number, b: number) => (a === b ? `Y${a}` : `Y${a}-${b}`) };

function run(horizon: number, size = 2000): PeriodSummary[] {
  const sim = createSimulation(scenarioWith({ horizon, population: { size }, seed: 3 }), 0, 'wasm', { cohorts: true });
  return Array.from({ length: horizon }, () => sim.step());
}

describe('survival (product-limit over cohorts)', () => {
  it('pools the cohorts that have reached each age', () => {
    const curves: CohortCurve[] = [
      { firm: 0, period: 0, alive: [10, 8, 6] },
      { firm: 0, period: 1, alive: [10, 5] },
    ];
    // age 1: (8 + 5) / 20; age 2: only the first cohort is that old: 6 / 8
    expect(survival(curves)).toEqual([13 / 20, (13 / 20) * (6 / 8)]);
    expect(survival([])).toEqual([]);
  });
});

describe('cohortLines', () => {
  const summaries = run(30);
  it('draws the starting stock and one line per year of acquisition, in percent, never rising with age', () => {
    const lines = cohortLines(summaries, 0, 12, labels);
    expect(lines.map((l) => l.label)).toEqual(['Start', 'Y1', 'Y2', 'Y3']);
    expect(lines[0].points).toHaveLength(30);
    expect(lines[0].points[0].x).toBe(1);
    for (const l of lines) {
      for (const p of l.points) expect(p.y >= 0 && p.y <= 100).toBe(true);
      for (let a = 1; a < l.points.length; a++) expect(l.points[a].y).toBeLessThanOrEqual(l.points[a - 1].y);
    }
    // the third year's cohorts (months 25–30) are at most 5 periods old
    expect(lines[3].points.length).toBe(5);
  });
  it('groups years when the run is long, and shows nothing without cohort counts', () => {
    const long = run(12 * 14, 300);
    const lines = cohortLines(long, 1, 12, labels);
    expect(lines.map((l) => l.label)).toEqual(['Start', 'Y1-3', 'Y4-6', 'Y7-9', 'Y10-12', 'Y13-14']);
    expect(cohortLines([{ ...summaries[0], cohorts: undefined }], 0, 12, labels)).toEqual([]);
  });
});

describe('satisfactionRetention', () => {
  it('pools every resolved observation: kept / observed per band, zoned at 3.75 and 4.5', () => {
    const summaries = run(20);
    expect(resolvedObservations(summaries)).toBe(8);
    const bins = satisfactionRetention(summaries, 0);
    expect(bins).toHaveLength(SATISFACTION_BANDS);
    let n = 0;
    let kept = 0;
    for (const s of summaries)
      if (s.cohorts?.year) {
        n += s.cohorts.year.customers[10];
        kept += s.cohorts.year.retained[10];
      }
    expect(bins[10]).toEqual({ lo: 3.5, hi: 3.75, count: n, share: kept / n, zone: 'defection' });
    expect(bins[11].zone).toBe('indifference');
    expect(bins[14].zone).toBe('affection');
  });
  it('is empty before any observation is a year old', () => {
    expect(satisfactionRetention(run(12, 300), 0)).toEqual([]);
  });
});
