// Hand-built markets and customers for the mechanism tests, through the model's public API only.
// quietScenario() switches off everything random or incidental (noise, failures, offers,
// searches, life events, entry, word of mouth, fit, price in satisfaction) and sets the
// weights to 1, so one period is plain arithmetic a test can work out by hand; a test turns
// on the one mechanism it pins. Customers are then written straight into `sim.pop`.
//
// Where a customer sits matters to the WebAssembly engine, which runs customers two at a time
// and the odd one left over alone: every case is placed at an even index (first lane of a
// pair), an odd index (second lane) and the last index of an odd-sized population (alone), with
// neutral customers around it, and a test checks all three.
import { parseScenarioValue } from '../../../src/scenario/parse.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { createSimulation, NO_PROVIDER, type PeriodSummary, type Simulation } from '../../../src/model/index.ts';
import { ENGINE } from './engine.ts';

type Tree = { [key: string]: unknown };

/** `over` merged into `base`; lists are replaced, not merged. */
function merge(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b) ? merge(b as Tree, v as Tree) : v;
  }
  return out;
}

/** A firm of the quiet market: quality 3.5, price 1, offers without a discount. */
export const quietFirm = (over: Tree = {}): Tree => ({ initialShare: 0.5, quality: 3.5, price: 1, offerDiscount: 0, ...over });

/** Base satisfaction of the quiet market: a float32 like every expectation used here, so that
 *  S = BASE + (3.5 − E) is exact and a customer can sit exactly on a margin. */
export const BASE = 4;

const QUIET: Tree = {
  schemaVersion: 2,
  seed: 5,
  burnIn: 0,
  horizon: 24,
  replicates: 1,
  population: { size: 11, inCategory: 1, numberTie: { share: 0 }, kinshipShare: 0 },
  behaviour: {
    baseSatisfaction: BASE,
    satisfactionMemory: 1,
    disconfirmationWeight: 1,
    priceWeightInSatisfaction: 0,
    expectationAdaptation: 0,
    expectationDrift: 0,
    qualityNoise: 0,
    cheapSignal: 0,
    trustGain: 0,
    trustLoss: 0,
    offerRate: 0,
    searchRate: 0,
    decisionNoise: 0,
    matchSpread: 0,
    doWithout: 0,
    leaveCategoryRate: 0,
    entryRate: 0,
    weights: { satisfaction: 1, trust: 0, price: 1, incentive: 1, kinship: 1 },
  },
  service: { failureRate: 0 },
  wordOfMouth: { referralRate: 0, influence: 0 },
  firms: [quietFirm({ name: 'Us' }), quietFirm({ name: 'Rival' })],
};

/** The quiet market with `over` merged in; parsed as a user's file is, so it must be valid. */
export function quietScenario(over: Tree = {}): Scenario {
  const r = parseScenarioValue(merge(QUIET, over));
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

/** A market everyone leaves: not free to choose, every purchase fails silently, nobody
 *  repurchases, everyone can do without; satisfaction 2.25 sits at the terrorist threshold, so a
 *  customer expecting a little more than 3.5 leaves a terrorist (a grudge of 6 periods). */
export function leavingScenario(): Scenario {
  return quietScenario({
    behaviour: { baseSatisfaction: 2.25, doWithout: 1 },
    wordOfMouth: { terroristThreshold: 2.25, terroristMonths: 6 },
    market: { openness: 0 },
    service: { failureRate: 1, complaintRate: 0, majorShare: 0, failureImpact: 0, repurchase: { minor: { silent: 0 } } },
  });
}

/** One customer's state, as written into the population before a period. */
export interface Customer {
  provider: number;
  satisfaction: number;
  expectation: number;
  trust: number;
  switchingCost: number;
  priceSensitivity: number;
  dealSensitivity: number;
  budget: number;
  walletShare: number;
  tenure: number;
  tier: number;
  traits: number;
  freedom: number;
  lastProvider: number;
  grudge: number;
}

/** A neutral customer of firm 0: quality 3.5 meets its expectation exactly, so in the quiet
 *  market it stays at base satisfaction, has no trust, no switching cost and no reason to move. */
export const NEUTRAL: Customer = {
  provider: 0,
  satisfaction: BASE,
  expectation: 3.5,
  trust: 0,
  switchingCost: 0,
  priceSensitivity: 1,
  dealSensitivity: 1,
  budget: 100,
  walletShare: 0.5,
  tenure: 30,
  tier: 2,
  traits: 0,
  freedom: 0,
  lastProvider: NO_PROVIDER,
  grudge: 0,
};

export function place(sim: Simulation, i: number, c: Partial<Customer>): void {
  const pop = sim.pop;
  const x = { ...NEUTRAL, ...c };
  pop.provider[i] = x.provider;
  pop.satisfaction[i] = x.satisfaction;
  pop.expectation[i] = x.expectation;
  pop.trust[i] = x.trust;
  pop.switchingCost[i] = x.switchingCost;
  pop.priceSensitivity[i] = x.priceSensitivity;
  pop.dealSensitivity[i] = x.dealSensitivity;
  pop.budget[i] = x.budget;
  pop.walletShare[i] = x.walletShare;
  pop.tenure[i] = x.tenure;
  pop.tier[i] = x.tier;
  pop.traits[i] = x.traits;
  pop.freedom[i] = x.freedom;
  pop.lastProvider[i] = x.lastProvider;
  pop.grudge[i] = x.grudge;
  pop.happened[i] = 0;
  for (let k = 0; k < pop.firms; k++) pop.fit[i * pop.firms + k] = 0;
}

/** A simulation of `s` whose customers are all `filler` (NEUTRAL by default). */
export function handBuilt(s: Scenario, filler: Partial<Customer> = {}): Simulation {
  const sim = createSimulation(s, 0, ENGINE);
  for (let i = 0; i < sim.pop.size; i++) place(sim, i, filler);
  return sim;
}

/** Where a case sits: first lane of a pair, second lane of a pair, alone at the end. */
export const LANES = { even: 2, odd: 5, alone: 10 } as const;
export const AT = Object.values(LANES);

export interface CaseRun {
  sim: Simulation;
  summaries: PeriodSummary[];
  /** Reads an attribute of the case at each of its three places. */
  read: (attr: keyof Simulation['pop']) => number[];
}

/** Runs `periods` periods of `s` (11 customers) with customer `c` at the three places of AT
 *  and `filler` everywhere else. */
export function runCase(s: Scenario, c: Partial<Customer>, opts: { filler?: Partial<Customer>; periods?: number } = {}): CaseRun {
  if (s.population.size !== 11) throw new Error('runCase needs a population of 11');
  const sim = handBuilt(s, opts.filler);
  for (const i of AT) place(sim, i, c);
  const summaries: PeriodSummary[] = [];
  for (let t = 0; t < (opts.periods ?? 1); t++) summaries.push(sim.step());
  const read = (attr: keyof Simulation['pop']) => AT.map((i) => Number((sim.pop[attr] as ArrayLike<number>)[i]));
  return { sim, summaries, read };
}
