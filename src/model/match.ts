// Per-customer constants drawn once from a stateless hash of (customer, firm, population key),
// so they do not depend on the order anything else draws random numbers, and stored in one byte
// each. The key is drawn per (seed, replicate) (rng.ts populationKey): every replicate is a new
// population, so the bands across replicates hold the population's own variance, and every
// strategy variant of the same seed and replicate meets the same customers.
import { hashUniform } from './rng.ts';
import type { Population } from './population.ts';

export const FIT_STEPS = 127;

/** Fills each customer's fit with each firm and its freedom of choice, for the population
 *  keyed `key` (populationKey(seed, replicate)). */
export function initializeMatches(pop: Population, key: number): void {
  const K = pop.firms;
  for (let i = 0; i < pop.size; i++) {
    for (let k = 0; k < K; k++) pop.fit[i * K + k] = Math.round(FIT_STEPS * (2 * hashUniform(i, k, key) - 1));
    pop.freedom[i] = Math.floor(256 * hashUniform(i, 0x7fff, key ^ 0x5bd1e995));
  }
}

/** How well firm k suits customer i, in quality points, uniform on ±matchSpread. Customers
 *  differ in taste, so the same firm satisfies some and not others, and a poor match is a reason
 *  to go. fitScale = matchSpread / FIT_STEPS (params.fitScale), so the loops multiply. */
export function fitOf(pop: Population, i: number, k: number, fitScale: number): number {
  return fitScale * pop.fit[i * pop.firms + k];
}
