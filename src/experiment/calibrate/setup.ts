// A calibration made concrete: the free parameters (`--fit 'behaviour.offerRate=0.01:0.3'`)
// checked against the scenario through the experiment planner (paths, bounds, whole numbers,
// as for any experiment's factors), the targets against its horizon and firms, the hold-out
// marked. Errors name the option or the line of the targets file.
import { periodsPerYear, type Engine } from '../../model/index.ts';
import { LEVER_KEYS } from '../../scenario/levers.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { planExperiment } from '../plan.ts';
import { EXPERIMENT_LIMITS, experimentSchema } from '../schema.ts';
import { bootstrapRefit, fitRestart, fitRuns, profile, PROFILE_POINTS } from './fit.ts';
import { reportFit, type FitReport } from './report.ts';
import { holdOut, type CalibrationContext } from './simulate.ts';
import type { Target } from './targets.ts';

export interface FreeParameter {
  /** As given on the command line, for messages. */
  text: string;
  path: string;
  from: number;
  to: number;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?$/;

/** `behaviour.offerRate=0.01:0.3` → a free parameter, or why not. */
export function parseFit(text: string): FreeParameter | string {
  const m = /^([^=]{1,120})=([^:]{1,40}):([^:]{1,40})$/.exec(text.trim());
  if (!m) return `--fit '${text.slice(0, 60)}': expected PATH=FROM:TO, e.g. behaviour.offerRate=0.01:0.3`;
  const [from, to] = [m[2].trim(), m[3].trim()];
  if (!NUMBER.test(from) || !NUMBER.test(to) || !Number.isFinite(Number(from)) || !Number.isFinite(Number(to)))
    return `--fit '${text.slice(0, 60)}': the bounds must be finite numbers`;
  if (!(Number(from) < Number(to))) return `--fit '${text.slice(0, 60)}': FROM must be less than TO`;
  return { text, path: m[1].trim(), from: Number(from), to: Number(to) };
}

export interface CalibrationOptions {
  replicates: number;
  seed: number;
  holdout: number;
  restarts: number;
  evaluations: number;
  bootstrap: number;
  engine: Engine;
}

export function setupCalibration(
  scenario: Scenario,
  targets: readonly Target[],
  fits: readonly FreeParameter[],
  o: CalibrationOptions,
  /** How a message names a free parameter: the option on the command line, the field in the app. */
  name: (f: FreeParameter) => string = (f) => `--fit '${f.text}'`,
): { ok: true; ctx: CalibrationContext } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  fits.forEach((f, i) => {
    if (/^firms\[\d+\]\.[A-Za-z]+$/.test(f.path) && (LEVER_KEYS as readonly string[]).includes(f.path.split('.')[1]))
      errors.push(
        `${name(f)}: ${f.path} is a firm's strategy lever, a decision you know, not a property of the market to estimate (fit behaviour.*, market.* or population.* fields)`,
      );
    const j = fits.findIndex((g) => g.path === f.path);
    if (j < i) errors.push(`${name(f)}: ${f.path} is fitted twice`);
  });
  for (const t of targets) {
    if (t.kind === 'retentionbyband') {
      if (scenario.horizon <= periodsPerYear(scenario))
        errors.push(
          `targets line ${t.line}, column kind: retention by satisfaction band follows customers for a year, and the scenario's horizon (${scenario.horizon} periods) is not longer than a year (${periodsPerYear(scenario)} periods)`,
        );
    } else if (t.kind === 'survival') {
      if (t.period >= scenario.horizon)
        errors.push(
          `targets line ${t.line}, column period: age ${t.period} is past what a run of ${scenario.horizon} periods can show (ages 1 … ${scenario.horizon - 1})`,
        );
    } else if (t.period >= scenario.horizon)
      errors.push(`targets line ${t.line}, column period: ${t.period} is past the scenario's horizon (periods 0 … ${scenario.horizon - 1})`);
    if (t.firm >= scenario.firms.length)
      errors.push(`targets line ${t.line}, column firm: the scenario has ${scenario.firms.length} firms (0 … ${scenario.firms.length - 1})`);
  }
  // a bootstrap refit also runs the replicates at the fit and its own data's realisation
  const runs = o.restarts * o.evaluations * o.replicates + o.bootstrap * ((o.evaluations + 1) * o.replicates + 1) + fits.length * PROFILE_POINTS * o.replicates;
  if (runs > EXPERIMENT_LIMITS.runs)
    errors.push(
      `--restarts, --bootstrap, --evaluations, --reps: up to ${runs.toLocaleString('en-US')} runs, more than ${EXPERIMENT_LIMITS.runs.toLocaleString('en-US')}, the limit of one experiment`,
    );
  if (errors.length) return { ok: false, errors };
  const e = experimentSchema.safeParse({
    schemaVersion: 1,
    base: {},
    factors: fits.map((f) => ({ path: f.path, range: { from: f.from, to: f.to } })),
    design: { type: 'lhs', n: 1 },
    replicates: o.replicates,
    seed: o.seed,
    outputs: [{ measure: 'customers' }],
  });
  if (!e.success) return { ok: false, errors: e.error.issues.map((x) => `--fit: ${x.path.join('.')}: ${x.message}`) };
  const planned = planExperiment(e.data, scenario);
  if (!planned.ok)
    return {
      ok: false,
      errors: planned.errors.map((x) => x.replace(/^factors\[(\d+)\](\.[\w.]+)?:/, (_, i: string) => `${name(fits[Number(i)])}:`)),
    };
  return {
    ok: true,
    ctx: {
      plan: planned.plan,
      targets: holdOut(targets, o.holdout),
      replicates: o.replicates,
      restarts: o.restarts,
      evaluations: o.evaluations,
      bootstrap: o.bootstrap,
      engine: o.engine,
    },
  };
}

/** The whole calibration on this thread (the CLI spreads its parts over workers). */
export function calibrate(ctx: CalibrationContext): FitReport {
  const restarts = Array.from({ length: ctx.restarts }, (_, i) => fitRestart(ctx, i));
  const best = restarts.reduce((a, b) => (b.loss < a.loss ? b : a));
  const runs = fitRuns(ctx, best.values);
  const bootstrap = Array.from({ length: ctx.bootstrap }, (_, b) => bootstrapRefit(ctx, best.values, b, best.start));
  const profiles = ctx.plan.factors.map((_, j) => profile(ctx, best.values, j));
  return reportFit(ctx, restarts, runs, bootstrap, profiles);
}
