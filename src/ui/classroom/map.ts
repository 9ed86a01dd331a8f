// A team's sample (classroom/sample.ts) as the satisfaction × loyalty map's dots.
import { JS_CLASSES } from '../../model/loyalty.ts';
import type { FirmSample } from '../../classroom/sample.ts';
import type { Dot } from '../series/scatter.ts';

export function sampleDots(s: FirmSample | null, firm: number): Dot[] {
  if (!s) return [];
  return s.satisfaction.map((satisfaction, i) => ({
    satisfaction,
    loyalty: s.loyalty[i],
    jsClass: JS_CLASSES[s.jsClass[i]] ?? JS_CLASSES[0],
    provider: firm,
  }));
}
