// CSV of long rows (the model's summaryRows). Numbers are written with String(), which is the
// shortest text that parses back to the same double, so a CSV round-trips bit for bit.
import { ROW_HEADER, summaryRows, type PeriodSummary } from '../../model/index.ts';
import type { Scenario } from '../../scenario/schema.ts';

function cell(v: string | number): string {
  if (typeof v === 'number') return String(v);
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map(cell).join(',');
}

/** One run (or several replicates) as CSV; `prefix` adds leading columns such as the variant. */
export function runsCsv(
  runs: readonly { scenario: Scenario; replicate: number; summaries: readonly PeriodSummary[]; prefix?: (string | number)[] }[],
  prefixHeader: readonly string[] = [],
): string {
  const lines = [csvLine([...prefixHeader, ...ROW_HEADER])];
  for (const r of runs)
    for (const s of r.summaries)
      for (const row of summaryRows(r.scenario, r.replicate, s)) lines.push(csvLine([...(r.prefix ?? []), ...row]));
  return lines.join('\n') + '\n';
}
