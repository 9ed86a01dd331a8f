// Where the restarts of a search begin: the first at a given point (the base scenario's own
// values, i.e. the current policy or the analyst's guess), the others spread over the box by
// a Latin hypercube on the search's own random stream, so a rerun starts from the same places.
import { latinHypercube } from '../designs/lhs.ts';
import { designRandom } from '../designs/random.ts';

export function startPoints(first: readonly number[], restarts: number, seed: number, label: string): number[][] {
  const k = first.length;
  const rest = restarts > 1 ? latinHypercube(restarts - 1, k, designRandom(seed, `${label}-starts`)) : [];
  return [[...first], ...rest];
}
