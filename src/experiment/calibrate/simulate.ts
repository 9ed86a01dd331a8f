// A calibration's view of the model: the fitted parameters set on the base scenario (through
// the experiment plan, so paths, bounds and whole-number fields are checked as in any
// experiment), each replicate run up to the last observed period, and the simulated value of
// every target read off as it passes. Cohort targets (survival, retention by satisfaction band)
// are read at the end of the run from the cohort counts, which are kept only when such a target
// is present; their curves come from the cohort chart's functions, so chart and fit agree. The loss is a weighted RMSE of the misses in units of
// each target's scale.
import { cohortCurves, createSimulation, valueOf, type CohortPeriod, type Engine, type Measure, type PeriodSummary } from '../../model/index.ts';
import { satisfactionRetention, survival } from '../../ui/series/cohorts.ts';
import { applyFactors, PointError, type Plan } from '../plan.ts';
import { needsCohorts, TARGET_KINDS } from './kinds.ts';
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
  const cohorts = needsCohorts(targets.map((t) => t.kind));
  // a cohort target's period is an age or a band: its value needs the whole run
  const last = cohorts ? r.scenario.horizon - 1 : Math.max(...targets.map((t) => t.period));
  const byPeriod = new Map<number, number[]>();
  targets.forEach((t, i) => {
    if (TARGET_KINDS[t.kind].measure !== null) byPeriod.set(t.period, [...(byPeriod.get(t.period) ?? []), i]);
  });
  return replicates.map((rep) => {
    const sim = createSimulation(r.scenario, rep, ctx.engine, { cohorts });
    const out = new Float64Array(targets.length);
    const kept: PeriodSummary[] = [];
    for (let t = 0; t <= last; t++) {
      const summary = sim.step();
      if (cohorts) kept.push(summary);
      for (const i of byPeriod.get(t) ?? []) out[i] = valueOf(summary, targets[i].firm, TARGET_KINDS[targets[i].kind].measure as Measure);
    }
    if (cohorts) readCohortTargets(targets, kept, out);
    ctx.onRun?.();
    return out;
  });
}

/** Survival at each age and retention by band, per firm, into `out` (NaN where the run has no
 *  customer to tell: a firm that acquired no one, an empty band). */
function readCohortTargets(targets: readonly Target[], summaries: readonly PeriodSummary[], out: Float64Array): void {
  const counts = summaries.flatMap((s) => (s.cohorts ? [s.cohorts] : [])) as CohortPeriod[];
  const curves = cohortCurves(counts).filter((c) => c.period >= 0);
  const survivalOf = new Map<number, number[]>();
  const bandsOf = new Map<number, ReturnType<typeof satisfactionRetention>>();
  targets.forEach((t, i) => {
    if (t.kind === 'survival') {
      if (!survivalOf.has(t.firm)) survivalOf.set(t.firm, survival(curves.filter((c) => c.firm === t.firm)));
      out[i] = survivalOf.get(t.firm)![t.period - 1] ?? NaN;
    } else if (t.kind === 'retentionbyband') {
      if (!bandsOf.has(t.firm)) bandsOf.set(t.firm, satisfactionRetention(summaries, t.firm));
      const bin = bandsOf.get(t.firm)![t.period];
      out[i] = bin && bin.count > 0 ? bin.share : NaN;
    }
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
