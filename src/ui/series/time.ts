// Per-period series of one measure, read with the model's valueOf.
import { valueOf, type Measure, type PeriodSummary } from '../../model/index.ts';
import { firmColor } from './palette.ts';
import type { Line, Point } from './types.ts';

/** A period's number as every chart, card and status line shows it: counted from 1 (the model
 *  and the CSV count from 0), so "Month 12" is the twelfth month, the last one run when the
 *  status reads "Period 12 of 120". */
export const periodNumber = (period: number): number => period + 1;

/** One measure of one firm and segment over the periods run so far (NaN where undefined). */
export function measurePoints(summaries: readonly PeriodSummary[], firm: number, measure: Measure, segment = 0, scale = 1): Point[] {
  return summaries.map((s) => ({ x: periodNumber(s.period), y: valueOf(s, firm, measure, segment) * scale }));
}

/** Running total of a series (NaN counts as 0). */
export function cumulative(points: readonly Point[]): Point[] {
  let sum = 0;
  return points.map((p) => ({ x: p.x, y: (sum += Number.isFinite(p.y) ? p.y : 0) }));
}

/** One line per firm for a measure. */
export function firmLines(
  summaries: readonly PeriodSummary[],
  firmNames: readonly string[],
  measure: Measure,
  segment = 0,
  opts: { scale?: number; cumulative?: boolean } = {},
): Line[] {
  const firms = summaries.length ? summaries[0].firms : firmNames.length;
  return Array.from({ length: firms }, (_, k) => {
    const pts = measurePoints(summaries, k, measure, segment, opts.scale ?? 1);
    return { key: `firm${k}`, label: firmNames[k] ?? `#${k}`, color: firmColor(k), points: opts.cumulative ? cumulative(pts) : pts };
  });
}

/** Several measures of one firm, each with its own colour and label. */
export function measureLines(
  summaries: readonly PeriodSummary[],
  firm: number,
  segment: number,
  specs: readonly { measure: Measure; label: string; color: string; scale?: number; cumulative?: boolean; dash?: string }[],
): Line[] {
  return specs.map((sp) => {
    const pts = measurePoints(summaries, firm, sp.measure, segment, sp.scale ?? 1);
    return { key: sp.measure, label: sp.label, color: sp.color, dash: sp.dash, points: sp.cumulative ? cumulative(pts) : pts };
  });
}

/** [min, max] over every finite y (and band) of the lines, or null if there is none. */
export function yExtent(lines: readonly Line[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const l of lines) {
    for (const p of l.points) if (Number.isFinite(p.y)) ((lo = Math.min(lo, p.y)), (hi = Math.max(hi, p.y)));
    for (const b of l.band ?? []) {
      if (Number.isFinite(b.lo)) lo = Math.min(lo, b.lo);
      if (Number.isFinite(b.hi)) hi = Math.max(hi, b.hi);
    }
  }
  return lo <= hi ? [lo, hi] : null;
}
