// What a round shows: per period and firm, the few measures the game's screens and debrief use,
// taken from the simulation's summaries (the same model and engine as the app and the CLI).
import { createSimulation, JS_CLASSES, LOYALTY_TYPES, valueOf, type Measure, type PeriodSummary, type Simulation } from '../model/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { firmSample, type FirmSample } from './sample.ts';

export const OUTCOME_MEASURES = [
  'customers',
  'retention',
  'marketShare',
  'nps',
  'profit',
  'revenue',
  'strategyCost',
  'clv',
  'meanSatisfaction',
  ...LOYALTY_TYPES.map((t) => `share_${t}` as const),
  ...JS_CLASSES.map((c) => `js_${c}` as const),
] as const satisfies readonly Measure[];

export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];
/** One firm in one period; NaN (no customers) travels as null in JSON. */
export type FirmOutcome = Record<OutcomeMeasure, number | null>;
/** outcomes[period][firm] */
export type MarketOutcomes = FirmOutcome[][];

export function firmOutcome(s: PeriodSummary, firm: number): FirmOutcome {
  return Object.fromEntries(
    OUTCOME_MEASURES.map((m) => {
      const v = valueOf(s, firm, m);
      return [m, Number.isFinite(v) ? v : null];
    }),
  ) as FirmOutcome;
}

/** What one market's run gives: every period's outcomes, and each firm's sample of customers
 *  at the end of the last period (samples[firm]; for the team's map). */
export interface MarketResult {
  outcomes: MarketOutcomes;
  samples: FirmSample[];
}

/** Steps a market on from its current period through `periods`, appending to `outcomes`. */
export function stepMarket(sim: Simulation, periods: number, outcomes: MarketOutcomes): MarketResult {
  while (sim.t < periods) {
    const summary = sim.step();
    outcomes.push(Array.from({ length: summary.firms }, (_, k) => firmOutcome(summary, k)));
  }
  return { outcomes, samples: periods > 0 ? sim.scenario.firms.map((_, k) => firmSample(sim, k)) : [] };
}

/** Runs the market's scenario from period 0 through `periods` periods on replicate 0 (what
 *  `npm run sim -- file --reps 1` runs). A round replays the earlier ones: a period's result
 *  depends only on the changes in force up to it, so the earlier periods come out identical,
 *  and a restarted server needs nothing but the decisions to rebuild every result. */
export function runMarket(s: Scenario, periods: number): MarketResult {
  return stepMarket(createSimulation(s, 0), periods, []);
}
