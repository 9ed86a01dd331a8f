// The plain-words findings of a fit report, from report values made by hand.
import { describe, expect, it } from 'vitest';
import { warningsOf, type FitReport, type TargetRow } from '../../../src/experiment/calibrate/report.ts';

const row = (period: number, residual: number, set: 'fit' | 'holdout' = 'fit'): TargetRow => ({
  kind: 'churn',
  firm: 0,
  period,
  set,
  observed: 0,
  simulated: 0,
  lo: 0,
  hi: 0,
  residual,
  scaled: residual,
});
const report = (rows: TargetRow[], parts: Partial<FitReport> = {}): FitReport => ({
  replicates: 4,
  restarts: [],
  bootstrap: [],
  loss: { fit: 1, holdout: NaN, noise: 0.01, flatThreshold: 0.05, dataNoise: 0 },
  parameters: [],
  series: [{ kind: 'churn', firm: 0, fitPoints: rows.length, holdoutPoints: 0, rmseFit: 1, rmseHoldout: NaN }],
  rows,
  warnings: [],
  ...parts,
});

describe('warnings', () => {
  it('residuals that change sign once across a series are called systematic', () => {
    const w = warningsOf(report([-2, -1.5, -1, -0.4, 0.5, 1, 1.5, 2].map((x, t) => row(t, x))));
    expect(w).toEqual([expect.stringMatching(/^The misses of churn \(firm 0\) are systematic, not noise: its residuals change sign only 1 time in 8 points/)]);
  });
  it('residuals that alternate like noise are not', () => {
    expect(warningsOf(report([-1, 1, -1, 0.5, -0.2, 1, -1, 0.3].map((x, t) => row(t, x))))).toEqual([]);
  });
  it('a bound at 0 is read as a mechanism switched off; a poor fit and a poor hold-out are said', () => {
    const p = {
      path: 'behaviour.offerRate',
      from: 0,
      to: 1,
      start: 0.5,
      value: 0,
      sdRestarts: 0,
      sdBootstrap: 0,
      sd: 0,
      interval: [0, 0] as [number, number],
      profile: [],
      profileRise: 1,
      flags: ['at-lower-bound' as const],
    };
    const w = warningsOf(report([row(0, 3), row(1, -3)], { parameters: [p], loss: { fit: 3, holdout: 9, noise: 0.01, flatThreshold: 0.15, dataNoise: 0 } }));
    expect(w[0]).toMatch(/behaviour.offerRate sits at its lower bound \(0\).*switches that mechanism off/);
    expect(w[1]).toMatch(/^The fit is poor: the typical miss is 3.0 scale units/);
    expect(w[2]).toMatch(/^Out of sample the fit is much worse \(9.0 against 3.0/);
  });
});
