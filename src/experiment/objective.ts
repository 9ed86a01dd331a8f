// What the optimiser compares: a candidate's objective (an output's mean over the replicates)
// and how far it breaks the constraints. The rule, stated plainly (Deb 2000's feasibility
// rule): a candidate that meets every constraint beats one that does not; two feasible ones
// compare by the objective; two infeasible ones by their total violation, each constraint's
// shortfall counted relative to its bound (retention 0.80 against ≥ 0.85 is 0.059). No
// penalty weight to tune, and no objective, however large, buys a broken constraint.
import type { Plan } from './plan.ts';
import { EXPERIMENT_LIMITS, type OptimiseSpec } from './schema.ts';

export interface ResolvedObjective {
  output: number;
  /** +1 to maximise, −1 to minimise. */
  sign: number;
  constraints: { output: number; name: string; min: number | null; max: number | null }[];
}

export interface Score {
  /** The objective's mean, signed so that larger is better. */
  value: number;
  /** 0 when every constraint holds. */
  violation: number;
}

/** Output names → indices; errors name the field of the experiment. */
export function resolveObjective(plan: Plan, spec: OptimiseSpec): ResolvedObjective | string[] {
  const names = plan.outputs.map((o) => o.name);
  const errors: string[] = [];
  const find = (name: string, at: string) => {
    const i = names.indexOf(name);
    if (i < 0) errors.push(`${at}: "${name}" is not one of the outputs (${names.join(', ')})`);
    return i;
  };
  const output = find(spec.objective, 'optimise.objective');
  const constraints = spec.constraints.map((c, i) => {
    if (c.min !== undefined && c.max !== undefined && c.min > c.max) errors.push(`optimise.constraints[${i}].max: must be ≥ min`);
    return { output: find(c.output, `optimise.constraints[${i}].output`), name: c.output, min: c.min ?? null, max: c.max ?? null };
  });
  plan.factors.forEach((f, i) => {
    if (!f.range) errors.push(`factors[${i}]: the optimiser searches a range; give ${f.path} a range {from, to} instead of levels`);
  });
  // the most runs the search can make: the same limit as any experiment's
  const runs = spec.restarts * spec.evaluations * plan.replicates + spec.finalists * spec.freshReplicates;
  if (runs > EXPERIMENT_LIMITS.runs)
    errors.push(
      `optimise: ${spec.restarts} restarts × ${spec.evaluations} evaluations × ${plan.replicates} replicates + ${spec.finalists} finalists × ${spec.freshReplicates} fresh replicates ` +
        `is up to ${runs.toLocaleString('en-US')} runs, more than ${EXPERIMENT_LIMITS.runs.toLocaleString('en-US')}, the limit of one experiment`,
    );
  return errors.length ? errors : { output, sign: spec.direction === 'maximise' ? 1 : -1, constraints };
}

/** Relative shortfall of a value against a bound (absolute when the bound is 0). */
const shortfall = (gap: number, bound: number) => (gap > 0 ? gap / (bound === 0 ? 1 : Math.abs(bound)) : 0);

/** means[j]: output j's mean over the replicates. A NaN objective or constraint (a measure
 *  never defined, e.g. the retention of a firm that lost every customer) counts as infeasible. */
export function scoreOf(o: ResolvedObjective, means: ArrayLike<number>): Score {
  let violation = 0;
  for (const c of o.constraints) {
    const x = means[c.output];
    if (!Number.isFinite(x)) violation += 1;
    else {
      if (c.min !== null) violation += shortfall(c.min - x, c.min);
      if (c.max !== null) violation += shortfall(x - c.max, c.max);
    }
  }
  const value = o.sign * means[o.output];
  return Number.isFinite(value) ? { value, violation } : { value: -Infinity, violation: violation + 1 };
}

/** < 0 when a is the better candidate. */
export function compareScores(a: Score, b: Score): number {
  if (a.violation !== b.violation && (a.violation > 0 || b.violation > 0)) return a.violation - b.violation;
  return a.value === b.value ? 0 : a.value > b.value ? -1 : 1;
}
