// A team's own customers on the satisfaction × loyalty map: a small sample of the firm's
// customers at the end of the last period played, sent to that team only (never another
// team's). Plain arrays with three decimals keep a team's view a few kilobytes.
import { sampleCustomers, type Simulation } from '../model/index.ts';

/** Dots per firm: enough to see the clouds and the zones, small enough to send on every change
 *  (the app's live map samples 1,500 customers over all firms). */
export const SAMPLE_PER_FIRM = 300;

export interface FirmSample {
  satisfaction: number[];
  loyalty: number[];
  /** Index into JS_CLASSES. */
  jsClass: number[];
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

export function firmSample(sim: Simulation, firm: number, n = SAMPLE_PER_FIRM): FirmSample {
  const s = sampleCustomers(sim, n, firm);
  return { satisfaction: Array.from(s.satisfaction, round3), loyalty: Array.from(s.loyalty, round3), jsClass: Array.from(s.jsClass) };
}
