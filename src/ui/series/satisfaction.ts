// Satisfaction distribution: the model's sixteen quarter-point bins (sat0..sat15 = 1–1.25 …
// 4.75–5). Quarter points, so every bin lies in one Jones–Sasser zone: defection up to 3.75,
// indifference 3.75–4.5, affection above 4.5 (a half-point bin 3.5–4 would straddle the first).
import { SATISFACTION_BINS, ZONE, valueOf, type Measure, type PeriodSummary } from '../../model/index.ts';

export interface Bin {
  lo: number;
  hi: number;
  count: number;
  share: number;
  zone: 'defection' | 'indifference' | 'affection';
}

const WIDTH = 4 / SATISFACTION_BINS;

/** The Jones–Sasser zone of the satisfaction interval lo–hi (which lies within one zone). */
export function zoneOf(lo: number, hi: number): Bin['zone'] {
  return hi <= ZONE.defection ? 'defection' : lo >= ZONE.affection ? 'affection' : 'indifference';
}

export function satisfactionBins(summary: PeriodSummary | undefined, firm: number, segment: number): Bin[] {
  if (!summary) return [];
  const counts = Array.from({ length: SATISFACTION_BINS }, (_, b) => valueOf(summary, firm, `sat${b}` as Measure, segment));
  const total = counts.reduce((a, c) => a + (Number.isFinite(c) ? c : 0), 0);
  return counts.map((count, b) => {
    const lo = 1 + b * WIDTH;
    const hi = lo + WIDTH;
    return { lo, hi, count, share: total > 0 ? count / total : 0, zone: zoneOf(lo, hi) };
  });
}
