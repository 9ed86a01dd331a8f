// Measures over calendar years, whatever the period length: what runs of one scenario in days,
// weeks, months, quarters and years must agree on (test/unit/model/timeUnits.test.ts,
// scripts/time-units.ts).
import type { Scenario } from '../scenario/schema.ts';
import { PERIODS_PER_YEAR } from '../scenario/spec/time.ts';
import { createSimulation, type Engine } from './simulation.ts';
import { valueOf } from './measures.ts';

export interface YearMeasures {
  /** Share of a year's starting customers still with the firm after it: the year's per-period
   *  retentions multiplied, averaged over the run's whole years. */
  annualRetention: number;
  /** Market share and NPS, averaged over every period of the run's whole years. */
  marketShare: number;
  nps: number;
}

/** Firm `firm`'s yearly measures in replicate `replicate` of `s` (its horizon in whole years). */
export function yearMeasures(s: Scenario, replicate: number, firm = 0, engine: Engine = 'wasm'): YearMeasures {
  const perYear = PERIODS_PER_YEAR[s.periodUnit];
  const years = Math.floor(s.horizon / perYear);
  if (years < 1) throw new Error(`yearMeasures: the horizon (${s.horizon} periods) is shorter than a year of ${s.periodUnit}s`);
  const sim = createSimulation(s, replicate, engine);
  let retention = 0;
  let share = 0;
  let nps = 0;
  for (let y = 0; y < years; y++) {
    let kept = 1;
    for (let p = 0; p < perYear; p++) {
      const summary = sim.step();
      kept *= valueOf(summary, firm, 'retention');
      share += valueOf(summary, firm, 'marketShare');
      nps += valueOf(summary, firm, 'nps');
    }
    retention += kept;
  }
  const n = years * perYear;
  return { annualRetention: retention / years, marketShare: share / n, nps: nps / n };
}
