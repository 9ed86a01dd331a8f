// The end-of-run table: per firm, the mean over replicates of each headline measure at the
// final period (profit: summed over the run), with the 5th–95th percentile across
// replicates, i.e. the range 90% of replicates fall in.
import { valueOf, type Measure, type PeriodSummary } from '../model/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { printableLine } from './terminal.ts';

type Format = (x: number) => string;
const percent: Format = (x) => `${(100 * x).toFixed(1)}%`;
const fixed =
  (d: number): Format =>
  (x) =>
    x.toFixed(d);
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });
// exact money is in the CSV; the table keeps three digits so it fits a terminal
const money: Format = (x) => (Math.abs(x) >= 10_000 ? compact.format(x) : x.toFixed(1));

interface Headline {
  readonly key: string;
  readonly label: string;
  readonly format: Format;
}

export const HEADLINES: readonly Headline[] = [
  { key: 'retention', label: 'Retention (per period)', format: percent },
  { key: 'marketShare', label: 'Market share (customers)', format: percent },
  { key: 'revenueShare', label: 'Revenue share', format: percent },
  { key: 'share_value', label: 'Value-loyal share', format: percent },
  { key: 'share_incentive', label: 'Incentive-loyal share', format: percent },
  { key: 'walletShare', label: 'Share of wallet', format: percent },
  { key: 'nps', label: 'NPS', format: fixed(1) },
  { key: 'meanSatisfaction', label: 'Mean satisfaction (1–5)', format: fixed(2) },
  { key: 'cumulativeProfit', label: 'Cumulative profit', format: money },
  { key: 'clv', label: 'CLV', format: money },
];

/** Replicate values of every headline: values[h][firm][replicate]. */
export interface SummaryCollector {
  add(replicate: number, summary: PeriodSummary): void;
  readonly values: number[][][];
  lastPeriod: number;
}

export function createSummary(s: Scenario): SummaryCollector {
  const firms = s.firms.length;
  const values = HEADLINES.map(() => Array.from({ length: firms }, () => new Array<number>(s.replicates).fill(NaN)));
  const at = (key: string) => values[HEADLINES.findIndex((h) => h.key === key)];
  const profit = at('cumulativeProfit');
  const collector: SummaryCollector = {
    values,
    lastPeriod: -1,
    add(r, summary) {
      let revenue = 0;
      for (let f = 0; f < firms; f++) revenue += valueOf(summary, f, 'revenue');
      for (let f = 0; f < firms; f++) {
        profit[f][r] = (summary.period === 0 ? 0 : profit[f][r]) + valueOf(summary, f, 'profit');
        for (const h of HEADLINES) {
          if (h.key === 'cumulativeProfit') continue;
          const x = h.key === 'revenueShare' ? (revenue > 0 ? valueOf(summary, f, 'revenue') / revenue : NaN) : valueOf(summary, f, h.key as Measure);
          at(h.key)[f][r] = x;
        }
      }
      collector.lastPeriod = Math.max(collector.lastPeriod, summary.period);
    },
  };
  return collector;
}

/** Linear-interpolation quantile (R's type 7) of sorted values. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}

export interface Stat {
  mean: number;
  lo: number;
  hi: number;
  /** Replicates where the measure was defined (e.g. retention needs customers). */
  n: number;
}

export function describe(xs: readonly number[]): Stat {
  const ok = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const mean = ok.length ? ok.reduce((a, b) => a + b, 0) / ok.length : NaN;
  return { mean, lo: quantile(ok, 0.05), hi: quantile(ok, 0.95), n: ok.length };
}

/** Per firm, per headline: mean and 90% range. */
export function summaryStats(c: SummaryCollector): Record<string, Stat>[] {
  const firms = c.values[0].length;
  return Array.from({ length: firms }, (_, f) => Object.fromEntries(HEADLINES.map((h, i) => [h.key, describe(c.values[i][f])])));
}

function cell(st: Stat, format: Format): string {
  if (st.n === 0) return '–';
  if (st.lo === st.hi) return format(st.mean);
  return `${format(st.mean)} (${format(st.lo)} – ${format(st.hi)})`;
}

/** A plain-text table: one row per headline, one column per firm. */
export function formatSummary(s: Scenario, c: SummaryCollector): string {
  const stats = summaryStats(c);
  // names come from strangers' files: no control characters (escape sequences) on a terminal
  const header = ['', ...s.firms.map((f) => printableLine(f.name))];
  const rows = HEADLINES.map((h) => [h.label, ...stats.map((st) => cell(st[h.key], h.format))]);
  const widths = header.map((_, j) => Math.max(...[header, ...rows].map((r) => [...r[j]].length)));
  const line = (r: string[]) =>
    r
      .map((x, j) => (j === 0 ? x.padEnd(widths[j]) : x.padStart(widths[j])))
      .join('   ')
      .trimEnd();
  const title =
    `Period ${c.lastPeriod + 1} of ${s.horizon} (profit: summed over the run). ` +
    `Mean of ${s.replicates} replicate${s.replicates > 1 ? 's' : ''}` +
    (s.replicates > 1 ? '; in brackets, the range of the middle 90% of replicates.' : '.');
  return [title, '', line(header), ...rows.map(line), ''].join('\n');
}

/** `3` or `3–30`. */
function span(xs: readonly number[]): string {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** A sweep's table: one row per value of the swept field, one column per headline, for firm 0
 *  (the user's firm), each at the final period of its own run (a sweep may change the
 *  horizon or the replicates). */
export function formatSweepSummary(s: Scenario, path: string, values: readonly number[], cs: readonly SummaryCollector[]): string {
  const header = [path, ...HEADLINES.map((h) => h.label)];
  const rows = cs.map((c, i) => {
    const st = summaryStats(c)[0];
    return [String(values[i]), ...HEADLINES.map((h) => cell(st[h.key], h.format))];
  });
  const widths = header.map((_, j) => Math.max(...[header, ...rows].map((r) => [...r[j]].length)));
  const line = (r: string[]) =>
    r
      .map((x, j) => (j === 0 ? x.padEnd(widths[j]) : x.padStart(widths[j])))
      .join('   ')
      .trimEnd();
  const periods = cs.map((c) => c.lastPeriod + 1);
  const reps = cs.map((c) => c.values[0][0].length);
  const when = Math.min(...periods) === Math.max(...periods) ? `period ${periods[0]}` : `final period of each value (${span(periods)})`;
  const seeds = Math.min(...reps) === Math.max(...reps) ? `${reps[0]} seed${reps[0] > 1 ? 's' : ''}` : `seeds (${span(reps)} replicates)`;
  const title =
    `${printableLine(s.firms[0].name)}, ${when} (profit: summed over the run), by ${path}. ` +
    `Every value ran on the same ${seeds}` +
    (Math.max(...reps) > 1 ? '; in brackets, the range of the middle 90% of replicates.' : '.');
  return [title, '', line(header), ...rows.map(line), ''].join('\n');
}
