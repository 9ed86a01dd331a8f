// CSV of long rows (the model's summaryRows), written by the same writer as the command line
// (src/io/csv.ts): numbers as the shortest text that parses back to the same double, so a CSV
// round-trips bit for bit; NaN as an empty cell; names guarded against formula injection.
import { ROW_HEADER, summaryRows, type PeriodSummary } from '../../model/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { csvLine } from '../../io/csv.ts';

/** One run (or several replicates) as CSV; `prefix` adds leading columns such as the variant. */
export function runsCsv(
  runs: readonly { scenario: Scenario; replicate: number; summaries: readonly PeriodSummary[]; prefix?: (string | number)[] }[],
  prefixHeader: readonly string[] = [],
): string {
  const lines = [csvLine([...prefixHeader, ...ROW_HEADER])];
  for (const r of runs)
    for (const s of r.summaries) for (const row of summaryRows(r.scenario, r.replicate, s)) lines.push(csvLine([...(r.prefix ?? []), ...row]));
  return lines.join('');
}
