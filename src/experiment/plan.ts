// An experiment made concrete against its base scenario: factors checked against the fields
// they name, the design's points listed, the runs counted, the outputs named. Everything a
// run needs is in the plan, so any process (a worker thread, a shard on a cluster) that holds
// the same plan runs the same runs.
import { LEVER_BY_KEY, LEVER_KEYS, type LeverKey } from '../scenario/levers.ts';
import { applyLeverSettings, type LeverSetting } from '../scenario/leverSettings.ts';
import { parseScenarioValue } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import { designRandom, evenLevels, factorialPoints, factorialSize, latinHypercube, morrisPoints, sobolPoints, sweepPoints } from './designs/index.ts';
import { digestText } from './digest.ts';
import { resolveOutput, type ResolvedOutput } from './outputs.ts';
import { fieldValue, readPath, setField, type FieldPath } from './paths.ts';
import { EXPERIMENT_LIMITS, type Experiment, type Factor } from './schema.ts';

/** The columns every row starts with (run.ts writes them). */
export const ROW_START = ['experiment', 'run', 'point', 'replicate', 'seed'] as const;

export interface PlanFactor {
  /** The path as written, also the CSV column name. */
  path: string;
  keys: FieldPath;
  /** Set when the path is a firm's lever: it is applied as a setting from `fromPeriod` on. */
  lever: { firm: number; lever: LeverKey; fromPeriod: number } | null;
  /** Whole-number fields (population.size, …): values are rounded. */
  integer: boolean;
  range: { from: number; to: number } | null;
  levels: number[] | null;
}

export interface Plan {
  experiment: Experiment;
  /** The base scenario with the experiment's seed. */
  base: Scenario;
  factors: PlanFactor[];
  /** points[i][f]: the value of factor f at design point i. */
  points: number[][];
  /** The points in the unit cube, for samples (lhs, sobol, morris); null for grids. */
  unit: number[][] | null;
  replicates: number;
  runs: number;
  outputs: ResolvedOutput[];
  /** Identifies the experiment in every row, so parts of different experiments never merge. */
  digest: string;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; errors: string[] };

/** Fields an experiment sets itself, or on which the outputs' windows depend. */
const NOT_FACTORS: Record<string, string> = {
  schemaVersion: 'is not a model parameter',
  seed: 'every run uses the experiment\'s seed (set "seed" in the experiment)',
  replicates: 'set "replicates" in the experiment',
  horizon: "cannot be a factor: the outputs' windows are periods of the base horizon",
};

/** Probed through the schema: half a unit more than the current value is refused as not whole. */
function isWholeNumberField(base: Scenario, keys: FieldPath): boolean {
  const r = setField(base, keys, (fieldValue(base, keys) as number) + 0.5);
  return !r.ok && r.errors.some((e) => e.includes('whole number'));
}

function leverOf(keys: FieldPath): { firm: number; lever: LeverKey } | null {
  if (keys.length !== 3 || keys[0] !== 'firms' || typeof keys[1] !== 'number') return null;
  return (LEVER_KEYS as readonly unknown[]).includes(keys[2]) ? { firm: keys[1], lever: keys[2] as LeverKey } : null;
}

function resolveFactor(f: Factor, i: number, base: Scenario): PlanFactor | string[] {
  const at = `factors[${i}]`;
  const keys = readPath(f.path);
  if (!keys) return [`${at}.path: must be a field path like firms[0].price`];
  const top = String(keys[0]);
  if (keys.length === 1 && NOT_FACTORS[top]) return [`${at}.path: ${top} ${NOT_FACTORS[top]}`];
  if (typeof fieldValue(base, keys) !== 'number') return [`${at}.path: ${f.path} is not a numeric field of the base scenario`];
  const lever = leverOf(keys);
  if (f.fromPeriod !== undefined && !lever) return [`${at}.fromPeriod: only a firm's lever (firms[k].price, …) takes effect from a period`];
  const fromPeriod = f.fromPeriod ?? 0;
  if (fromPeriod >= base.horizon) return [`${at}.fromPeriod: must be < ${base.horizon}, the base horizon`];
  const integer = !lever && isWholeNumberField(base, keys);
  const factor: PlanFactor = { path: f.path, keys, lever: lever && { ...lever, fromPeriod }, integer, range: f.range ?? null, levels: f.levels ?? null };
  const where = f.range ? ['range.from', 'range.to'] : ['levels', 'levels'];
  const values = f.range ? [f.range.from, f.range.to] : f.levels!;
  if (integer && !values.every(Number.isInteger)) return [`${at}.${where[0]}: ${f.path} takes whole numbers`];
  // bounds are intervals: checking the extremes checks every value in between
  const ends = [Math.min(...values), Math.max(...values)];
  for (const [j, x] of ends.entries()) {
    if (lever) {
      const spec = LEVER_BY_KEY[lever.lever];
      if (!(x >= spec.min && x <= spec.max)) return [`${at}.${where[j]}: ${f.path} must be between ${spec.min} and ${spec.max} (got ${x})`];
      continue;
    }
    const r = applyFactors(base, [factor], [x]);
    if (!r.ok) return r.errors.map((e) => `${at}.${where[j]}: ${x} is out of bounds (${e})`);
  }
  return factor;
}

/** Unit-cube coordinate → factor value: a range is scaled, a list is cut into equal parts, and
 *  a whole-number range is a list of its whole numbers (each as likely; rounding would give the
 *  two ends half the chance of the others). */
function fromUnit(f: PlanFactor, u: number): number {
  if (f.levels) return f.levels[Math.min(f.levels.length - 1, Math.floor(u * f.levels.length))];
  const { from, to } = f.range!;
  return f.integer ? Math.min(to, from + Math.floor(u * (to - from + 1))) : inRange(from, to, u);
}

/** from + u·(to − from), held inside [from, to]: at u = 1 the sum can round past `to`
 *  (0.3 + (0.9 − 0.3) = 0.9000000000000001), and a field's bound may be exactly `to`. */
export function inRange(from: number, to: number, u: number): number {
  return Math.min(to, Math.max(from, from + u * (to - from)));
}

function gridLevels(f: PlanFactor, n: number): number[] {
  if (f.levels) return f.levels;
  const xs = evenLevels(f.range!.from, f.range!.to, n);
  return f.integer ? [...new Set(xs.map(Math.round))] : xs;
}

function countPoints(e: Experiment, factors: PlanFactor[]): number {
  const d = e.design;
  switch (d.type) {
    case 'sweep':
      return gridLevels(factors[0], d.n ?? 0).length;
    case 'factorial':
      return factorialSize(
        factors.map((f) => gridLevels(f, d.n)),
        EXPERIMENT_LIMITS.runs,
      );
    case 'lhs':
    case 'sobol':
      return d.n;
    case 'morris':
      return d.r * (factors.length + 1);
  }
}

function designPoints(e: Experiment, factors: PlanFactor[]): { points: number[][]; unit: number[][] | null } {
  const d = e.design;
  const k = factors.length;
  let unit: number[][];
  switch (d.type) {
    case 'sweep':
      return { points: sweepPoints(gridLevels(factors[0], d.n ?? 0)), unit: null };
    case 'factorial':
      return { points: factorialPoints(factors.map((f) => gridLevels(f, d.n))), unit: null };
    case 'lhs':
      unit = latinHypercube(d.n, k, designRandom(e.seed, 'lhs'));
      break;
    case 'sobol':
      unit = sobolPoints(d.n, k);
      break;
    case 'morris':
      unit = morrisPoints(d.r, k, d.p, designRandom(e.seed, 'morris'));
      break;
  }
  return { points: unit.map((u) => u.map((x, f) => fromUnit(factors[f], x))), unit };
}

export function planExperiment(e: Experiment, baseScenario: Scenario): PlanResult {
  const based = parseScenarioValue({ ...baseScenario, seed: e.seed, replicates: e.replicates });
  if (!based.ok) return { ok: false, errors: based.errors.map((x) => `base: ${x}`) };
  const base = based.scenario;
  const errors: string[] = [];
  const factors: PlanFactor[] = [];
  const seen = new Map<string, number>(); // field or lever → the factor that varies it
  e.factors.forEach((f, i) => {
    const r = resolveFactor(f, i, base);
    if (Array.isArray(r)) return errors.push(...r);
    const key = r.lever ? `lever ${r.lever.firm} ${r.lever.lever}` : r.keys.join('.');
    if (seen.has(key)) errors.push(`factors[${i}].path: ${f.path} is already factor ${seen.get(key)}`);
    seen.set(key, i);
    factors.push(r);
  });
  if (e.design.type === 'sweep' && e.factors[0]?.levels && e.design.n !== undefined) errors.push('design.n: the factor lists its levels; leave n out');
  const outputs = e.outputs.map((o) => resolveOutput(o, base.horizon));
  e.outputs.forEach((o, i) => {
    const k = base.firms.length;
    if (o.firm >= k) errors.push(`outputs[${i}].firm: must be < ${k} (the base scenario has ${k} firms)`);
    if (o.window && o.window.to >= base.horizon) errors.push(`outputs[${i}].window.to: must be < ${base.horizon}, the base horizon`);
    const first = outputs.findIndex((x) => x.name === outputs[i].name);
    if (first < i) errors.push(`outputs[${i}].name: "${outputs[i].name}" is also the name of outputs[${first}]`);
    // a column of the rows already: the CSV would have two columns of one name
    if ((ROW_START as readonly string[]).includes(outputs[i].name) || e.factors.some((f) => f.path === outputs[i].name))
      errors.push(`outputs[${i}].name: "${outputs[i].name}" is already a column (run, point, … or a factor)`);
  });
  if (errors.length) return { ok: false, errors };
  const points = countPoints(e, factors);
  const runs = points * e.replicates;
  if (runs > EXPERIMENT_LIMITS.runs)
    return {
      ok: false,
      errors: [
        `design: ${Number.isFinite(points) ? points.toLocaleString('en-US') : 'too many'} points × ${e.replicates} replicates ` +
          `is more than ${EXPERIMENT_LIMITS.runs.toLocaleString('en-US')} runs, the limit of one experiment`,
      ],
    };
  const design = designPoints(e, factors);
  const { base: _file, ...rest } = e;
  const digest = digestText(JSON.stringify(['loyalty-lab experiment 1', rest, base]));
  return { ok: true, plan: { experiment: e, base, factors, ...design, replicates: e.replicates, runs, outputs, digest } };
}

/** The base with every factor at its value: fields set by path, levers as settings. */
export function applyFactors(base: Scenario, factors: readonly PlanFactor[], values: readonly number[]) {
  let s = base;
  const settings: LeverSetting[] = [];
  for (const [i, f] of factors.entries()) {
    if (f.lever) settings.push({ ...f.lever, value: values[i] });
    else {
      const r = setField(s, f.keys, values[i]);
      if (!r.ok) return r;
      s = r.scenario;
    }
  }
  return settings.length ? parseScenarioValue(applyLeverSettings(s, settings)) : ({ ok: true, scenario: s, notices: [] } as const);
}

/** A design point whose factor values, each within bounds, make an invalid scenario together
 *  (e.g. every firm's initialShare at 0): bad input, found when the point is reached. */
export class PointError extends Error {
  override name = 'PointError';
}

/** The scenario of design point i. */
export function pointScenario(plan: Plan, point: number): Scenario {
  const r = applyFactors(plan.base, plan.factors, plan.points[point]);
  if (!r.ok)
    throw new PointError(`design point ${point} (${plan.factors.map((f, i) => `${f.path}=${plan.points[point][i]}`).join(', ')}): ${r.errors.join('; ')}`);
  return r.scenario;
}
