// The recovery case, shared by the unit test (a few seeds) and scripts/calibration-coverage.ts
// (many): two years of nothing but a small market's retention, share and satisfaction, made
// by the model at known values (one realisation plus measurement noise of 0.3 scales), fitted
// from the scenario's defaults (offerRate 0.06, matchSpread 1.2), away from the truth.
import { calibrate, setupCalibration, type CalibrationOptions } from '../../../src/experiment/calibrate/setup.ts';
import type { FitReport } from '../../../src/experiment/calibrate/report.ts';
import { smallMarket, synthetic, withValues } from './helpers.ts';

export const RECOVERY_OPTIONS: CalibrationOptions = { replicates: 4, seed: 5, holdout: 0, restarts: 2, evaluations: 24, bootstrap: 6, engine: 'wasm' };
export const RECOVERY_FITS = [
  { text: 'behaviour.offerRate=0.01:0.4', path: 'behaviour.offerRate', from: 0.01, to: 0.4 },
  { text: 'behaviour.matchSpread=0:3', path: 'behaviour.matchSpread', from: 0, to: 3 },
];
export const KNOWN: Record<string, number> = { 'behaviour.offerRate': 0.15, 'behaviour.matchSpread': 2.0 };

/** The fit of data made with `seed` (the data's realisation and noise; the fit's own seed is fixed). */
export function recoveryFit(seed: number): FitReport {
  const base = smallMarket(2000, 13);
  const targets = synthetic(withValues(base, KNOWN), ['retention', 'share', 'satisfaction'], 12, 0.3, seed);
  const s = setupCalibration(base, targets, RECOVERY_FITS, RECOVERY_OPTIONS);
  if (!s.ok) throw new Error(s.errors.join('\n'));
  return calibrate(s.ctx);
}

/** Whether each known value lies within its reported interval. */
export function covers(r: FitReport): Record<string, boolean> {
  return Object.fromEntries(r.parameters.map((p) => [p.path, p.interval[0] <= KNOWN[p.path] && KNOWN[p.path] <= p.interval[1]]));
}
