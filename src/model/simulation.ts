// The period loop, and nothing else: it knows the order of the mechanisms, not their insides.
//   market → the customers (kernel/period.ts: draws, then the registered mechanisms over each
//   chunk — experience, decisions, loyalty types, tallies)
//   → measures → word of mouth for next period → cohort counts (cohorts.ts)
import type { Scenario } from '../scenario/schema.ts';
import { allocatePopulation, NO_PROVIDER, type Population } from './population.ts';
import { createStream, drawKey } from './rng.ts';
import { createMarket, resolveMarket, type Market } from './market.ts';
import { initializePopulation } from './initialize.ts';
import { createDecisionPlan, planDecisions, type DecisionPlan } from './plan.ts';
import { applyWordOfMouth } from './drivers/wordOfMouth.ts';
import { createTally, foldTally } from './tally.ts';
import { createKernel, type Engine, type Kernel } from './kernelMemory.ts';
import { compileParams, perPeriod } from './params.ts';
import { PERIODS_PER_YEAR } from '../scenario/spec/time.ts';
import { prepareTables } from './tables.ts';
import { createCohortCounter } from './cohorts.ts';
import { deriveMeasures, M, MEASURE_COUNT, SEGMENTS, type PeriodSummary } from './measures.ts';
import { pow } from './portableMath.ts';

export interface Simulation {
  readonly scenario: Scenario;
  readonly replicate: number;
  readonly pop: Population;
  readonly market: Market;
  /** The next period to run. */
  readonly t: number;
  /** Runs one period and returns its measures. */
  step(): PeriodSummary;
}

export function periodsPerYear(s: Scenario): number {
  return PERIODS_PER_YEAR[s.periodUnit];
}

export type { Engine };

const kernels = new WeakMap<Simulation, Kernel>();
/** The kernel a simulation runs on (the inspector asks it why a customer stays). */
export function kernelOf(sim: Simulation): Kernel {
  const k = kernels.get(sim);
  if (!k) throw new Error('not a simulation made by createSimulation');
  return k;
}

/** Scenarios that may share a starting market: one burn-in serves both. */
function checkSameStart(s: Scenario, start: Scenario): void {
  const same: Record<string, boolean> = {
    seed: s.seed === start.seed,
    burnIn: s.burnIn === start.burnIn,
    'population.size': s.population.size === start.population.size,
    firms: s.firms.length === start.firms.length,
  };
  const differs = Object.keys(same).filter((k) => !same[k]);
  if (differs.length) throw new Error(`burn-in under another scenario needs the same ${differs.join(', ')}`);
}

export interface SimulationOptions {
  /** Count cohort survival, retention by tenure and by satisfaction band after every period
   *  (summary.cohorts, cohorts.ts): a pass over the customers that costs a few per cent of a
   *  period, so only runs that show or write them ask for it. */
  cohorts?: boolean;
  /** The scenario whose period-0 conditions the population is drawn from and settles under (the
   *  burn-in); the periods then run under `scenario`. A comparison passes its baseline, so every
   *  variant starts from the same market (same population, same random draws) and differs only
   *  from the periods its own settings take effect. */
  burnInUnder?: Scenario;
}

/** Replicate `replicate` of `scenario`, ready to run period 0. */
export function createSimulation(scenario: Scenario, replicate: number, engine: Engine = 'wasm', options: SimulationOptions = {}): Simulation {
  const burnInUnder = options.burnInUnder ?? scenario;
  checkSameStart(scenario, burnInUnder);
  // the file's rates and durations are per month; the population and the market are drawn and
  // resolved from them per period (params.ts)
  const inPeriods = perPeriod(scenario);
  const kernel = createKernel(scenario.population.size, scenario.firms.length, engine);
  const allocate = kernel.allocate;
  const pop = allocatePopulation(scenario.population.size, scenario.firms.length, allocate);
  const startInPeriods = burnInUnder === scenario ? inPeriods : perPeriod(burnInUnder);
  initializePopulation(pop, startInPeriods, createStream(scenario.seed, replicate), replicate);
  const draws = drawKey(scenario.seed, replicate);
  const market = createMarket(inPeriods);
  const periodParams = compileParams(scenario);
  const startParams = burnInUnder === scenario ? periodParams : compileParams(burnInUnder);
  const plan: DecisionPlan = createDecisionPlan(market.firms);
  const K = market.firms;
  const periodDiscount = pow(1 + scenario.market.annualDiscountRate, 1 / periodsPerYear(scenario)) - 1;
  let prospects = countProspects(pop);
  let t = 0;
  const shares = Float64Array.from(burnInUnder.firms, (f) => f.initialShare);
  const tally = createTally(K, allocate);
  kernel.attach(pop, tally);

  function run(t: number, under: Scenario = inPeriods, params = periodParams): PeriodSummary {
    resolveMarket(market, under, t);
    prepareTables(market, params, shares);
    planDecisions(plan, market, params, prospects);
    const moves = new Float64Array((K + 1) * (K + 1));
    kernel.step(pop, market, params, plan, draws, { moves }, tally, t);
    const values = new Float64Array(K * SEGMENTS.length * MEASURE_COUNT);
    foldTally(tally, market, params, values);
    deriveMeasures(values, K, market.lever.acquisitionSpend, periodDiscount);
    applyWordOfMouth(market, params, values, pop.size);
    prospects = pop.size;
    for (let k = 0; k < K; k++) {
      const o = k * SEGMENTS.length * MEASURE_COUNT;
      shares[k] = values[o + M.marketShare];
      prospects -= values[o + M.customers];
    }
    return { period: t, firms: K, values, moves };
  }

  // the drawn population is not yet what its own history would have made it (who stayed with
  // whom, trust, expectations): let it settle under period 0's conditions before reporting
  for (let b = 0; b < scenario.burnIn; b++) run(0, startInPeriods, startParams);
  const cohorts = options.cohorts ? createCohortCounter(pop, periodsPerYear(scenario), scenario.horizon) : null;

  function step(): PeriodSummary {
    const summary = run(t);
    if (cohorts) summary.cohorts = cohorts.count(t, summary.values);
    t++;
    return summary;
  }

  const sim: Simulation = {
    scenario,
    replicate,
    pop,
    market,
    get t() {
      return t;
    },
    step,
  };
  kernels.set(sim, kernel);
  return sim;
}

function countProspects(pop: Population): number {
  let n = 0;
  for (let i = 0; i < pop.size; i++) if (pop.provider[i] === NO_PROVIDER) n++;
  return n;
}
