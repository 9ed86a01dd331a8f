// The results summary saved with an experiment section (issue #10): per design point and
// output the mean and the 90% interval of single runs, the best points of an optimisation,
// and the charts the user chose. Summaries only, never runs, so a share link stays small.
// It is read leniently: a stale, malformed or oversized summary is dropped with a notice that
// names the field, and the scenario and its experiment load as they are.
import { z } from 'zod';
import type { PointSummary } from './analysis.ts';
import { EXPERIMENT_LIMITS } from './schema.ts';
import type { Plan } from './plan.ts';

export const SAVED_LIMITS = {
  /** Design points kept in a saved summary (no list in a scenario file may be longer); a
   *  larger experiment is saved without results. */
  points: 1000,
  /** Characters of the summary as JSON: what a share link can carry comfortably. */
  chars: 200_000,
  best: 20,
} as const;

// JSON has no NaN: a missing value (too few replicates) is saved as null
const value = z.number().refine(Number.isFinite, 'must be a finite number').nullable();

const charts = z
  .strictObject({
    /** Output shown on the response curve and for the break-even. */
    curveOutput: z
      .int()
      .min(0)
      .max(EXPERIMENT_LIMITS.outputs - 1)
      .optional(),
    breakEvenLevel: value.optional(),
    heatmapOutput: z
      .int()
      .min(0)
      .max(EXPERIMENT_LIMITS.outputs - 1)
      .optional(),
    tornadoOutput: z
      .int()
      .min(0)
      .max(EXPERIMENT_LIMITS.outputs - 1)
      .optional(),
  })
  .default({});

export const savedResultsSchema = z
  .strictObject({
    /** The plan's digest (experiment and base): results of another plan are stale. */
    fingerprint: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits'),
    points: z
      .array(
        z.strictObject({
          factors: z.array(value).max(EXPERIMENT_LIMITS.factors),
          /** Per output: [mean, 5th percentile, 95th percentile]. */
          outputs: z.array(z.tuple([value, value, value])).max(EXPERIMENT_LIMITS.outputs),
        }),
      )
      .max(SAVED_LIMITS.points),
    /** Optimisation: the best point first, then the runner-ups (indices into points). */
    best: z.array(z.int().min(0)).max(SAVED_LIMITS.best).optional(),
    charts,
  })
  .superRefine((r, ctx) => {
    r.best?.forEach((b, i) => {
      if (b >= r.points.length) ctx.addIssue({ code: 'custom', path: ['best', i], message: `must name one of the ${r.points.length} points` });
    });
  });

export type SavedResults = z.output<typeof savedResultsSchema>;
export type SavedCharts = SavedResults['charts'];

const keep = (x: number): number | null => (Number.isFinite(x) ? Number(x.toPrecision(7)) : null);

/** The summary to save for `plan`'s results, or null when it would be too large to carry. */
export function summariseForSaving(plan: Plan, points: readonly PointSummary[], chosen: SavedCharts = {}, best?: readonly number[]): SavedResults | null {
  if (points.length > SAVED_LIMITS.points) return null;
  const r: SavedResults = {
    fingerprint: plan.digest,
    points: points.map((p) => ({ factors: p.factors.map(keep), outputs: p.outputs.map((o) => [keep(o.mean), keep(o.lo), keep(o.hi)]) })),
    ...(best ? { best: best.slice(0, SAVED_LIMITS.best) } : {}),
    charts: chosen,
  };
  return JSON.stringify(r).length > SAVED_LIMITS.chars ? null : r;
}

export type SavedRead = { ok: true; results: SavedResults } | { ok: false; notice: string };

/** The saved summary of a section, if it still belongs to `plan`; otherwise why it was dropped
 *  (field-named, as the scenario errors are). */
export function readSavedResults(saved: unknown, plan: Plan): SavedRead {
  if (saved === undefined) return { ok: false, notice: '' };
  let chars: number;
  try {
    chars = JSON.stringify(saved).length;
  } catch {
    return { ok: false, notice: 'experiment.results: not plain data; the saved results were dropped' };
  }
  if (chars > SAVED_LIMITS.chars)
    return { ok: false, notice: `experiment.results: larger than ${SAVED_LIMITS.chars.toLocaleString('en-US')} characters; the saved results were dropped` };
  const r = savedResultsSchema.safeParse(saved);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue.path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : `${s}.${String(k)}`), 'experiment.results');
    return { ok: false, notice: `${path}: ${issue.message}; the saved results were dropped` };
  }
  if (r.data.fingerprint !== plan.digest)
    return { ok: false, notice: 'experiment.results: saved for a different experiment or base scenario; run it again for results' };
  if (r.data.points.length !== plan.points.length || r.data.points.some((p) => p.outputs.length !== plan.outputs.length))
    return { ok: false, notice: 'experiment.results: does not match the design points and outputs; run it again for results' };
  return { ok: true, results: r.data };
}
