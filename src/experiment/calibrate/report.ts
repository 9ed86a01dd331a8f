// What a calibration says, honestly: the fitted values with their uncertainty (the spread of
// restarts that fit equally well, and of parametric bootstrap refits about the fit), the
// parameters the data do not pin down (a flat profile, a value at a bound, an uncertainty as
// wide as a quarter of the range), and the fit itself per target, observed against simulated
// with the band of 90% of replicates, in the fit and in the hold-out.
import { describe } from '../../cli/summary.ts';
import type { FitRun } from './fit.ts';
import { observationNoise, resampleCounts } from './fit.ts';
import { findingsOf } from './findings.ts';
import { inFit, inHoldout, lossOf, targetMeans, type CalibrationContext, type FitTarget } from './simulate.ts';

export interface ParameterReport {
  path: string;
  from: number;
  to: number;
  start: number;
  value: number;
  /** Spread (SD) of the restarts that fit as well as the best (within the threshold). */
  sdRestarts: number;
  /** Spread of the bootstrap refits about the fitted value (root mean square, so a refit that
   *  lands off to one side, as a biased or unfinished search does, counts too). */
  sdBootstrap: number;
  /** √(sdRestarts² + sdBootstrap²). */
  sd: number;
  /** value ± t·sd, t Student's 97.5% point for as many degrees of freedom as refits (an
   *  approximate 95% interval that widens when the bootstrap is small), within the bounds. */
  interval: [number, number];
  profile: { value: number; loss: number }[];
  /** How much the loss changes along the profile (max − min). */
  profileRise: number;
  flags: ('flat' | 'at-lower-bound' | 'at-upper-bound' | 'wide')[];
}

export interface TargetRow {
  kind: string;
  firm: number;
  period: number;
  set: 'fit' | 'holdout';
  observed: number;
  simulated: number;
  /** 5th and 95th percentiles across replicates. */
  lo: number;
  hi: number;
  residual: number;
  /** In units of the target's scale. */
  scaled: number;
}

export interface SeriesReport {
  kind: string;
  firm: number;
  fitPoints: number;
  holdoutPoints: number;
  /** RMSE in the series' own units. */
  rmseFit: number;
  rmseHoldout: number;
}

export interface FitReport {
  replicates: number;
  restarts: FitRun[];
  bootstrap: FitRun[];
  /** noise: the loss's own across replicate resamples; dataNoise: the data's noise beyond the
   *  model's, in scales, which the bootstrap adds to its data (observationNoise). */
  loss: { fit: number; holdout: number; noise: number; flatThreshold: number; dataNoise: number };
  parameters: ParameterReport[];
  series: SeriesReport[];
  rows: TargetRow[];
  warnings: string[];
}

/** Root mean square distance of xs from `centre`. */
const rmsAbout = (xs: readonly number[], centre: number) => (xs.length ? Math.sqrt(xs.reduce((a, x) => a + (x - centre) ** 2, 0) / xs.length) : 0);

const sdOf = (xs: readonly number[]) => {
  if (xs.length < 2) return 0;
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};

/** A bound is "hit" within 1% of the range. */
const AT_BOUND = 0.01;
/** The loss must change by at least this share of the best loss along a profile... */
const FLAT_SHARE = 0.05;
/** ...and by at least twice its own noise across replicate resamples. */
const FLAT_NOISE = 2;
/** An uncertainty (sd) above this share of the range is too wide to be a finding. */
const WIDE_SHARE = 0.25;

/** Student's t, 97.5th percentile: exact to 10 degrees of freedom, within 0.02 beyond. */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];
export function t975(df: number): number {
  return df <= T975.length ? T975[df - 1] : 1.96 + 2.5 / df;
}

function rmse(xs: readonly number[]): number {
  return xs.length ? Math.sqrt(xs.reduce((a, b) => a + b * b, 0) / xs.length) : NaN;
}

export function reportFit(
  ctx: CalibrationContext,
  restarts: readonly FitRun[],
  runs: readonly Float64Array[],
  bootstrap: readonly FitRun[],
  profiles: readonly { value: number; loss: number }[][],
): FitReport {
  const best = restarts.reduce((a, b) => (b.loss < a.loss ? b : a));
  const fitted = targetMeans(runs);
  const targets: FitTarget[] = ctx.targets;
  const fitLoss = lossOf(targets, fitted, inFit);
  const noise = sdOf(Array.from({ length: ctx.bootstrap }, (_, b) => lossOf(targets, targetMeans(runs, resampleCounts(ctx, b)), inFit)));
  const threshold = Math.max(FLAT_NOISE * noise, FLAT_SHARE * fitLoss, 1e-9);
  const t = t975(Math.max(1, bootstrap.length));
  const equallyGood = restarts.filter((r) => r.loss <= best.loss + threshold);
  const parameters = ctx.plan.factors.map((f, j): ParameterReport => {
    const { from, to } = f.range!;
    const value = best.values[j];
    const sdRestarts = sdOf(equallyGood.map((r) => r.values[j]));
    const sdBootstrap = rmsAbout(
      bootstrap.map((r) => r.values[j]),
      value,
    );
    const sd = Math.hypot(sdRestarts, sdBootstrap);
    const losses = profiles[j].map((p) => p.loss).filter(Number.isFinite);
    const profileRise = losses.length ? Math.max(...losses) - Math.min(...losses) : NaN;
    const flags: ParameterReport['flags'] = [];
    if (!(profileRise >= threshold)) flags.push('flat');
    if (value <= from + AT_BOUND * (to - from)) flags.push('at-lower-bound');
    if (value >= to - AT_BOUND * (to - from)) flags.push('at-upper-bound');
    if (sd > WIDE_SHARE * (to - from)) flags.push('wide');
    return {
      path: f.path,
      from,
      to,
      start: restarts[0].start[j],
      value,
      sdRestarts,
      sdBootstrap,
      sd,
      interval: [Math.max(from, value - t * sd), Math.min(to, value + t * sd)],
      profile: profiles[j],
      profileRise,
      flags,
    };
  });
  const rows = targets.map((t, i): TargetRow => {
    const band = describe(runs.map((x) => x[i]));
    return {
      kind: t.kind,
      firm: t.firm,
      period: t.period,
      set: t.holdout ? 'holdout' : 'fit',
      observed: t.value,
      simulated: fitted[i],
      lo: band.lo,
      hi: band.hi,
      residual: t.value - fitted[i],
      scaled: (t.value - fitted[i]) / t.scale,
    };
  });
  const seriesKeys = [...new Set(targets.map((t) => `${t.kind} ${t.firm}`))];
  const series = seriesKeys.map((key): SeriesReport => {
    const mine = rows.filter((r) => `${r.kind} ${r.firm}` === key);
    const fitRows = mine.filter((r) => r.set === 'fit');
    const heldRows = mine.filter((r) => r.set === 'holdout');
    return {
      kind: mine[0].kind,
      firm: mine[0].firm,
      fitPoints: fitRows.length,
      holdoutPoints: heldRows.length,
      rmseFit: rmse(fitRows.map((r) => r.residual)),
      rmseHoldout: rmse(heldRows.map((r) => r.residual)),
    };
  });
  const report: FitReport = {
    replicates: ctx.replicates,
    restarts: [...restarts],
    bootstrap: [...bootstrap],
    loss: { fit: fitLoss, holdout: lossOf(targets, fitted, inHoldout), noise, flatThreshold: threshold, dataNoise: observationNoise(ctx, runs) },
    parameters,
    series,
    rows,
    warnings: [],
  };
  report.warnings = warningsOf(report);
  return report;
}

/** The report's findings in plain words, worst first (findings.ts has the rules). */
export function warningsOf(r: FitReport): string[] {
  return findingsOf(r).map((f) => {
    switch (f.kind) {
      case 'flat':
        return `${f.path} is not identified by these data: across its whole range (${f.from} … ${f.to}), with the others held at the fit, the loss changes by ${f.rise.toPrecision(2)}, less than ${f.threshold.toPrecision(2)} (its noise or 5% of the loss). Its fitted value means nothing; fix it from other knowledge or bring data it affects.`;
      case 'off':
        return `${f.path} sits at its lower bound (0): the data pull it there or beyond. At 0 the fit switches that mechanism off: either the data show no sign of it, or another parameter is standing in for it.`;
      case 'bound':
        return `${f.path} sits at its ${f.side} bound (${f.bound}): the data pull it there or beyond. Widen the bound if the value beyond is plausible, or read the fit as strained.`;
      case 'wide':
        return `${f.path} is poorly determined: its uncertainty (sd ${f.sd.toPrecision(2)}) is more than a quarter of its range.`;
      case 'poor':
        return `The fit is poor: the typical miss is ${f.loss.toPrecision(2)} scale units (a scale is what counts as a meaningful miss: a point of retention, five of NPS). The model, with these free parameters, does not reproduce the data; see the residuals.`;
      case 'systematic':
        return `The misses of ${f.series} (firm ${f.firm}) are systematic, not noise: its residuals change sign only ${f.changes} time${f.changes === 1 ? '' : 's'} in ${f.points} points. The model does not make the shape of this series (a trend or a bend) with these free parameters.`;
      case 'holdout':
        return `Out of sample the fit is much worse (${f.holdout.toPrecision(2)} against ${f.fit.toPrecision(2)} in the fit): it does not predict the held-out periods.`;
    }
  });
}
