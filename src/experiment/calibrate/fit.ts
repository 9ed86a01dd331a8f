// The fit, in parts that are each deterministic and independent, so the command line can run
// them on worker threads and get what one thread gets: restarts of the search (Nelder–Mead on
// common random numbers: replicates 0 … R − 1 at every candidate), then bootstrap refits (a
// parametric bootstrap: each puts data drawn from the fitted model, a fresh realisation plus
// the data's measurement noise, in place of the data, and fits them again as the fit was made,
// on fresh replicates and from the same start), then a profile of the loss along each
// parameter with the others held at the fit.
import { designRandom } from '../designs/random.ts';
import { baseUnit, valuesAt } from '../optimise.ts';
import { nelderMead } from '../search/nelderMead.ts';
import { startPoints } from '../search/starts.ts';
import { inFit, lossOf, simulateTargets, targetMeans, type CalibrationContext } from './simulate.ts';

export interface FitRun {
  start: number[];
  values: number[];
  loss: number;
  evaluations: number;
}

const byValue = (a: number, b: number) => a - b;
const replicatesOf = (ctx: CalibrationContext) => Array.from({ length: ctx.replicates }, (_, r) => r);

/** Searches from `start` (unit coordinates); `observed` and `reps` for a bootstrap refit. */
function search(
  ctx: CalibrationContext,
  start: number[],
  maxEvaluations: number,
  initialStep: number,
  observed?: Float64Array,
  reps = replicatesOf(ctx),
): FitRun {
  const cache = new Map<string, number>();
  const r = nelderMead(
    (u) => {
      const values = valuesAt(ctx.plan, u);
      const key = values.join(',');
      let loss = cache.get(key);
      if (loss === undefined) {
        loss = lossOf(ctx.targets, targetMeans(simulateTargets(ctx, values, reps)), inFit, observed);
        cache.set(key, loss);
      }
      return loss;
    },
    byValue,
    start,
    { maxEvaluations, initialStep },
  );
  return { start: valuesAt(ctx.plan, start), values: valuesAt(ctx.plan, r.x), loss: r.score, evaluations: r.evaluations };
}

/** Restart i: the first from the scenario's own values (the analyst's guess), the others
 *  spread over the box. */
export function fitRestart(ctx: CalibrationContext, restart: number): FitRun {
  const start = startPoints(baseUnit(ctx.plan), ctx.restarts, ctx.plan.base.seed, 'calibrate')[restart];
  return search(ctx, start, ctx.evaluations, 0.25);
}

/** Bootstrap sample b's replicates: R drawn with replacement (counts[r]: how often r is drawn);
 *  the loss's own noise across such resamples sets the threshold of a flat profile. */
export function resampleCounts(ctx: CalibrationContext, b: number): number[] {
  const random = designRandom(ctx.plan.base.seed, `calibrate-bootstrap-${b}`);
  const counts = new Array<number>(ctx.replicates).fill(0);
  for (let i = 0; i < ctx.replicates; i++) counts[Math.floor(random() * ctx.replicates)]++;
  return counts;
}

/** The noise of the data beyond the model's own, in scales: what the misses at the fit leave
 *  once the model's realisation noise is taken out. At the fit a miss is (data's realisation −
 *  its mean) + measurement error − (the mean of R replicates − its mean), so its expected square
 *  is σ²·(1 + 1/R) + ε², σ² the variance of one realisation (measured across the runs at the
 *  fit), ε² the rest; the mean square miss is taken over n − k degrees of freedom (k fitted
 *  parameters). 0 when the model's own noise explains the misses. A model that misses the
 *  shape of the data has large "noise", and its intervals widen accordingly. */
export function observationNoise(ctx: CalibrationContext, runs: readonly Float64Array[]): number {
  const means = targetMeans(runs);
  const R = runs.length;
  let misses = 0;
  let variance = 0;
  let weights = 0;
  let n = 0;
  ctx.targets.forEach((t, i) => {
    if (!inFit(t) || t.weight === 0 || !Number.isFinite(means[i])) return;
    const miss = (t.value - means[i]) / t.scale;
    const v = R > 1 ? runs.reduce((a, x) => a + ((x[i] - means[i]) / t.scale) ** 2, 0) / (R - 1) : 0;
    misses += t.weight * miss * miss;
    variance += t.weight * v;
    weights += t.weight;
    n++;
  });
  const k = ctx.plan.factors.length;
  if (n <= k || weights === 0) return 0;
  const excess = ((misses / weights) * n) / (n - k) - (variance / weights) * (1 + 1 / R);
  return Math.sqrt(Math.max(0, excess));
}

/** Bootstrap sample b's data, drawn from the fitted model as the observed data were drawn from
 *  the market: one fresh realisation of the model at the fit (replicate R + b, never used by the
 *  fit), its deviations from the mean the model's own and persistent from period to period as
 *  a real market's are, plus measurement noise of `noise` scales (observationNoise) on each
 *  point. Resampling residuals one by one would treat them as independent and understate the
 *  uncertainty. */
export function bootstrapData(ctx: CalibrationContext, best: readonly number[], b: number, noise: number): Float64Array {
  const fresh = simulateTargets(ctx, best, [ctx.replicates + b])[0];
  const random = designRandom(ctx.plan.base.seed, `calibrate-noise-${b}`);
  return fresh.map((x, i) => {
    const gauss = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Number.isFinite(x) ? x + noise * ctx.targets[i].scale * gauss : ctx.targets[i].value;
  });
}

/** Bootstrap refit b's own replicates: R fresh ones, shared with no other part of the fit, as
 *  the fit's replicates share nothing with the market that made the data (resampling the fit's
 *  own would reuse the noise the fit is already tuned to, and understate the uncertainty). */
export function refitReplicates(ctx: CalibrationContext, b: number): number[] {
  const first = ctx.replicates + ctx.bootstrap + b * ctx.replicates;
  return Array.from({ length: ctx.replicates }, (_, r) => first + r);
}

/** Refit on bootstrap sample b as the fit itself was made: from `start` (the best restart's
 *  start; by default the scenario's own values), with a restart's budget and first step. A
 *  refit from the fit itself would begin at its own answer and hide the optimiser's error. */
export function bootstrapRefit(ctx: CalibrationContext, best: readonly number[], b: number, start?: readonly number[]): FitRun {
  const unit = start ? ctx.plan.factors.map((f, i) => (start[i] - f.range!.from) / (f.range!.to - f.range!.from)) : baseUnit(ctx.plan);
  const noise = observationNoise(ctx, fitRuns(ctx, best));
  return search(ctx, unit, ctx.evaluations, 0.25, bootstrapData(ctx, best, b, noise), refitReplicates(ctx, b));
}

export const PROFILE_POINTS = 7;

/** The fit loss at evenly spaced values of parameter j, the others held at the fit. */
export function profile(ctx: CalibrationContext, best: readonly number[], j: number): { value: number; loss: number }[] {
  const reps = replicatesOf(ctx);
  return Array.from({ length: PROFILE_POINTS }, (_, g) => {
    const u = ctx.plan.factors.map((f, i) => (i === j ? g / (PROFILE_POINTS - 1) : (best[i] - f.range!.from) / (f.range!.to - f.range!.from)));
    const values = valuesAt(ctx.plan, u);
    return { value: values[j], loss: lossOf(ctx.targets, targetMeans(simulateTargets(ctx, values, reps)), inFit) };
  });
}

/** The runs at the fit, every replicate: bands, residuals, the loss's own noise. */
export function fitRuns(ctx: CalibrationContext, best: readonly number[]): Float64Array[] {
  return simulateTargets(ctx, best, replicatesOf(ctx));
}
