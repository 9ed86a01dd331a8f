// The key figures of a run, one row per firm, for the printed report and its table.
import { valueOf, type PeriodSummary } from '../../model/index.ts';
import { formatNumber, formatPercent } from '../series/format.ts';

export const FIGURES = ['share', 'retention', 'satisfaction', 'nps', 'value', 'profit', 'clv'] as const;
export type Figure = (typeof FIGURES)[number];

export interface FigureRow {
  firm: string;
  values: Record<Figure, string>;
}

function mean(xs: number[]): number {
  const ok = xs.filter(Number.isFinite);
  return ok.length ? ok.reduce((a, x) => a + x, 0) / ok.length : NaN;
}

export function keyFigures(summaries: readonly PeriodSummary[], names: readonly string[]): FigureRow[] {
  const last = summaries.at(-1);
  if (!last) return [];
  return names.map((firm, k) => {
    const v = (m: Parameters<typeof valueOf>[2]) => valueOf(last, k, m);
    return {
      firm,
      values: {
        share: formatPercent(100 * v('marketShare')),
        retention: formatPercent(100 * mean(summaries.map((s) => valueOf(s, k, 'retention')))),
        satisfaction: Number.isFinite(v('meanSatisfaction')) ? v('meanSatisfaction').toFixed(2) : '–',
        nps: Number.isFinite(v('nps')) ? v('nps').toFixed(0) : '–',
        value: formatPercent(100 * v('share_value')),
        profit: formatNumber(summaries.reduce((a, s) => a + valueOf(s, k, 'profit'), 0)),
        clv: formatNumber(v('clv')),
      },
    };
  });
}
