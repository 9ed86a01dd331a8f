// Sampled customers on the satisfaction × loyalty map, with the Jones–Sasser zones.
import { JS_CLASSES, ZONE, type CustomerSample } from '../../model/index.ts';

export interface Dot {
  satisfaction: number;
  loyalty: number;
  jsClass: (typeof JS_CLASSES)[number];
  provider: number;
}

export function scatterDots(sample: CustomerSample | null, firm: number | null = null): Dot[] {
  if (!sample) return [];
  const out: Dot[] = [];
  for (let i = 0; i < sample.satisfaction.length; i++) {
    if (firm !== null && sample.provider[i] !== firm) continue;
    out.push({
      satisfaction: sample.satisfaction[i],
      loyalty: sample.loyalty[i],
      jsClass: JS_CLASSES[sample.jsClass[i]] ?? JS_CLASSES[0],
      provider: sample.provider[i],
    });
  }
  return out;
}

/** Zones on the satisfaction axis (Jones & Sasser 1995): defection ≤ 3.75 < indifference ≤ 4.5 < affection. */
export const ZONES = [
  { key: 'defection', from: 1, to: ZONE.defection },
  { key: 'indifference', from: ZONE.defection, to: ZONE.affection },
  { key: 'affection', from: ZONE.affection, to: 5 },
] as const;

/** Count of dots per class, in JS_CLASSES order. */
export function classCounts(dots: readonly Dot[]): Record<(typeof JS_CLASSES)[number], number> {
  const c = Object.fromEntries(JS_CLASSES.map((k) => [k, 0])) as Record<(typeof JS_CLASSES)[number], number>;
  for (const d of dots) c[d.jsClass]++;
  return c;
}
