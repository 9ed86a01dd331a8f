// Per-customer constants that need no storage: a stateless hash of (customer, firm, seed).
import { hashUniform } from './rng.ts';

/** How well firm k suits customer i, in quality points, uniform on ±spread. Customers differ in
 *  taste, so the same firm satisfies some and not others, and a poor match is a reason to go. */
export function matchOf(i: number, k: number, seed: number, spread: number): number {
  return spread * (2 * hashUniform(i, k, seed) - 1);
}

/** Whether customer i is free to choose (legal, technical, geographic, knowledge constraints):
 *  the share of free customers is the market's openness O in L = O·f(S). */
export function isFree(i: number, seed: number, openness: number): boolean {
  return hashUniform(i, 0x7fff, seed ^ 0x5bd1e995) < openness;
}
