// The period loop, and nothing else: it knows the order of the mechanisms, not their insides.
//   market → the customers (kernel/period.ts: draws, then the registered mechanisms over each
//   chunk — experience, decisions, loyalty types, tallies)
//   → measures → word of mouth for next period
import type { Scenario } from '../scenario/schema.ts';
import { allocatePopulation, NO_PROVIDER, type Population } from './population.ts';
import { createStream, drawKey } from './rng.ts';
import { createMarket, resolveMarket, type Market } from './market.ts';
import { initializePopulation } from './initialize.ts';
import { createDecisionPlan, planDecisions, type DecisionPlan } from './plan.ts';
import { applyWordOfMouth } from './drivers/wordOfMouth.ts';
import { createTally, foldTally } from './tally.ts';
import { createKernel, type Engine, type Kernel } from './kernelMemory.ts';
import { compileParams } from './params.ts';
import { prepareTables } from './tables.ts';
import { deriveMeasures, M, MEASURE_COUNT, SEGMENTS, type PeriodSummary } from './measures.ts';

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
  return s.periodUnit === 'week' ? 52 : 12;
}

export type { Engine };

const kernels = new WeakMap<Simulation, Kernel>();
/** The kernel a simulation runs on (the inspector asks it why a customer stays). */
export function kernelOf(sim: Simulation): Kernel {
  const k = kernels.get(sim);
  if (!k) throw new Error('not a simulation made by createSimulation');
  return k;
}

export function createSimulation(scenario: Scenario, replicate: number, engine: Engine = 'wasm'): Simulation {
  const kernel = createKernel(scenario.population.size, scenario.firms.length, engine);
  const allocate = kernel.allocate;
  const pop = allocatePopulation(scenario.population.size, scenario.firms.length, allocate);
  initializePopulation(pop, scenario, createStream(scenario.seed, replicate), replicate);
  const draws = drawKey(scenario.seed, replicate);
  const market = createMarket(scenario);
  const params = compileParams(scenario);
  const plan: DecisionPlan = createDecisionPlan(market.firms);
  const K = market.firms;
  const periodDiscount = Math.pow(1 + scenario.market.annualDiscountRate, 1 / periodsPerYear(scenario)) - 1;
  let prospects = countProspects(pop);
  let t = 0;
  const shares = Float64Array.from(scenario.firms, (f) => f.initialShare);
  const tally = createTally(K, allocate);
  kernel.attach(pop, tally);

  function run(t: number): PeriodSummary {
    resolveMarket(market, scenario, t);
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
  for (let b = 0; b < scenario.burnIn; b++) run(0);

  function step(): PeriodSummary {
    return run(t++);
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
