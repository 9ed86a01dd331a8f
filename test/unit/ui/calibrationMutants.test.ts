// The calibration charts' lines and hold-out marks with two firms and two held-out periods,
// every value computed by hand (src/ui/series/calibration.ts).
import { describe, expect, it } from 'vitest';
import type { SavedFit } from '../../../src/experiment/calibrate/record.ts';
import { displayScale, fitLines, holdoutMarks, residualLines, xOf } from '../../../src/ui/series/calibration.ts';
import { OKABE_ITO, firmColor } from '../../../src/ui/series/palette.ts';

function fitOf(): SavedFit {
  const row = (firm: number, period: number, set: 'fit' | 'holdout', observed: number, simulated: number, lo: number, hi: number, scaled: number) => ({
    kind: 'retention',
    firm,
    period,
    set,
    observed,
    simulated,
    lo,
    hi,
    residual: observed - simulated,
    scaled,
  });
  return {
    parameters: [],
    loss: { fit: 1, holdout: 2, noise: 0.1, flatThreshold: 0.1 },
    series: [
      { kind: 'retention', firm: 0, fitPoints: 1, holdoutPoints: 2, rmseFit: 0.01, rmseHoldout: 0.02 },
      { kind: 'retention', firm: 1, fitPoints: 1, holdoutPoints: 1, rmseFit: 0.01, rmseHoldout: 0.02 },
    ],
    rows: [
      row(0, 5, 'holdout', 0.5, 0.25, 0.125, 0.75, 3),
      row(1, 1, 'holdout', 0.25, 0.5, 0.25, 0.5, -2),
      row(0, 4, 'holdout', 0.75, 0.5, 0.25, 1, 1),
      row(0, 0, 'fit', 1, 0.5, 0.5, 0.75, 2),
      row(1, 0, 'fit', 0.5, 0.5, 0.25, 0.5, 0),
    ],
  };
}

describe('calibration lines, by hand', () => {
  it("draws the series' own rows only, in percent, with the band's both edges scaled", () => {
    expect(fitLines(fitOf(), { kind: 'retention', firm: 0 }, { observed: 'Observed', simulated: 'Simulated' })).toEqual([
      {
        key: 'simulated',
        label: 'Simulated',
        color: OKABE_ITO.blue,
        points: [
          { x: 1, y: 50 },
          { x: 5, y: 50 },
          { x: 6, y: 25 },
        ],
        band: [
          { x: 1, lo: 50, hi: 75 },
          { x: 5, lo: 25, hi: 100 },
          { x: 6, lo: 12.5, hi: 75 },
        ],
      },
      {
        key: 'observed',
        label: 'Observed',
        color: OKABE_ITO.vermillion,
        dash: '5 3',
        points: [
          { x: 1, y: 100 },
          { x: 5, y: 75 },
          { x: 6, y: 50 },
        ],
      },
    ]);
  });

  it('keys residual lines by kind and firm', () => {
    expect(residualLines(fitOf(), (s) => `${s.kind} ${s.firm}`)).toEqual([
      {
        key: 'retention-0',
        label: 'retention 0',
        color: firmColor(0),
        points: [
          { x: 1, y: 2 },
          { x: 5, y: 1 },
          { x: 6, y: 3 },
        ],
      },
      {
        key: 'retention-1',
        label: 'retention 1',
        color: firmColor(1),
        points: [
          { x: 1, y: 0 },
          { x: 2, y: -2 },
        ],
      },
    ]);
  });

  it("marks the hold-out at the series' own first held-out period, or the first of any series", () => {
    expect(holdoutMarks(fitOf(), 'h', { kind: 'retention', firm: 0 })).toEqual([{ x: 5, label: 'h' }]);
    expect(holdoutMarks(fitOf(), 'h', { kind: 'retention', firm: 1 })).toEqual([{ x: 2, label: 'h' }]);
    expect(holdoutMarks(fitOf(), 'h')).toEqual([{ x: 2, label: 'h' }]);
  });

  it('an unknown kind is drawn as it is, by period from 1', () => {
    expect(displayScale('no such kind')).toBe(1);
    expect(xOf('no such kind', 0)).toBe(1);
  });
});
