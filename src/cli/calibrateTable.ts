// The printed fit report: parameters with their uncertainty and flags, the loss in and out of
// sample, per series the error, the targets (observed, simulated, band, residual), and the
// warnings in plain words.
import type { FitReport } from '../experiment/calibrate/report.ts';
import { num, table } from './searchArgs.ts';

/** Target rows printed before the rest are only counted (all are in the residuals CSV). */
const MAX_ROWS_SHOWN = 40;

export function formatFit(r: FitReport): string {
  const out = [
    `Fitted ${r.parameters.length} parameters to ${r.rows.length} observations (${r.rows.filter((x) => x.set === 'holdout').length} held out), ${r.replicates} replicates per candidate, ${r.restarts.length} restarts, ${r.bootstrap.length} bootstrap refits.`,
    '',
    table(
      ['parameter', 'start', 'fitted', 'sd', '~95% interval', 'bounds', 'flags'],
      r.parameters.map((p) => [
        p.path,
        num(p.start),
        num(p.value),
        num(p.sd),
        `${num(p.interval[0])} – ${num(p.interval[1])}`,
        `${num(p.from)} – ${num(p.to)}`,
        p.flags.join(' ') || 'ok',
      ]),
    ),
    '',
    `Loss (weighted RMSE in scale units): ${num(r.loss.fit)} in the fit` +
      (Number.isFinite(r.loss.holdout) ? `, ${num(r.loss.holdout)} on the held-out points` : '') +
      `; its noise across replicate resamples ${num(r.loss.noise)}; a parameter is flat below a rise of ${num(r.loss.flatThreshold)}.`,
    `Noise in the data beyond the model's own: ${num(r.loss.dataNoise)} scales (added to the data of each bootstrap refit; the sd is the refits' spread about the fit combined with that of equally good restarts).`,
    `Restarts (start → fitted, loss): ${r.restarts.map((x) => `[${x.values.map(num).join(', ')}] ${num(x.loss)}`).join('; ')}`,
    '',
    table(
      ['series', 'firm', 'fit points', 'RMSE fit', 'held out', 'RMSE held out'],
      r.series.map((s) => [s.kind, String(s.firm), String(s.fitPoints), num(s.rmseFit), String(s.holdoutPoints), num(s.rmseHoldout)]),
    ),
    '',
    'Observed against simulated (mean and the range of 90% of replicates), residual = observed − simulated:',
    '',
  ];
  const shown = r.rows.slice(0, MAX_ROWS_SHOWN);
  out.push(
    table(
      ['kind', 'firm', 'period', 'set', 'observed', 'simulated', '90% of runs', 'residual', 'in scales'],
      shown.map((x) => [
        x.kind,
        String(x.firm),
        String(x.period),
        x.set,
        num(x.observed),
        num(x.simulated),
        `${num(x.lo)} – ${num(x.hi)}`,
        num(x.residual),
        num(x.scaled),
      ]),
    ),
  );
  if (r.rows.length > shown.length) out.push(`… ${r.rows.length - shown.length} more rows in the residuals CSV`);
  out.push('', r.warnings.length ? 'What the fit cannot tell:' : 'No parameter is flagged: each changes the fit by more than its noise, away from its bounds.');
  for (const w of r.warnings) out.push(`  - ${w}`);
  return out.join('\n') + '\n';
}
