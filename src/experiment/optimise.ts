// Policy optimisation on common random numbers: Nelder–Mead over the factors' ranges, from
// several starts, every candidate run on the same replicates 0 … R − 1 of the experiment's
// seed, so two candidates differ by their settings, not by luck. A best picked on noisy scores
// is biased upwards (it won partly by luck), so the report never uses the search's replicates
// for it: the finalists (the best few distinct candidates) are re-run on fresh replicates
// R … R + F − 1, never seen by the search, and the best is reported with its interval there;
// runner-ups whose paired difference from it on those replicates is not clear of zero are
// listed as indistinguishable.
import { interval, type Interval } from './analysis.ts';
import { compareScores, scoreOf, type ResolvedObjective, type Score } from './objective.ts';
import { fieldValue } from './paths.ts';
import { applyFactors, inRange, PointError, type Plan } from './plan.ts';
import { runOutputs } from './run.ts';
import type { OptimiseSpec } from './schema.ts';
import { nelderMead } from './search/nelderMead.ts';
import { startPoints } from './search/starts.ts';
import type { Engine } from '../model/index.ts';

export interface OptimiseContext {
  plan: Plan;
  spec: OptimiseSpec;
  objective: ResolvedObjective;
  engine: Engine;
}

export interface Evaluation {
  restart: number;
  /** Within its restart, from 0. */
  step: number;
  values: number[];
  /** Each output's mean over the search's replicates. */
  means: number[];
  score: Score;
  /** The same values came up before in this restart: the runs were not repeated. */
  reused: boolean;
}

/** Unit-box coordinates → factor values (whole-number fields rounded). */
export function valuesAt(plan: Plan, u: readonly number[]): number[] {
  return plan.factors.map((f, i) => {
    const { from, to } = f.range!;
    const x = inRange(from, to, u[i]);
    return f.integer ? Math.round(x) : x;
  });
}

/** The base scenario's own setting of each factor, in unit coordinates (clamped to the range). */
export function baseUnit(plan: Plan): number[] {
  return plan.factors.map((f) => {
    const { from, to } = f.range!;
    const v = fieldValue(plan.base, f.keys);
    return typeof v === 'number' ? Math.min(1, Math.max(0, (v - from) / (to - from))) : 0.5;
  });
}

export const searchReplicates = (spec: { replicates: number }) => Array.from({ length: spec.replicates }, (_, r) => r);
export const freshReplicates = (plan: Plan, spec: OptimiseSpec) => Array.from({ length: spec.freshReplicates }, (_, r) => plan.replicates + r);

/** runs[r][j]: output j of the candidate on replicate `replicates[r]`. */
export function runCandidate(ctx: Pick<OptimiseContext, 'plan' | 'engine'>, values: readonly number[], replicates: readonly number[]): Float64Array[] {
  const r = applyFactors(ctx.plan.base, ctx.plan.factors, values);
  if (!r.ok) throw new PointError(`candidate (${ctx.plan.factors.map((f, i) => `${f.path}=${values[i]}`).join(', ')}): ${r.errors.join('; ')}`);
  return replicates.map((rep) => runOutputs(ctx.plan, r.scenario, rep, ctx.engine));
}

function meansOf(runs: readonly Float64Array[], outputs: number): number[] {
  return Array.from({ length: outputs }, (_, j) => runs.reduce((a, x) => a + x[j], 0) / runs.length);
}

/** One restart of the search: every evaluation, in order. Deterministic in (plan, spec, restart). */
export function searchRestart(ctx: OptimiseContext, restart: number): Evaluation[] {
  const { plan, spec, objective } = ctx;
  const start = startPoints(baseUnit(plan), spec.restarts, plan.base.seed, 'optimise')[restart];
  const reps = searchReplicates(plan);
  const seen = new Map<string, number[]>();
  const path: Evaluation[] = [];
  nelderMead(
    (u) => {
      const values = valuesAt(plan, u);
      const key = values.join(',');
      const known = seen.get(key);
      const means = known ?? meansOf(runCandidate(ctx, values, reps), plan.outputs.length);
      seen.set(key, means);
      const score = scoreOf(objective, means);
      path.push({ restart, step: path.length, values, means, score, reused: known !== undefined });
      return score;
    },
    compareScores,
    start,
    { maxEvaluations: spec.evaluations },
  );
  return path;
}

/** The best `n` distinct candidates of the whole search, best first. */
export function finalists(path: readonly Evaluation[], n: number): Evaluation[] {
  const byKey = new Map<string, Evaluation>();
  for (const e of path) if (!byKey.has(e.values.join(','))) byKey.set(e.values.join(','), e);
  // a stable sort: ties keep the order in which the search met them
  return [...byKey.values()].sort((a, b) => compareScores(a.score, b.score)).slice(0, n);
}

export interface FreshResult {
  values: number[];
  /** The search's view of it. */
  search: Score;
  /** The objective (in its own sign) on each fresh replicate. */
  objective: Interval;
  constraints: { name: string; mean: Interval; min: number | null; max: number | null; shareMet: number }[];
  /** This candidate minus the best, replicate by replicate on the fresh replicates (objective, in its own sign). */
  vsBest: Interval;
  /** The interval of vsBest holds 0: the data cannot tell it from the best. */
  indistinguishable: boolean;
}

export interface OptimiseReport {
  evaluations: number;
  runs: number;
  searchReplicates: number[];
  freshReplicates: number[];
  best: FreshResult;
  runnerUps: FreshResult[];
  feasibleFound: boolean;
}

/** fresh[i]: runs of finalist i on the fresh replicates (runCandidate's shape). */
export function reportSearch(
  ctx: OptimiseContext,
  path: readonly Evaluation[],
  chosen: readonly Evaluation[],
  fresh: readonly Float64Array[][],
): OptimiseReport {
  const { plan, spec, objective } = ctx;
  const j = objective.output;
  const objectiveOf = (runs: readonly Float64Array[]) => runs.map((x) => x[j]);
  const best = objectiveOf(fresh[0]);
  const results = chosen.map((c, i): FreshResult => {
    const xs = objectiveOf(fresh[i]);
    const vsBest = interval(xs.map((x, r) => x - best[r]));
    return {
      values: c.values,
      search: c.score,
      objective: interval(xs),
      constraints: objective.constraints.map((k) => {
        const ys = fresh[i].map((x) => x[k.output]);
        const met = ys.filter((y) => (k.min === null || y >= k.min) && (k.max === null || y <= k.max)).length;
        return { name: k.name, mean: interval(ys), min: k.min, max: k.max, shareMet: met / ys.length };
      }),
      vsBest,
      indistinguishable: i === 0 || !(vsBest.ciLo > 0 || vsBest.ciHi < 0),
    };
  });
  const reused = path.filter((e) => e.reused).length;
  return {
    evaluations: path.length,
    runs: (path.length - reused) * plan.replicates + chosen.length * spec.freshReplicates,
    searchReplicates: searchReplicates(plan),
    freshReplicates: freshReplicates(plan, spec),
    best: results[0],
    runnerUps: results.slice(1),
    feasibleFound: chosen.length > 0 && chosen[0].score.violation === 0,
  };
}

/** The whole optimisation on this thread (the CLI spreads restarts and finalists over workers). */
export function optimise(ctx: OptimiseContext): { path: Evaluation[]; report: OptimiseReport } {
  const path = Array.from({ length: ctx.spec.restarts }, (_, r) => searchRestart(ctx, r)).flat();
  const chosen = finalists(path, ctx.spec.finalists);
  const fresh = chosen.map((c) => runCandidate(ctx, c.values, freshReplicates(ctx.plan, ctx.spec)));
  return { path, report: reportSearch(ctx, path, chosen, fresh) };
}
