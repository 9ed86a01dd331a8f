// The data table of lines with bands across replicates (the comparison's cohort curves): the
// text alternative of the chart, with each line's band as well as its mean, so a reader can
// check the band without the picture. Apart from cohortBands.ts, which stays free of the
// page's locale (the worker and the command line can load it).
import { sampledXs, type DataTable } from '../teach/tables.ts';
import type { Line } from '../series/types.ts';

/** The numbers behind banded lines: one row per x (sampled on long axes), and per line its
 *  mean, band low and band high; `columns` names the three of a line, `xText` writes an x. */
export function bandTable(
  lines: readonly Line[],
  xLabel: string,
  columns: (label: string) => [string, string, string],
  format: (v: number) => string,
  xText: (x: number) => string = String,
): DataTable {
  const { xs } = sampledXs(lines.flatMap((l) => l.points.map((p) => p.x)));
  const means = lines.map((l) => new Map(l.points.map((p) => [p.x, p.y])));
  const bands = lines.map((l) => new Map((l.band ?? []).map((b) => [b.x, b])));
  const cell = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? format(v) : '–');
  return {
    columns: [xLabel, ...lines.flatMap((l) => columns(l.label))],
    rows: xs.map((x) => [xText(x), ...lines.flatMap((_, i) => [cell(means[i].get(x)), cell(bands[i].get(x)?.lo), cell(bands[i].get(x)?.hi)])]),
  };
}
