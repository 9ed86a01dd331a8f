// Net Promoter Score over time with promoter, passive and detractor shares, all in percent.
import type { PeriodSummary } from '../../model/index.ts';
import { NPS_COLORS } from './palette.ts';
import { measureLines } from './time.ts';
import type { Line } from './types.ts';

export function npsLines(summaries: readonly PeriodSummary[], firm: number, segment: number, label: (k: keyof typeof NPS_COLORS) => string): Line[] {
  return measureLines(summaries, firm, segment, [
    { measure: 'promoterShare', label: label('promoters'), color: NPS_COLORS.promoters, scale: 100, dash: '4 3' },
    { measure: 'passiveShare', label: label('passives'), color: NPS_COLORS.passives, scale: 100, dash: '4 3' },
    { measure: 'detractorShare', label: label('detractors'), color: NPS_COLORS.detractors, scale: 100, dash: '4 3' },
    { measure: 'nps', label: label('nps'), color: NPS_COLORS.nps },
  ]);
}
