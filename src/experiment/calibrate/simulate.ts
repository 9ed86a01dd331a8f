// A calibration's view of the model: the fitted parameters set on the base scenario (through
// the experiment plan, so paths, bounds and whole-number fields are checked as in any
// experiment), each replicate run up to the last observed period, and the simulated value of
// every target read off as it passes. The loss is a weighted RMSE of the misses in units of
// each target's scale.
import { createSimulation, valueOf, type Engine } from '../../model/index.ts';
import { applyFactors, PointError, type Plan } from '../plan.ts';
import { TARGET_KINDS } from './kinds.ts';
import type { Target } from './targets.ts';

export interface FitTarget extends Target {
  /** Held out of the fit (the last part of its series), reported separately. */
  holdout: boolean;
}

export interface CalibrationContext {
  /** Factors = the free parameters (each a range); base = the scenario with the run's seed. */
  plan: Plan;
  targets: FitTarget[];
  replicates: number;
  restarts: number;
  /** Per restart. */
  evaluations: number;
  bootstrap: number;
  engine: Engine;
  /** Told after every model run (set where the work runs, never sent: a function does not
   *  cross to a worker). */
  onRun?: () => void;
}

/** sims[r][i]: target i on replicate `replicates[r]` at these parameter values. */
export function simulateTargets(
  ctx: Pick<CalibrationContext, 'plan' | 'targets' | 'engine' | 'onRun'>,
  values: readonly number[],
  replicates: readonly number[],
): Float64Array[] {
  const { plan, targets } = ctx;
  const r = applyFactors(plan.base, plan.factors, values);
  if (!r.ok) throw new PointError(`parameters (${plan.factors.map((f, i) => `${f.path}=${values[i]}`).join(', ')}): ${r.errors.join('; ')}`);
  const last = Math.max(...targets.map((t) => t.period));
  const byPeriod = new Map<number, number[]>();
  targets.forEach((t, i) => byPeriod.set(t.period, [...(byPeriod.get(t.period) ?? []), i]));
  return replicates.map((rep) => {
    const sim = createSimulation(r.scenario, rep, ctx.engine);
    const out = new Float64Array(targets.length);
    for (let t = 0; t <= last; t++) {
      const summary = sim.step();
      for (const i of byPeriod.get(t) ?? []) out[i] = valueOf(summary, targets[i].firm, TARGET_KINDS[targets[i].kind].measure);
    }
    ctx.onRun?.();
    return out;
  });
}

/** Each target's mean over replicates, replicate r counted `counts[r]` times (a bootstrap
 *  resample) or once. */
export function targetMeans(sims: readonly Float64Array[], counts?: readonly number[]): Float64Array {
  const n = sims[0]?.length ?? 0;
  const sum = new Float64Array(n);
  let total = 0;
  sims.forEach((x, r) => {
    const c = counts ? counts[r] : 1;
    total += c;
    for (let i = 0; i < n; i++) sum[i] += c * x[i];
  });
  return sum.map((s) => s / total);
}

/** A simulated value the model cannot give (the retention of a firm with no customers left)
 *  counts as a miss of this many scales. */
export const MISSING_MISS = 10;

/** Weighted RMSE in scale units over the targets `use` selects; `observed` may replace the
 *  targets' values (a bootstrap's resampled data). */
export function lossOf(targets: readonly FitTarget[], means: ArrayLike<number>, use: (t: FitTarget) => boolean, observed?: ArrayLike<number>): number {
  let sum = 0;
  let weights = 0;
  targets.forEach((t, i) => {
    if (!use(t) || t.weight === 0) return;
    const o = observed ? observed[i] : t.value;
    const miss = Number.isFinite(means[i]) ? (means[i] - o) / t.scale : MISSING_MISS;
    sum += t.weight * miss * miss;
    weights += t.weight;
  });
  return weights > 0 ? Math.sqrt(sum / weights) : NaN;
}

export const inFit = (t: FitTarget) => !t.holdout;
export const inHoldout = (t: FitTarget) => t.holdout;

/** Marks the last `fraction` of each series (kind × firm, by period) as held out; a series
 *  keeps at least one point in the fit. */
export function holdOut(targets: readonly Target[], fraction: number): FitTarget[] {
  const series = new Map<string, Target[]>();
  for (const t of targets) series.set(`${t.kind} ${t.firm}`, [...(series.get(`${t.kind} ${t.firm}`) ?? []), t]);
  const held = new Set<Target>();
  for (const s of series.values()) {
    const sorted = [...s].sort((a, b) => a.period - b.period);
    const n = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length));
    for (const t of sorted.slice(sorted.length - Math.max(0, n))) held.add(t);
  }
  return targets.map((t) => ({ ...t, holdout: held.has(t) }));
}
