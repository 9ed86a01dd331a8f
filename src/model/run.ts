// Runs whole replicates and turns their periods into long rows (replicate, period, firm,
// segment, measures…) that go straight to CSV: what the CLI and the comparison pool use.
import type { Scenario } from '../scenario/schema.ts';
import { createSimulation, type Engine } from './simulation.ts';
import { MEASURES, MEASURE_COUNT, SEGMENTS, type PeriodSummary } from './measures.ts';

export interface RunOptions {
  /** The period loop's engine (simulation.ts); the same results either way. */
  engine?: Engine;
  /** Count cohorts, tenure and satisfaction bands (summary.cohorts; simulation.ts). */
  cohorts?: boolean;
  /** Called after every period; return false to stop early (cancel). */
  onPeriod?: (summary: PeriodSummary, replicate: number) => boolean | void;
  /** The scenario the burn-in runs under (simulation.ts), when not `s` itself: a comparison's baseline. */
  burnInUnder?: Scenario;
}

/** Runs replicate r to the horizon (or until onPeriod returns false). */
export function runReplicate(s: Scenario, r: number, opts: RunOptions = {}): PeriodSummary[] {
  const sim = createSimulation(s, r, opts.engine, { cohorts: opts.cohorts, burnInUnder: opts.burnInUnder });
  const out: PeriodSummary[] = [];
  for (let t = 0; t < s.horizon; t++) {
    const summary = sim.step();
    out.push(summary);
    if (opts.onPeriod?.(summary, r) === false) break;
  }
  return out;
}

export const ROW_HEADER = ['replicate', 'period', 'firm', 'firmName', 'segment', ...MEASURES] as const;

/** Long rows of one period of one replicate, one per firm × segment. */
export function summaryRows(s: Scenario, replicate: number, summary: PeriodSummary): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let f = 0; f < summary.firms; f++)
    for (let seg = 0; seg < SEGMENTS.length; seg++) {
      const o = (f * SEGMENTS.length + seg) * MEASURE_COUNT;
      rows.push([replicate, summary.period, f, s.firms[f].name, SEGMENTS[seg], ...summary.values.subarray(o, o + MEASURE_COUNT)]);
    }
  return rows;
}
