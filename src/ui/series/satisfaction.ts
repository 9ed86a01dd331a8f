// Satisfaction distribution: the model's eight half-point bins (sat0..sat7 = 1–1.5 … 4.5–5).
import { SATISFACTION_BINS, ZONE, valueOf, type Measure, type PeriodSummary } from '../../model/index.ts';

export interface Bin {
  lo: number;
  hi: number;
  count: number;
  share: number;
  zone: 'defection' | 'indifference' | 'affection';
}

export function satisfactionBins(summary: PeriodSummary | undefined, firm: number, segment: number): Bin[] {
  if (!summary) return [];
  const counts = Array.from({ length: SATISFACTION_BINS }, (_, b) => valueOf(summary, firm, `sat${b}` as Measure, segment));
  const total = counts.reduce((a, c) => a + (Number.isFinite(c) ? c : 0), 0);
  return counts.map((count, b) => {
    const lo = 1 + b * 0.5;
    const hi = lo + 0.5;
    const zone = hi <= ZONE.defection ? 'defection' : lo >= ZONE.affection ? 'affection' : 'indifference';
    return { lo, hi, count, share: total > 0 ? count / total : 0, zone };
  });
}
