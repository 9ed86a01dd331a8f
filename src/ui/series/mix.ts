// Loyalty-type mix of one firm's customers as stacked layers, plus those who left (churned).
import { periodNumber } from './time.ts';
import { LOYALTY_TYPES, valueOf, type PeriodSummary } from '../../model/index.ts';
import { LOYALTY_COLORS } from './palette.ts';
import type { Layer } from './types.ts';

export const MIX_KEYS = [...LOYALTY_TYPES, 'churned'] as const;
export type MixKey = (typeof MIX_KEYS)[number];

/** Stacked counts per period: monopoly, inertia, price, incentive, value, (kinship), churned. */
export function loyaltyMix(
  summaries: readonly PeriodSummary[],
  firm: number,
  segment: number,
  opts: { kinship: boolean; label: (k: MixKey) => string },
): Layer[] {
  const keys = MIX_KEYS.filter((k) => opts.kinship || k !== 'kinship');
  const layers: Layer[] = keys.map((k) => ({ key: k, label: opts.label(k), color: LOYALTY_COLORS[k], points: [] }));
  for (const s of summaries) {
    let base = 0;
    keys.forEach((k, i) => {
      const v = valueOf(s, firm, k === 'churned' ? 'churned' : `type_${k}`, segment);
      const y = Number.isFinite(v) ? v : 0;
      layers[i].points.push({ x: periodNumber(s.period), y0: base, y1: base + y });
      base += y;
    });
  }
  return layers;
}
