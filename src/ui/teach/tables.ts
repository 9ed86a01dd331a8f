// Text alternatives for charts: the numbers behind each chart as a small table (rows sampled so
// a long run stays readable). Plain functions of the same series the charts draw.
import type { Layer, Line } from '../series/types.ts';
import type { Bin } from '../series/satisfaction.ts';
import type { Dot } from '../series/scatter.ts';
import type { Flow } from '../series/flows.ts';
import { formatNumber, formatPercent } from '../series/format.ts';

export interface DataTable {
  columns: string[];
  rows: string[][];
}

/** At most `most` rows: every `step`-th x, and always the last one. */
export function sampledXs(xs: readonly number[], most = 13): { xs: number[]; step: number } {
  const sorted = [...new Set(xs)].sort((a, b) => a - b);
  if (sorted.length <= most) return { xs: sorted, step: 1 };
  const step = Math.ceil((sorted.length - 1) / (most - 1));
  const out = sorted.filter((_, i) => i % step === 0);
  if (out.at(-1) !== sorted.at(-1)) out.push(sorted.at(-1)!);
  return { xs: out, step };
}

export function linesTable(lines: readonly Line[], xLabel: string, format: (v: number) => string = formatNumber): DataTable {
  const { xs } = sampledXs(lines.flatMap((l) => l.points.map((p) => p.x)));
  const at = lines.map((l) => new Map(l.points.map((p) => [p.x, p.y])));
  return {
    columns: [xLabel, ...lines.map((l) => l.label)],
    rows: xs.map((x) => [String(x), ...at.map((m) => (m.has(x) ? format(m.get(x)!) : '–'))]),
  };
}

export function layersTable(layers: readonly Layer[], xLabel: string): DataTable {
  const { xs } = sampledXs(layers.flatMap((l) => l.points.map((p) => p.x)));
  const at = layers.map((l) => new Map(l.points.map((p) => [p.x, p.y1 - p.y0])));
  return {
    columns: [xLabel, ...layers.map((l) => l.label)],
    rows: xs.map((x) => [String(x), ...at.map((m) => (m.has(x) ? formatNumber(m.get(x)!) : '–'))]),
  };
}

/** A bin's satisfaction interval: 3.75–4, 1–1.25 (quarter points need two decimals). */
export function binLabel(b: Pick<Bin, 'lo' | 'hi'>): string {
  const f = (v: number) => String(Math.round(v * 100) / 100);
  return `${f(b.lo)}–${f(b.hi)}`;
}

export function binsTable(bins: readonly Bin[], columns: [string, string, string], zoneLabel: (z: string) => string): DataTable {
  return {
    columns,
    rows: bins.map((b) => [binLabel(b), b.count > 0 ? formatPercent(b.share * 100) : '–', zoneLabel(b.zone)]),
  };
}

/** Customers of the sample per class, with their mean satisfaction and loyalty. */
export function dotsTable(dots: readonly Dot[], classLabel: (c: string) => string, columns: [string, string, string, string]): DataTable {
  const by = new Map<string, { n: number; s: number; l: number }>();
  for (const d of dots) {
    const g = by.get(d.jsClass) ?? { n: 0, s: 0, l: 0 };
    g.n++;
    g.s += d.satisfaction;
    g.l += d.loyalty;
    by.set(d.jsClass, g);
  }
  return {
    columns,
    rows: [...by].map(([c, g]) => [classLabel(c), String(g.n), (g.s / g.n).toFixed(2), (g.l / g.n).toFixed(2)]),
  };
}

export function flowsTable(flows: readonly Flow[], names: readonly string[], fromLabel: string, toLabel: string, countLabel: string): DataTable {
  return {
    columns: [fromLabel, toLabel, countLabel],
    rows: [...flows]
      .filter((f) => f.value > 0)
      .sort((a, b) => b.value - a.value)
      .map((f) => [names[f.from], names[f.to], String(Math.round(f.value))]),
  };
}
