// The experiment file, schema version 1: a base scenario, the factors to vary, a design that
// places points in the factors' space, replicates run on the same seeds at every point
// (common random numbers), and the outputs to record per run. Defined once with zod; the
// parsed object is fully defaulted. Limits protect the machine from an absurd or hostile file.
import { z } from 'zod';
// not the model's index nor scenario/schema.ts: the scenario schema embeds the experiment
// section below, and must not load the model to do so
import { MEASURES, SEGMENTS } from '../model/measures.ts';
import { LIMITS as SCENARIO_LIMITS } from '../scenario/spec/index.ts';

export const EXPERIMENT_SCHEMA_VERSION = 1;

export const EXPERIMENT_LIMITS = {
  factors: 20,
  /** Levels listed for one factor, and levels per factor in a sweep or factorial. */
  levels: 1000,
  /** Points of a Latin hypercube or Sobol sample. */
  points: 100_000,
  morrisTrajectories: 1000,
  morrisLevels: 100,
  outputs: 50,
  /** Design points × replicates: a cluster-sized experiment, still one that ends. */
  runs: 100_000,
  replicates: SCENARIO_LIMITS.replicates,
} as const;

/** Money flows per period, which can be discounted to the start of the run. */
export const MONEY_MEASURES = [
  'revenue',
  'cogs',
  'programmeCost',
  'recoveryCost',
  'personalisationCost',
  'onboardingCost',
  'acquisitionSpend',
  'strategyCost',
  'profit',
] as const;

/** `firms[0].programme`, `behaviour.offerRate`: the paths the scenario errors use. */
const PATH = /^[A-Za-z_]\w*(\[\d{1,3}\]|\.[A-Za-z_]\w*){0,6}$/;

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

const factor = z
  .strictObject({
    path: z.string().max(120).regex(PATH, 'must be a field path like firms[0].price or behaviour.offerRate'),
    range: z.strictObject({ from: finite, to: finite }).optional(),
    levels: z.array(finite).min(1).max(EXPERIMENT_LIMITS.levels).optional(),
    // for a lever: the period from which the setting wins over the scenario's scheduled
    // changes (scenario/leverSettings.ts); 0 = the whole run
    fromPeriod: z.int().min(0).max(SCENARIO_LIMITS.horizon).optional(),
  })
  .superRefine((f, ctx) => {
    if ((f.range === undefined) === (f.levels === undefined))
      ctx.addIssue({ code: 'custom', path: [], message: 'needs either a range {from, to} or a list of levels, not both' });
    if (f.range && !(f.range.from < f.range.to))
      ctx.addIssue({ code: 'custom', path: ['range', 'to'], message: 'must be greater than range.from (list one level to hold a value fixed)' });
  });

const count = (min: number, max: number) => z.int().min(min).max(max);

const design = z.discriminatedUnion('type', [
  // one factor; a range is cut into n evenly spaced levels, ends included
  z.strictObject({ type: z.literal('sweep'), n: count(2, EXPERIMENT_LIMITS.levels).optional() }),
  // every combination of every factor's levels; a range factor gets n levels
  z.strictObject({ type: z.literal('factorial'), n: count(2, EXPERIMENT_LIMITS.levels).default(3) }),
  z.strictObject({ type: z.literal('lhs'), n: count(1, EXPERIMENT_LIMITS.points) }),
  z.strictObject({ type: z.literal('sobol'), n: count(1, EXPERIMENT_LIMITS.points) }),
  // r trajectories on a grid of p levels per factor (Morris 1991; p even, Δ = p / (2(p − 1)))
  z.strictObject({
    type: z.literal('morris'),
    r: count(2, EXPERIMENT_LIMITS.morrisTrajectories),
    p: count(2, EXPERIMENT_LIMITS.morrisLevels)
      .default(4)
      .refine((p) => p % 2 === 0, 'must be even'),
  }),
]);

const output = z.strictObject({
  // a column name; made from the other fields when left out
  name: z
    .string()
    .regex(/^[A-Za-z_][\w.]{0,59}$/, 'must be a name of letters, digits, _ and . (up to 60)')
    .optional(),
  measure: z.enum(MEASURES),
  firm: z
    .int()
    .min(0)
    .max(SCENARIO_LIMITS.firms - 1)
    .default(0),
  segment: z.enum(SEGMENTS).default('all'),
  // periods from … to, both included; the whole run when left out
  window: z.strictObject({ from: z.int().min(0).max(SCENARIO_LIMITS.horizon), to: z.int().min(0).max(SCENARIO_LIMITS.horizon) }).optional(),
  statistic: z.enum(['mean', 'final', 'total']).default('mean'),
  // money at period t counts (1 + d)^−(t+1), d the scenario's discount rate per period
  discounted: z.boolean().default(false),
});

const outputName = z.string().max(60);

// `npm run optimise`: the best setting of the factors (each a range: its bounds) for one output,
// subject to bounds on others. The design is not used by the search.
const optimise = z.strictObject({
  objective: outputName,
  direction: z.enum(['maximise', 'minimise']).default('maximise'),
  // on the mean over the search's replicates; candidates are ranked by the feasibility rule
  // (experiment/objective.ts): any feasible one beats any infeasible one
  constraints: z
    .array(
      z
        .strictObject({ output: outputName, min: finite.optional(), max: finite.optional() })
        .refine((c) => c.min !== undefined || c.max !== undefined, 'needs min or max'),
    )
    .max(EXPERIMENT_LIMITS.outputs)
    .default([]),
  restarts: count(1, 20).default(3),
  // per restart; each evaluation runs every replicate
  evaluations: count(3, 5000).default(40),
  // replicates R … R + F − 1 (never seen by the search) on which the best is reported
  freshReplicates: count(2, EXPERIMENT_LIMITS.replicates).default(20),
  // the best candidates of the search re-run on the fresh replicates, to find the runner-ups
  finalists: count(1, 20).default(5),
});

/** What an experiment is, apart from its base scenario: shared by the file of its own and the
 *  section of a scenario file. */
const EXPERIMENT_FIELDS = {
  schemaVersion: z.literal(EXPERIMENT_SCHEMA_VERSION),
  title: z.string().max(200).default(''),
  description: z.string().max(4000).default(''),
  factors: z.array(factor).min(1).max(EXPERIMENT_LIMITS.factors),
  design,
  replicates: z.int().min(1).max(EXPERIMENT_LIMITS.replicates).default(10),
  // every run uses this seed; replicate r draws stream r at every design point
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  outputs: z.array(output).min(1).max(EXPERIMENT_LIMITS.outputs),
  optimise: optimise.optional(),
};

type Fields = z.output<z.ZodObject<typeof EXPERIMENT_FIELDS>>;

function checkExperiment(e: Fields, ctx: z.RefinementCtx): void {
  e.outputs.forEach((o, i) => {
    if (o.discounted && !(MONEY_MEASURES as readonly string[]).includes(o.measure))
      ctx.addIssue({ code: 'custom', path: ['outputs', i, 'discounted'], message: `only money can be discounted (${MONEY_MEASURES.join(', ')})` });
    if (o.window && o.window.from > o.window.to) ctx.addIssue({ code: 'custom', path: ['outputs', i, 'window', 'to'], message: 'must be ≥ window.from' });
  });
  if (e.design.type === 'sweep') {
    if (e.factors.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['design', 'type'],
        message: `a sweep varies one factor (there are ${e.factors.length}); use factorial, lhs or sobol`,
      });
    else if (e.factors[0].range && e.design.n === undefined)
      ctx.addIssue({ code: 'custom', path: ['design', 'n'], message: 'a sweep over a range needs n, the number of levels' });
  }
}

export const experimentSchema = z
  .strictObject({
    // a scenario, or the name of a scenario file relative to the experiment file
    base: z.union([
      z
        .string()
        .min(1)
        .max(200)
        .regex(/^[^\0:\\]+\.json$/, 'must be a relative file name ending in .json')
        .refine((p) => !p.startsWith('/'), 'must be relative to the experiment file'),
      z.record(z.string(), z.unknown()),
    ]),
    ...EXPERIMENT_FIELDS,
  })
  .superRefine(checkExperiment);

/** The optional `experiment` section of a scenario file: the same fields without `base` (the
 *  scenario around it is the base), with its own schemaVersion, so the section can change
 *  without the scenario's version changing. */
export const experimentSectionSchema = z
  .strictObject({
    ...EXPERIMENT_FIELDS,
    // the saved results summary and chosen charts (experiment/saved.ts); checked when read
    // against the plan, so a stale or bad summary is dropped without refusing the scenario
    results: z.unknown().optional(),
  })
  .superRefine(checkExperiment);

export type Experiment = z.output<typeof experimentSchema>;
export type ExperimentInput = z.input<typeof experimentSchema>;
export type Factor = Experiment['factors'][number];
export type Design = Experiment['design'];
export type Output = Experiment['outputs'][number];
export type OptimiseSpec = NonNullable<Experiment['optimise']>;
export type ExperimentSection = z.output<typeof experimentSectionSchema>;
export type ExperimentSectionInput = z.input<typeof experimentSectionSchema>;
