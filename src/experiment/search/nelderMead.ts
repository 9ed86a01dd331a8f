// Nelder–Mead (1965) in the unit box [0, 1]^k, written here rather than taken from npm:
// `fmin` 0.0.4 exports nothing when imported as a module (a UMD file under "type": "module")
// and its shrink step assigns an undeclared `i`, a ReferenceError in strict mode, so a noisy
// objective (which shrinks often) stops it; `optimization-js` 1.5.0 offers Powell by
// finite differences of 1e-6 and a Math.random order, useless on a simulation. The method is
// short; what it needs for us is what neither has: a budget of evaluations (each costs R
// runs), trial points kept inside the bounds (clamped), and comparison by order only, so
// constraints can rank candidates by a feasibility rule rather than by a tuned penalty.

/** Smaller is better; `compare(a, b) < 0` when a beats b. */
export type Compare<S> = (a: S, b: S) => number;

export interface NelderMeadOptions {
  /** Most evaluations of the objective (the initial simplex counts). */
  maxEvaluations: number;
  /** Side of the initial simplex in unit coordinates (a quarter of each range by default). */
  initialStep?: number;
  /** Stop when every vertex is within this of the best, in every coordinate. */
  tolerance?: number;
}

interface Vertex<S> {
  /** Where the simplex has it; may lie outside the box. */
  x: number[];
  /** How far outside the box x lies (0 inside). */
  outside: number;
  score: S;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Minimises `f` from `x0`; returns the best vertex. Every evaluation goes through `f` (with
 *  the point clamped into the box), so the caller records the path. */
export function nelderMead<S>(
  f: (x: number[]) => S,
  compare: Compare<S>,
  x0: readonly number[],
  o: NelderMeadOptions,
): { x: number[]; score: S; evaluations: number } {
  const k = x0.length;
  const step = o.initialStep ?? 0.25;
  const tolerance = o.tolerance ?? 1e-3;
  let evaluations = 0;
  // a trial point outside the box is evaluated at the nearest point inside and kept where it
  // is, ranked just behind that point: clamping the vertex itself would flatten the simplex
  // onto the face and leave the other coordinates unsearched
  const evaluate = (x: number[]): Vertex<S> => {
    const p = x.map(clamp01);
    evaluations++;
    return { x, outside: Math.hypot(...x.map((xi, i) => xi - p[i])), score: f(p) };
  };
  const rank = (a: Vertex<S>, b: Vertex<S>) => compare(a.score, b.score) || a.outside - b.outside;
  const combine = (a: number[], wa: number, b: number[], wb: number) => a.map((ai, i) => wa * ai + wb * b[i]);
  const simplex: Vertex<S>[] = [evaluate([...x0])];
  for (let i = 0; i < k && evaluations < o.maxEvaluations; i++) {
    const x = [...x0];
    // step towards the middle of the range, so the vertex is not clamped onto x0's face
    x[i] += x0[i] > 0.5 ? -step : step;
    simplex.push(evaluate(x));
  }
  const order = () => simplex.sort(rank);
  while (evaluations < o.maxEvaluations && simplex.length === k + 1) {
    order();
    const best = simplex[0];
    if (simplex.every((v) => v.x.every((xi, i) => Math.abs(xi - best.x[i]) <= tolerance))) break;
    const worst = simplex[k];
    const centroid = simplex.slice(0, k).reduce((c, v) => c.map((ci, i) => ci + v.x[i] / k), new Array<number>(k).fill(0));
    const reflected = evaluate(combine(centroid, 2, worst.x, -1));
    if (rank(reflected, best) < 0) {
      if (evaluations >= o.maxEvaluations) {
        simplex[k] = reflected;
        break;
      }
      const expanded = evaluate(combine(centroid, 3, worst.x, -2));
      simplex[k] = rank(expanded, reflected) < 0 ? expanded : reflected;
    } else if (rank(reflected, simplex[k - 1]) < 0) simplex[k] = reflected;
    else {
      if (evaluations >= o.maxEvaluations) break;
      // contract towards the better of the worst vertex and its reflection
      const outside = rank(reflected, worst) < 0;
      const contracted = evaluate(outside ? combine(centroid, 1.5, worst.x, -0.5) : combine(centroid, 0.5, worst.x, 0.5));
      if (rank(contracted, outside ? reflected : worst) < 0) simplex[k] = contracted;
      else for (let i = 1; i <= k && evaluations < o.maxEvaluations; i++) simplex[i] = evaluate(combine(best.x, 0.5, simplex[i].x, 0.5));
    }
  }
  order();
  return { x: simplex[0].x.map(clamp01), score: simplex[0].score, evaluations };
}
