// Morris elementary-effects screening (Morris 1991): r trajectories on a grid of p levels per
// factor in [0, 1]^k; each has k + 1 points and each step changes one factor, in a random
// order, by ±Δ with Δ = p / (2(p − 1)). A factor's effects are the output's changes on its
// steps (analysis.ts: μ*, σ). With p even every grid level can move by Δ in exactly one
// direction (up from the lower half, down from the upper), so start levels are uniform.
import { permutation, type Uniform } from './random.ts';

export function morrisDelta(p: number): number {
  return p / (2 * (p - 1));
}

/** r·(k + 1) points; trajectory t is points t·(k + 1) … t·(k + 1) + k. */
export function morrisPoints(r: number, k: number, p: number, random: Uniform): number[][] {
  const half = p / 2;
  const points: number[][] = [];
  for (let t = 0; t < r; t++) {
    const level = Array.from({ length: k }, () => Math.min(p - 1, Math.floor(random() * p)));
    const order = permutation(k, random);
    points.push(level.map((j) => j / (p - 1)));
    for (const f of order) {
      level[f] += level[f] < half ? half : -half;
      points.push(level.map((j) => j / (p - 1)));
    }
  }
  return points;
}
