// The optional `calibration` section of a scenario: how its values were fitted to observed data
// (the targets, the free parameters with their bounds, the settings) and what the fit report
// said (fitted values with their uncertainty and flags, the loss in and out of sample,
// observed against simulated per target). Written by the app's Calibration view; a scenario
// without it is unchanged, so it does not bump the scenario's schemaVersion: the section has
// a version of its own. Numbers a fit may not have (a held-out loss without a hold-out, the
// simulated value of a firm with no customers left) are null, as JSON writes NaN.
import { z } from 'zod';
import { KIND_NAMES } from '../experiment/calibrate/kinds.ts';

export const CALIBRATION_VERSION = 1;
/** Targets a saved calibration holds: the longest list a scenario file may have. */
export const MAX_SAVED_TARGETS = 1000;
const MAX_PARAMETERS = 20;

const finite = z.number();
const maybe = z.number().nullable();
const kind = z.enum(KIND_NAMES);
const firm = z.int().min(0).max(99);
const period = z.int().min(0).max(100_000);
const FLAGS = ['flat', 'at-lower-bound', 'at-upper-bound', 'wide'] as const;

const target = z.strictObject({ kind, firm, period, value: finite, weight: z.number().min(0).max(1e6), scale: z.number().gt(0).max(1e6) });

const parameter = z.strictObject({
  path: z.string().min(1).max(120),
  from: finite,
  to: finite,
  start: finite,
  value: finite,
  sd: z.number().min(0),
  interval: z.tuple([finite, finite]),
  profileRise: maybe,
  flags: z.array(z.enum(FLAGS)).max(FLAGS.length),
  /** Whether the fitted value was written into the scenario (a parameter the data do not
   *  identify keeps the scenario's value). */
  written: z.boolean(),
});

const series = z.strictObject({ kind, firm, fitPoints: z.int().min(0), holdoutPoints: z.int().min(0), rmseFit: maybe, rmseHoldout: maybe });

const row = z.strictObject({ set: z.enum(['fit', 'holdout']), simulated: maybe, lo: maybe, hi: maybe });

export const calibrationSectionSchema = z
  .strictObject({
    version: z.literal(CALIBRATION_VERSION),
    targets: z.array(target).min(1).max(MAX_SAVED_TARGETS),
    holdout: z.number().min(0).lt(1),
    settings: z.strictObject({
      replicates: z.int().min(2).max(1000),
      restarts: z.int().min(1).max(20),
      evaluations: z.int().min(3).max(5000),
      bootstrap: z.int().min(2).max(200),
      seed: z
        .int()
        .min(0)
        .max(2 ** 32 - 1),
    }),
    parameters: z.array(parameter).min(1).max(MAX_PARAMETERS),
    loss: z.strictObject({ fit: maybe, holdout: maybe, noise: maybe, flatThreshold: maybe }),
    series: z.array(series).max(MAX_SAVED_TARGETS),
    /** One per target, in the same order: the fit at that observation. */
    rows: z.array(row).max(MAX_SAVED_TARGETS),
  })
  .superRefine((c, ctx) => {
    if (c.rows.length !== c.targets.length)
      ctx.addIssue({ code: 'custom', path: ['rows'], message: `must have one row per target (${c.targets.length}), not ${c.rows.length}` });
    c.parameters.forEach((p, i) => {
      if (!(p.from < p.to)) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'to'], message: 'must be greater than from' });
    });
  })
  .meta({
    description:
      "Optional: how this scenario was calibrated to observed data (targets, free parameters and settings) and the fit report (fitted values with uncertainty and flags, loss in and out of sample, observed against simulated per target). Written by the app's Calibration view; versioned on its own.",
  });

export type CalibrationSection = z.output<typeof calibrationSectionSchema>;
