// A calibration's charts as lines: per series, observed against the simulated mean with the band
// of 90% of replicates; and every observation's residual in scales, one line per series. Periods
// are numbered from 1, as on every chart; fractions (retention, churn, share) are shown in percent.
import type { SavedFit } from '../../experiment/calibrate/record.ts';
import { TARGET_KINDS, type TargetKindName } from '../../experiment/calibrate/kinds.ts';
import { OKABE_ITO, firmColor } from './palette.ts';
import { periodNumber } from './time.ts';
import type { Line } from './types.ts';
import type { Mark } from './marks.ts';

export interface SeriesKey {
  kind: string;
  firm: number;
}

/** Fractions are drawn in percent. */
export function displayScale(kind: string): number {
  return (TARGET_KINDS as Record<string, { max: number }>)[kind]?.max === 1 ? 100 : 1;
}

/** Where a row sits on the x axis: a period numbered from 1; a survival row's age and a band
 *  row's band as in the file (they are not periods). */
export function xOf(kind: string, period: number): number {
  return (TARGET_KINDS as Record<string, { measure: unknown }>)[kind]?.measure === null ? period : periodNumber(period);
}

const rowsOf = (fit: SavedFit, s: SeriesKey) => fit.rows.filter((r) => r.kind === s.kind && r.firm === s.firm).sort((a, b) => a.period - b.period);

export function fitLines(fit: SavedFit, s: SeriesKey, labels: { observed: string; simulated: string }): Line[] {
  const rows = rowsOf(fit, s);
  const k = displayScale(s.kind);
  return [
    {
      key: 'simulated',
      label: labels.simulated,
      color: OKABE_ITO.blue,
      points: rows.map((r) => ({ x: xOf(r.kind, r.period), y: r.simulated * k })),
      band: rows.map((r) => ({ x: xOf(r.kind, r.period), lo: r.lo * k, hi: r.hi * k })),
    },
    {
      key: 'observed',
      label: labels.observed,
      color: OKABE_ITO.vermillion,
      dash: '5 3',
      points: rows.map((r) => ({ x: xOf(r.kind, r.period), y: r.observed * k })),
    },
  ];
}

export function residualLines(fit: SavedFit, name: (s: SeriesKey) => string): Line[] {
  return fit.series.map((s, i) => ({
    key: `${s.kind}-${s.firm}`,
    label: name(s),
    color: firmColor(i),
    points: rowsOf(fit, s).map((r) => ({ x: xOf(r.kind, r.period), y: r.scaled })),
  }));
}

/** Where the hold-out begins: the first held-out period of the series (or of any series). */
export function holdoutMarks(fit: SavedFit, label: string, s?: SeriesKey): Mark[] {
  const held = fit.rows.filter((r) => r.set === 'holdout' && (!s || (r.kind === s.kind && r.firm === s.firm)));
  if (!held.length) return [];
  return [{ x: Math.min(...held.map((r) => xOf(r.kind, r.period))), label }];
}

export const isKind = (k: string): k is TargetKindName => Object.hasOwn(TARGET_KINDS, k);
