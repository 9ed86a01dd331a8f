// The optimisation part of a saved results summary (experiment/saved.ts): the finalists on
// their fresh replicates (the best first, then the runner-ups, each with the 90% confidence
// interval of its mean and of its paired difference from the best), and the path of the
// search when it fits. Enough to show the best-settings table and the search chart again
// after a reload or from a share link, without running anything.
import { z } from 'zod';
import type { Interval } from './analysis.ts';
import { resolveObjective, type Score } from './objective.ts';
import { freshReplicates, searchReplicates, type Evaluation, type FreshResult, type OptimiseReport } from './optimise.ts';
import type { Plan } from './plan.ts';
import { EXPERIMENT_LIMITS } from './schema.ts';

export const SAVED_OPTIMISATION_LIMITS = {
  /** As many finalists as an optimisation may have. */
  finalists: 20,
  /** Evaluations of the path kept (no list in a scenario file may be longer); a longer path
   *  is left out and the best settings are saved without it. */
  path: 1000,
} as const;

// JSON has no NaN: a missing value is saved as null
const value = z.number().refine(Number.isFinite, 'must be a finite number').nullable();
/** [mean, lower, upper] of the 90% confidence interval of a mean. */
const ci = z.tuple([value, value, value]);
/** [objective in its own sign (larger is better), total constraint violation]. */
const score = z.tuple([value, value]);

const candidate = z.strictObject({
  factors: z.array(value).max(EXPERIMENT_LIMITS.factors),
  /** The search's view of it, on the search's replicates. */
  search: score,
  objective: ci,
  vsBest: ci,
  indistinguishable: z.boolean(),
  /** Per constraint of the optimise section, in its order. */
  constraints: z.array(z.strictObject({ mean: ci, shareMet: z.number().min(0).max(1) })).max(EXPERIMENT_LIMITS.outputs),
});

const step = z.strictObject({
  restart: z.int().min(0),
  factors: z.array(value).max(EXPERIMENT_LIMITS.factors),
  /** Each output's mean over the search's replicates. */
  means: z.array(value).max(EXPERIMENT_LIMITS.outputs),
  score,
  reused: z.boolean(),
});

export const savedOptimisationSchema = z.strictObject({
  evaluations: z.int().min(0),
  runs: z.int().min(0),
  feasibleFound: z.boolean(),
  /** The best first, then the runner-ups. */
  candidates: z.array(candidate).min(1).max(SAVED_OPTIMISATION_LIMITS.finalists),
  path: z.array(step).max(SAVED_OPTIMISATION_LIMITS.path).optional(),
});

export type SavedOptimisation = z.output<typeof savedOptimisationSchema>;

const keep = (x: number): number | null => (Number.isFinite(x) ? Number(x.toPrecision(7)) : null);
const ciOf = (i: Interval): [number | null, number | null, number | null] => [keep(i.mean), keep(i.ciLo), keep(i.ciHi)];

/** The optimisation's report and path as saved (the path left out when longer than the limit). */
export function saveOptimisation(report: OptimiseReport, path: readonly Evaluation[]): SavedOptimisation {
  return {
    evaluations: report.evaluations,
    runs: report.runs,
    feasibleFound: report.feasibleFound,
    candidates: [report.best, ...report.runnerUps].slice(0, SAVED_OPTIMISATION_LIMITS.finalists).map((c) => ({
      factors: c.values.map(keep),
      search: [keep(c.search.value), keep(c.search.violation)],
      objective: ciOf(c.objective),
      vsBest: ciOf(c.vsBest),
      indistinguishable: c.indistinguishable,
      constraints: c.constraints.map((k) => ({ mean: ciOf(k.mean), shareMet: k.shareMet })),
    })),
    ...(path.length <= SAVED_OPTIMISATION_LIMITS.path
      ? {
          path: path.map((e) => ({
            restart: e.restart,
            factors: e.values.map(keep),
            means: e.means.map(keep),
            score: [keep(e.score.value), keep(e.score.violation)],
            reused: e.reused,
          })),
        }
      : {}),
  };
}

/** Why a saved optimisation does not fit `plan` (field-named, under `experiment.results.optimisation`), or null. */
export function optimisationMismatch(saved: SavedOptimisation, plan: Plan): string | null {
  const spec = plan.experiment.optimise;
  const objective = spec ? resolveObjective(plan, spec) : null;
  if (!spec || !objective || Array.isArray(objective)) return 'the experiment has no optimisation';
  const k = plan.factors.length;
  for (const [i, c] of saved.candidates.entries()) {
    if (c.factors.length !== k) return `candidates[${i}].factors: must have ${k} value(s), one per factor`;
    if (c.constraints.length !== objective.constraints.length)
      return `candidates[${i}].constraints: must have ${objective.constraints.length} item(s), one per constraint`;
  }
  for (const [i, e] of (saved.path ?? []).entries()) {
    if (e.factors.length !== k) return `path[${i}].factors: must have ${k} value(s), one per factor`;
    if (e.means.length !== plan.outputs.length) return `path[${i}].means: must have ${plan.outputs.length} value(s), one per output`;
    if (e.restart >= spec.restarts) return `path[${i}].restart: must be < ${spec.restarts}`;
  }
  return null;
}

const num = (x: number | null, missing = NaN) => x ?? missing;
const scoreOf = ([value, violation]: readonly [number | null, number | null]): Score => ({ value: num(value, -Infinity), violation: num(violation, Infinity) });
const intervalOf = ([mean, ciLo, ciHi]: readonly [number | null, number | null, number | null], n: number): Interval => ({
  mean: num(mean),
  // the spread of single runs is not saved: only the interval of the mean is reported
  lo: NaN,
  hi: NaN,
  ciLo: num(ciLo),
  ciHi: num(ciHi),
  n,
});

/** The report and path to show, from a saved optimisation that `optimisationMismatch` accepted. */
export function restoreOptimisation(plan: Plan, saved: SavedOptimisation): { report: OptimiseReport; path: Evaluation[] } {
  const spec = plan.experiment.optimise!;
  const objective = resolveObjective(plan, spec);
  const constraints = Array.isArray(objective) ? [] : objective.constraints;
  const fresh = freshReplicates(plan, spec);
  const results = saved.candidates.map((c): FreshResult => ({
    values: c.factors.map((x) => num(x)),
    search: scoreOf(c.search),
    objective: intervalOf(c.objective, fresh.length),
    vsBest: intervalOf(c.vsBest, fresh.length),
    indistinguishable: c.indistinguishable,
    constraints: c.constraints.map((k, i) => ({
      name: constraints[i].name,
      mean: intervalOf(k.mean, fresh.length),
      min: constraints[i].min,
      max: constraints[i].max,
      shareMet: k.shareMet,
    })),
  }));
  const steps = new Map<number, number>();
  const path = (saved.path ?? []).map((e): Evaluation => {
    const step = steps.get(e.restart) ?? 0;
    steps.set(e.restart, step + 1);
    return { restart: e.restart, step, values: e.factors.map((x) => num(x)), means: e.means.map((x) => num(x)), score: scoreOf(e.score), reused: e.reused };
  });
  return {
    report: {
      evaluations: saved.evaluations,
      runs: saved.runs,
      searchReplicates: searchReplicates(plan),
      freshReplicates: fresh,
      best: results[0],
      runnerUps: results.slice(1),
      feasibleFound: saved.feasibleFound,
    },
    path,
  };
}
