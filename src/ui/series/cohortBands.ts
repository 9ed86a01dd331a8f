// Cohort survival and the satisfaction → retention curve across a comparison's replicates: per
// variant, the mean over replicates and the 90% band (bands.ts `interval`, either kind), from
// what each run kept (compare/cohortTraces.ts). A replicate with no customers at an age (a
// group none of whose cohorts reached it, or a firm that lost them all) or in a satisfaction
// band gives no value there, not 0: it is left out of the mean and the band, and an age or band
// where no replicate has a value has no point at all.
import { SATISFACTION_BANDS } from '../../model/index.ts';
import type { CohortTrace } from '../compare/cohortTraces.ts';
import { interval, type BandKind } from './bands.ts';
import type { Line } from './types.ts';

/** Mean and band across replicates at one x (an age, or a satisfaction band's index), as shares 0–1. */
export interface BandPoint {
  x: number;
  mean: number;
  lo: number;
  hi: number;
  /** Replicates with a value there. */
  n: number;
}

function across(series: readonly ArrayLike<number>[], kind: BandKind, xOf: (i: number) => number): BandPoint[] {
  const longest = Math.max(0, ...series.map((s) => s.length));
  const out: BandPoint[] = [];
  for (let i = 0; i < longest; i++) {
    const iv = interval(
      series.map((s) => (i < s.length ? s[i] : NaN)),
      kind,
    );
    if (iv.n > 0) out.push({ x: xOf(i), ...iv });
  }
  return out;
}

/** Share of `firm`'s cohorts of `group` still customers at each age (from 1), across replicates. */
export function survivalBand(runs: readonly CohortTrace[], firm: number, group: string, kind: BandKind): BandPoint[] {
  const series = runs.map((r) => {
    const g = r.groups.findIndex((x) => x.key === group);
    return g < 0 || firm >= r.firms ? [] : r.survival[firm * r.groups.length + g];
  });
  return across(series, kind, (a) => a + 1);
}

/** Share of `firm`'s customers in each satisfaction band (x = band index, 0 = 1–1.25) still its
 *  customers a year later, across replicates; each replicate's share pools its observations. */
export function satisfactionBand(runs: readonly CohortTrace[], firm: number, kind: BandKind): BandPoint[] {
  const series = runs.map((r) =>
    firm >= r.firms
      ? []
      : Array.from({ length: SATISFACTION_BANDS }, (_, b) => {
          const j = firm * SATISFACTION_BANDS + b;
          return r.observed[j] > 0 ? r.kept[j] / r.observed[j] : NaN;
        }),
  );
  return across(series, kind, (b) => b);
}

/** A satisfaction band's lower edge and upper edge (quarter points from 1). */
export function bandEdges(b: number): [number, number] {
  const width = 4 / SATISFACTION_BANDS;
  return [1 + b * width, 1 + (b + 1) * width];
}

/** A variant's mean line with its band, in percent; `x` places each point on the axis. */
export function bandedLine(points: readonly BandPoint[], style: { key: string; label: string; color: string }, x: (p: BandPoint) => number = (p) => p.x): Line {
  return {
    ...style,
    points: points.map((p) => ({ x: x(p), y: 100 * p.mean })),
    band: points.map((p) => ({ x: x(p), lo: 100 * p.lo, hi: 100 * p.hi })),
  };
}
