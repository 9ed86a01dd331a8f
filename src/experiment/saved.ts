// The results summary saved with an experiment section (issue #10): per design point and
// output the mean and the 90% interval of single runs, an optimisation's best settings with
// its runner-ups and search path (experiment/savedOptimisation.ts), and the charts the user
// chose. Summaries only, never runs, so a share link stays small.
// It is read leniently: a stale, malformed or oversized summary is dropped with a notice that
// names the field, and the scenario and its experiment load as they are.
import { z } from 'zod';
import type { PointSummary } from './analysis.ts';
import { EXPERIMENT_LIMITS } from './schema.ts';
import type { Plan } from './plan.ts';
import { formatIssues } from '../scenario/errors.ts';
import { optimisationMismatch, savedOptimisationSchema, type SavedOptimisation } from './savedOptimisation.ts';

export const SAVED_LIMITS = {
  /** Design points kept in a saved summary (no list in a scenario file may be longer); a
   *  larger experiment is saved without results. */
  points: 1000,
  /** Characters of the summary as JSON: what a share link can carry comfortably. */
  chars: 200_000,
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

export const savedResultsSchema = z.strictObject({
  /** The plan's digest (experiment and base): results of another plan are stale. */
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits'),
  /** Every design point in order, or none (the design was not run, or is too large to carry). */
  points: z
    .array(
      z.strictObject({
        factors: z.array(value).max(EXPERIMENT_LIMITS.factors),
        /** Per output: [mean, 5th percentile, 95th percentile]. */
        outputs: z.array(z.tuple([value, value, value])).max(EXPERIMENT_LIMITS.outputs),
      }),
    )
    .max(SAVED_LIMITS.points),
  /** The last optimisation's best settings, runner-ups and (when it fits) path. */
  optimisation: savedOptimisationSchema.optional(),
  charts,
});

export type SavedResults = z.output<typeof savedResultsSchema>;
export type SavedCharts = SavedResults['charts'];

const keep = (x: number): number | null => (Number.isFinite(x) ? Number(x.toPrecision(7)) : null);

/** The summary to save for `plan`: the design points' results (left out when there are more
 *  than the limit), an optimisation's (its path left out when the whole would be too large to
 *  carry), the charts chosen; null when nothing fits or there is nothing to save. */
export function summariseForSaving(
  plan: Plan,
  points: readonly PointSummary[],
  chosen: SavedCharts = {},
  optimisation?: SavedOptimisation,
): SavedResults | null {
  const kept = points.length > SAVED_LIMITS.points ? [] : points;
  if (!kept.length && !optimisation) return null;
  const r: SavedResults = {
    fingerprint: plan.digest,
    points: kept.map((p) => ({ factors: p.factors.map(keep), outputs: p.outputs.map((o) => [keep(o.mean), keep(o.lo), keep(o.hi)]) })),
    ...(optimisation ? { optimisation } : {}),
    charts: chosen,
  };
  const fits = (x: SavedResults) => JSON.stringify(x).length <= SAVED_LIMITS.chars;
  if (fits(r)) return r;
  // the search path is the first thing to go, then the design points
  const { path: _path, ...withoutPath } = optimisation ?? {};
  const smaller: SavedResults[] = optimisation
    ? [
        { ...r, optimisation: withoutPath as SavedOptimisation },
        { ...r, points: [], optimisation: withoutPath as SavedOptimisation },
      ]
    : [];
  return smaller.find(fits) ?? null;
}

/** The design points of a saved summary as point summaries (n = 0 where it holds none), to
 *  draw as the live ones are drawn. */
export function savedPoints(plan: Plan, saved: SavedResults): PointSummary[] {
  const n = plan.replicates;
  const v = (x: number | null) => x ?? NaN;
  const none = () => ({ mean: NaN, lo: NaN, hi: NaN, ciLo: NaN, ciHi: NaN, n: 0 });
  if (!saved.points.length) return plan.points.map((factors, point) => ({ point, factors, outputs: plan.outputs.map(none), vsFirst: plan.outputs.map(none) }));
  const first = saved.points[0].outputs.map(([mean]) => v(mean));
  return saved.points.map((p, point) => ({
    point,
    factors: p.factors.map(v),
    outputs: p.outputs.map(([mean, lo, hi]) => ({ mean: v(mean), lo: v(lo), hi: v(hi), ciLo: NaN, ciHi: NaN, n })),
    // the break-even against the first level reads the mean of the paired differences from it:
    // with every replicate in, that is the difference of the means (its interval is not saved)
    vsFirst: p.outputs.map(([mean], j) => ({ ...none(), mean: v(mean) - first[j], n })),
  }));
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
  if (!r.success) return { ok: false, notice: `experiment.results${withoutRoot(formatIssues(r.error.issues, 1)[0])}; the saved results were dropped` };
  if (r.data.fingerprint !== plan.digest)
    return { ok: false, notice: 'experiment.results: saved for a different experiment or base scenario; run it again for results' };
  if ((r.data.points.length && r.data.points.length !== plan.points.length) || r.data.points.some((p) => p.outputs.length !== plan.outputs.length))
    return { ok: false, notice: 'experiment.results: does not match the design points and outputs; run it again for results' };
  const mismatch = r.data.optimisation ? optimisationMismatch(r.data.optimisation, plan) : null;
  if (mismatch) return { ok: false, notice: `experiment.results.optimisation${mismatch.startsWith('the ') ? ': ' : '.'}${mismatch}; run it again for results` };
  return { ok: true, results: r.data };
}

/** `points[0].outputs: …` → `.points[0].outputs: …`, `(root): …` → `: …`, to follow `experiment.results`. */
function withoutRoot(line: string): string {
  return line.startsWith('(root)') ? line.slice('(root)'.length) : line.startsWith('[') ? line : `.${line}`;
}
