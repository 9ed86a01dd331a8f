// The calibration charts' shaping: periods numbered from 1, fractions in percent, the band
// around the simulated mean, residuals in scales, the hold-out marked where it begins.
import { describe, expect, it } from 'vitest';
import type { SavedFit } from '../../../src/experiment/calibrate/record.ts';
import { fitLines, holdoutMarks, residualLines, xOf } from '../../../src/ui/series/calibration.ts';

const row = (kind: string, period: number, observed: number, simulated: number, set: 'fit' | 'holdout', scale: number) => ({
  kind,
  firm: 0,
  period,
  set,
  observed,
  simulated,
  lo: simulated - 0.01,
  hi: simulated + 0.01,
  residual: observed - simulated,
  scaled: (observed - simulated) / scale,
});
const fit: SavedFit = {
  parameters: [],
  loss: { fit: 1, holdout: 2, noise: 0.1, flatThreshold: 0.1 },
  series: [
    { kind: 'retention', firm: 0, fitPoints: 2, holdoutPoints: 1, rmseFit: 0.01, rmseHoldout: 0.02 },
    { kind: 'nps', firm: 0, fitPoints: 1, holdoutPoints: 0, rmseFit: 3, rmseHoldout: NaN },
  ],
  rows: [
    row('retention', 2, 0.97, 0.95, 'holdout', 0.01),
    row('retention', 0, 0.95, 0.96, 'fit', 0.01),
    row('nps', 1, 30, 25, 'fit', 5),
    row('retention', 1, 0.96, 0.96, 'fit', 0.01),
  ],
};

describe('calibration chart series', () => {
  it('draws observed and simulated with its band, by period from 1, fractions in percent', () => {
    const [sim, obs] = fitLines(fit, { kind: 'retention', firm: 0 }, { observed: 'Observed', simulated: 'Simulated' });
    expect(sim.points.map((p) => p.x)).toEqual([1, 2, 3]);
    expect(sim.points.map((p) => Math.round(p.y * 10) / 10)).toEqual([96, 96, 95]);
    expect(sim.band!.map((b) => Math.round(b.lo * 10) / 10)).toEqual([95, 95, 94]);
    expect(obs.points.map((p) => Math.round(p.y * 10) / 10)).toEqual([95, 96, 97]);
    const [npsSim] = fitLines(fit, { kind: 'nps', firm: 0 }, { observed: 'o', simulated: 's' });
    expect(npsSim.points).toEqual([{ x: 2, y: 25 }]);
  });
  it('gives residuals in scales per series, and marks where the hold-out begins', () => {
    const lines = residualLines(fit, (s) => s.kind);
    expect(lines.map((l) => l.label)).toEqual(['retention', 'nps']);
    expect(lines[0].points.map((p) => Math.round(p.y * 100) / 100)).toEqual([-1, 0, 2]);
    expect(lines[1].points).toEqual([{ x: 2, y: 1 }]);
    expect(holdoutMarks(fit, 'held out')).toEqual([{ x: 3, label: 'held out' }]);
    expect(holdoutMarks(fit, 'held out', { kind: 'nps', firm: 0 })).toEqual([]);
  });
  it('places a survival row at its age and a band row at its band, as in the file; other kinds by period from 1', () => {
    expect([xOf('survival', 1), xOf('survival', 12), xOf('retentionbyband', 0), xOf('retention', 0)]).toEqual([1, 12, 0, 1]);
  });
});
