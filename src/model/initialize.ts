// Draws a population from the scenario: heterogeneous budgets, sensitivities, switching costs
// and expectations, and the starting market shares.
import type { Scenario } from '../scenario/schema.ts';
import { KIN_FIRM_SHIFT, NO_PROVIDER, TRAIT, type Population } from './population.ts';
import { populationKey, U32, type Stream } from './rng.ts';
import { FIT_STEPS, fitOf, initializeMatches } from './match.ts';
import { INITIAL_TENURE, periodMonths } from './params.ts';
import { toPeriod } from '../scenario/spec/time.ts';
import { pow } from './portableMath.ts';

const uniform = (rng: Stream) => (rng.int32() >>> 0) / U32;

/** mean·(1 ± spread), uniform: heterogeneity without a tail that breaks the 1–5 scales. */
const around = (rng: Stream, mean: number, spread: number) => mean * (1 + spread * (2 * uniform(rng) - 1));

/** Pareto budget with the given mean, capped at 500× the mean so one customer cannot own a
 *  small market. pow (portableMath.ts) runs only here, at initialisation. */
function paretoBudget(rng: Stream, mean: number, alpha: number): number {
  const xm = (mean * (alpha - 1)) / alpha;
  const u = 1 - uniform(rng); // (0,1]
  return Math.min(xm / pow(u, 1 / alpha), 500 * mean);
}

function pickFirm(rng: Stream, shares: readonly number[], total: number): number {
  let u = uniform(rng) * total;
  for (let k = 0; k < shares.length; k++) {
    u -= shares[k];
    if (u < 0) return k;
  }
  return shares.length - 1;
}

/** Draws replicate r's population from `s` per period (params.ts perPeriod: its budgets are per
 *  period): from `rng` (that replicate's stream) and, for the per-customer constants, the
 *  replicate's population key. */
export function initializePopulation(pop: Population, s: Scenario, rng: Stream, replicate: number): void {
  const p = s.population;
  const b = s.behaviour;
  const shares = s.firms.map((f) => f.initialShare);
  const totalShare = shares.reduce((a, x) => a + x, 0);
  initializeMatches(pop, populationKey(s.seed, replicate));
  // in periods, from months (params.ts): the same spread of tenures whatever the period
  const startingTenure = toPeriod(INITIAL_TENURE, 'duration', periodMonths(s));
  for (let i = 0; i < pop.size; i++) {
    pop.budget[i] = paretoBudget(rng, p.budget.mean, p.budget.paretoAlpha);
    pop.priceSensitivity[i] = around(rng, p.priceSensitivity.mean, p.priceSensitivity.spread);
    pop.dealSensitivity[i] = around(rng, p.dealSensitivity.mean, p.dealSensitivity.spread);
    pop.switchingCost[i] = around(rng, p.switchingCost.mean, p.switchingCost.spread);
    const e = around(rng, p.expectation.mean, p.expectation.spread);
    pop.expectation[i] = e;
    const kin = uniform(rng) < p.kinshipShare;
    pop.traits[i] = uniform(rng) < p.numberTie.share ? TRAIT.numberTie : 0;
    const inCategory = uniform(rng) < p.inCategory;
    const history = uniform(rng);
    if (!inCategory) continue;
    const k = pickFirm(rng, shares, totalShare);
    // family or staff of the firm they buy from at the start
    if (kin) pop.traits[i] |= TRAIT.kin | (k << KIN_FIRM_SHIFT);
    const f = s.firms[k];
    // start near the satisfaction this customer's experience would settle at
    const q = f.quality + fitOf(pop, i, k, b.matchSpread / FIT_STEPS);
    const sat = b.baseSatisfaction + b.disconfirmationWeight * (q - e) - b.priceWeightInSatisfaction * pop.priceSensitivity[i] * (f.price - 1);
    pop.provider[i] = k;
    pop.satisfaction[i] = Math.min(5, Math.max(1, sat));
    pop.tenure[i] = Math.floor(history * startingTenure);
    pop.trust[i] = sat > b.baseSatisfaction ? Math.min(1, (history * (sat - b.baseSatisfaction)) / 1.5) : 0;
    pop.walletShare[i] = 0.5;
  }
  assignTiers(pop);
  for (let i = 0; i < pop.size; i++) if (pop.provider[i] === NO_PROVIDER) pop.satisfaction[i] = 3;
}

/** Top 20% of budgets → tier 0, next 30% → 1, the rest → 2. */
function assignTiers(pop: Population): void {
  const sorted = Float32Array.from(pop.budget).sort();
  const top = sorted[Math.floor(pop.size * 0.8)];
  const mid = sorted[Math.floor(pop.size * 0.5)];
  for (let i = 0; i < pop.size; i++) pop.tier[i] = pop.budget[i] >= top ? 0 : pop.budget[i] >= mid ? 1 : 2;
}
