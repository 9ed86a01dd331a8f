// Latin hypercube (McKay, Beckman & Conover 1979): n points in [0, 1)^k such that, in every
// dimension, each of the n strata [j/n, (j+1)/n) holds exactly one point; within its stratum a
// point lies at a random place. Far fewer runs than a grid to cover a space evenly per factor.
import { permutation, type Uniform } from './random.ts';

const INSIDE = 1 - 1e-9;

export function latinHypercube(n: number, k: number, random: Uniform): number[][] {
  const points = Array.from({ length: n }, () => new Array<number>(k));
  for (let d = 0; d < k; d++) {
    const strata = permutation(n, random);
    // kept off the top edge, where rounding could carry a point into the next stratum
    for (let i = 0; i < n; i++) points[i][d] = (strata[i] + random() * INSIDE) / n;
  }
  return points;
}
