// The saved results summary (experiment/saved.ts) as a CSV: one row per design point × output,
// then one per optimisation finalist × objective and constraint, so a summary opened from a
// share link (which carries no runs) can still go into a spreadsheet. Written with the shared
// writer (io/csv.ts): names from a stranger's file cannot run as spreadsheet formulas.
import type { Plan } from './plan.ts';
import type { SavedResults } from './saved.ts';
import { csvLine } from '../io/csv.ts';

/** `interval` column: where the middle 90% of single runs fall (a design point), or the 90%
 *  confidence interval of the mean on the fresh replicates (an optimisation finalist). */
export const SUMMARY_INTERVALS = { runs: 'runs_90', mean: 'mean_ci_90' } as const;
/** `role` column of a finalist: the best, a runner-up the fresh replicates cannot tell from it,
 *  or one they can (worse). Empty for a design point. */
export const SUMMARY_ROLES = { best: 'best', runnerUp: 'runner-up', worse: 'worse' } as const;

export function summaryHeader(plan: Plan): string[] {
  return ['experiment', 'source', 'point', 'role', ...plan.factors.map((f) => f.path), 'output', 'mean', 'lo', 'hi', 'interval'];
}

const n = (x: number | null) => x ?? NaN;

/** The rows of a summary that readSavedResults accepted for `plan` (so its shapes fit the plan). */
export function summaryRows(plan: Plan, summary: SavedResults): (string | number)[][] {
  const rows: (string | number)[][] = [];
  summary.points.forEach((p, point) =>
    p.outputs.forEach(([mean, lo, hi], j) =>
      rows.push([summary.fingerprint, 'design', point, '', ...p.factors.map(n), plan.outputs[j].name, n(mean), n(lo), n(hi), SUMMARY_INTERVALS.runs]),
    ),
  );
  const spec = plan.experiment.optimise;
  if (summary.optimisation && spec)
    summary.optimisation.candidates.forEach((c, rank) => {
      const role = rank === 0 ? SUMMARY_ROLES.best : c.indistinguishable ? SUMMARY_ROLES.runnerUp : SUMMARY_ROLES.worse;
      const row = (output: string, [mean, lo, hi]: readonly (number | null)[]) =>
        rows.push([summary.fingerprint, 'optimisation', rank, role, ...c.factors.map(n), output, n(mean), n(lo), n(hi), SUMMARY_INTERVALS.mean]);
      row(spec.objective, c.objective);
      c.constraints.forEach((k, i) => row(spec.constraints[i].output, k.mean));
    });
  return rows;
}

export function summaryCsv(plan: Plan, summary: SavedResults): string {
  return [summaryHeader(plan), ...summaryRows(plan, summary)].map((r) => csvLine(r)).join('');
}
