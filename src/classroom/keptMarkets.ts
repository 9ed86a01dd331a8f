// A round worker keeps each market's simulation between rounds and steps it on through the new
// round, instead of running the market again from period 0 (the cost of a round then stays the
// same from the first round to the last). This gives the very numbers a fresh run gives: a
// period's result depends only on the scenario's changes in force up to it (model/market.ts
// resolveMarket reads them afresh each period, and nothing else reads them), and a round only
// adds changes from its first period on. Whenever that does not hold (another scenario, changes
// before the period reached, fewer periods asked), the market is run afresh.
import { createSimulation, type Simulation } from '../model/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { stepMarket, type MarketOutcomes, type MarketResult } from './outcomes.ts';
import type { MarketJob } from './rounds.ts';

interface Kept {
  sim: Simulation;
  /** The scenario the simulation runs on: its `changes` are replaced by each round's. */
  scenario: Scenario;
  outcomes: MarketOutcomes;
  /** Everything else in the scenario, which must not change between rounds. */
  rest: string;
}

/** The scenario without what a round may change: its schedule, names, title and horizon. */
const restOf = (s: Scenario): string => JSON.stringify({ ...s, changes: [], meta: null, horizon: 0, firms: s.firms.map((f) => ({ ...f, name: '' })) });

/** The changes that shaped a simulation that has run through period t − 1, in file order (a
 *  later one wins). The burn-in runs under period 0's levers, so period 0's changes shaped it
 *  even before period 0 is stepped. */
const pastChanges = (s: Scenario, t: number): string => JSON.stringify(s.changes.filter((c) => c.period < Math.max(t, 1)));

export function keptMarkets(): (job: MarketJob) => MarketResult {
  const kept = new Map<string, Kept>();
  return (job) => {
    const s = job.scenario;
    const rest = restOf(s);
    let k = kept.get(job.key);
    const t = k?.sim.t ?? 0;
    if (!k || k.rest !== rest || job.periods < t || pastChanges(k.scenario, t) !== pastChanges(s, t)) {
      // a copy: the kept scenario's schedule is replaced round by round
      const scenario = structuredClone(s);
      k = { sim: createSimulation(scenario, 0), scenario, outcomes: [], rest };
      kept.set(job.key, k);
    } else k.scenario.changes = structuredClone(s.changes);
    // the game started over after its practice round: the practice markets are done with
    if (job.key.startsWith('game:')) for (const key of kept.keys()) if (key.startsWith('practice:')) kept.delete(key);
    const r = stepMarket(k.sim, job.periods, k.outcomes);
    return { outcomes: r.outcomes.slice(), samples: r.samples };
  };
}
