// The period loop, and nothing else: it knows the order of the mechanisms, not their insides.
//   market → the customers (period.ts: draws, experience, decisions, loyalty types, tallies)
//   → measures → word of mouth for next period
import type { Scenario } from '../scenario/schema.ts';
import { allocatePopulation, NO_PROVIDER, onHeap, type Population } from './population.ts';
import { createStream, type Stream } from './rng.ts';
import { createMarket, resolveMarket, type Market } from './market.ts';
import { initializePopulation } from './initialize.ts';
import { createDecisionPlan, planDecisions, type DecisionPlan } from './drivers/decision.ts';
import { applyWordOfMouth } from './drivers/wordOfMouth.ts';
import { createTally, foldTally } from './tally.ts';
import { stepCustomers } from './period.ts';
import { createWasmPeriod } from './wasmKernel.ts';
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

/** How the customer loop runs: compiled to WebAssembly (the default, 2–3× faster), or as the
 *  TypeScript passes it is compiled from (the reference; wasm.test.ts checks they agree). */
export type Engine = 'wasm' | 'typescript';

export function createSimulation(scenario: Scenario, replicate: number, engine: Engine = 'wasm'): Simulation {
  const rng: Stream = createStream(scenario.seed, replicate);
  const wasm = engine === 'wasm' ? createWasmPeriod(scenario.population.size, scenario.firms.length) : null;
  const allocate = wasm ? wasm.allocate : onHeap;
  const stepAll = wasm ? wasm.step : stepCustomers;
  const pop = allocatePopulation(scenario.population.size, scenario.firms.length, allocate);
  initializePopulation(pop, scenario, rng);
  const market = createMarket(scenario);
  const params = compileParams(scenario);
  const plan: DecisionPlan = createDecisionPlan(market.firms);
  const K = market.firms;
  const periodDiscount = Math.pow(1 + scenario.market.annualDiscountRate, 1 / periodsPerYear(scenario)) - 1;
  let prospects = countProspects(pop);
  let t = 0;
  const shares = Float64Array.from(scenario.firms, (f) => f.initialShare);
  const tally = createTally(K, allocate);

  function run(t: number): PeriodSummary {
    resolveMarket(market, scenario, t);
    prepareTables(market, params, shares);
    planDecisions(plan, market, params, prospects);
    const moves = new Float64Array((K + 1) * (K + 1));
    stepAll(pop, market, params, plan, rng, { moves }, tally, t);
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

  return {
    scenario,
    replicate,
    pop,
    market,
    get t() {
      return t;
    },
    step,
  };
}

function countProspects(pop: Population): number {
  let n = 0;
  for (let i = 0; i < pop.size; i++) if (pop.provider[i] === NO_PROVIDER) n++;
  return n;
}
