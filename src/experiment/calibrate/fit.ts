// The fit, in parts that are each deterministic and independent, so the command line can run
// them on worker threads and get what one thread gets: restarts of the search (Nelder–Mead on
// common random numbers: replicates 0 … R − 1 at every candidate), then bootstrap refits (each
// resamples the replicates, puts a fresh realisation of the model at the fit in place of the
// data, and searches again from the fit), then a
// profile of the loss along each parameter with the others held at the fit.
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

/** Searches from `start` (unit coordinates); `observed` and `counts` for a bootstrap refit. */
function search(ctx: CalibrationContext, start: number[], maxEvaluations: number, initialStep: number, observed?: Float64Array, counts?: number[]): FitRun {
  const reps = replicatesOf(ctx).filter((r) => !counts || counts[r] > 0);
  const weights = counts && reps.map((r) => counts[r]);
  const cache = new Map<string, number>();
  const r = nelderMead(
    (u) => {
      const values = valuesAt(ctx.plan, u);
      const key = values.join(',');
      let loss = cache.get(key);
      if (loss === undefined) {
        loss = lossOf(ctx.targets, targetMeans(simulateTargets(ctx, values, reps), weights), inFit, observed);
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

/** Bootstrap sample b's replicates: R drawn with replacement (counts[r]: how often r is drawn). */
export function resampleCounts(ctx: CalibrationContext, b: number): number[] {
  const random = designRandom(ctx.plan.base.seed, `calibrate-bootstrap-${b}`);
  const counts = new Array<number>(ctx.replicates).fill(0);
  for (let i = 0; i < ctx.replicates; i++) counts[Math.floor(random() * ctx.replicates)]++;
  return counts;
}

/** Bootstrap sample b's data: observed data are taken to be one realisation of the scenario's
 *  market, so in their place the refit sees one fresh replicate of the model at the fit
 *  (replicate R + b, never used by the fit). Its deviations from the mean are the model's own,
 *  persistent from period to period as a real market's are (resampling residuals one by one
 *  would treat them as independent and understate the uncertainty). */
export function bootstrapData(ctx: CalibrationContext, best: readonly number[], b: number): Float64Array {
  const fresh = simulateTargets(ctx, best, [ctx.replicates + b])[0];
  return fresh.map((x, i) => (Number.isFinite(x) ? x : ctx.targets[i].value));
}

/** Refit on bootstrap sample b from the fit, with a restart's budget and first step: a short,
 *  local refit stays near its start and understates the uncertainty along a shallow valley. */
export function bootstrapRefit(ctx: CalibrationContext, best: readonly number[], b: number): FitRun {
  const start = ctx.plan.factors.map((f, i) => (best[i] - f.range!.from) / (f.range!.to - f.range!.from));
  return search(ctx, start, ctx.evaluations, 0.25, bootstrapData(ctx, best, b), resampleCounts(ctx, b));
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
