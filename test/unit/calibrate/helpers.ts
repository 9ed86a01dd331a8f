// Observed data made by the model itself at known parameter values, plus noise: the recovery
// tests fit them back.
import { createSimulation, valueOf, type Measure } from '../../../src/model/index.ts';
import { setField } from '../../../src/experiment/paths.ts';
import { parsePath } from '../../../src/scenario/paths.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { TARGET_KINDS, type TargetKindName } from '../../../src/experiment/calibrate/kinds.ts';
import type { Target } from '../../../src/experiment/calibrate/targets.ts';
import { designRandom } from '../../../src/experiment/designs/random.ts';
import { scenarioWith } from '../../helpers.ts';

export function smallMarket(size = 3000, horizon = 14): Scenario {
  return scenarioWith({ population: { size }, horizon, burnIn: 6 });
}

export function withValues(s: Scenario, values: Record<string, number>): Scenario {
  let out = s;
  for (const [path, v] of Object.entries(values)) {
    const r = setField(out, parsePath(path) as (string | number)[], v);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    out = r.scenario;
  }
  return out;
}

/** One realisation of the market (a replicate far from the fit's, as a real market is one
 *  realisation) of each kind, periods 0 … n − 1, firm 0, plus Gaussian noise of `noise` scales. */
export function synthetic(s: Scenario, kinds: TargetKindName[], periods: number, noise: number, seed: number, replicates = 1): Target[] {
  const sums = new Map<string, number>();
  for (let r = 0; r < replicates; r++) {
    const sim = createSimulation(s, 1000 + seed * 10 + r);
    for (let t = 0; t < periods; t++) {
      const summary = sim.step();
      for (const k of kinds) sums.set(`${k} ${t}`, (sums.get(`${k} ${t}`) ?? 0) + valueOf(summary, 0, TARGET_KINDS[k].measure as Measure) / replicates);
    }
  }
  const random = designRandom(seed, 'synthetic-noise');
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  let line = 2;
  return kinds.flatMap((kind) =>
    Array.from({ length: periods }, (_, period) => {
      const spec = TARGET_KINDS[kind];
      const value = Math.min(spec.max, Math.max(spec.min, sums.get(`${kind} ${period}`)! + noise * spec.scale * gauss()));
      return { kind, firm: 0, period, value, weight: 1, scale: spec.scale, line: line++ };
    }),
  );
}
