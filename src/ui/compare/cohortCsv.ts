// The cohort curves of a comparison as CSV tables, across replicates: cohort survival
// (`variant,firm,cohort,age,mean,lo,hi`, ages in periods from 1, cohort `start` or the years of
// acquisition `year1`, `years1-3`) and retention a year later by satisfaction band
// (`variant,firm,band,mean,lo,hi`, bands as in the command line's `--by-satisfaction`). Shares
// are 0–1; lo and hi are the band chosen in the panel (percentile or confidence interval), empty
// with fewer than two replicates with a value; an age or band no replicate has a value for has no
// row. A blank line ends each table, as in the rest of the comparison CSV.
import { csvLine } from '../../io/csv.ts';
import { satisfactionBandLabel } from '../../model/index.ts';
import type { BandKind } from '../series/bands.ts';
import { satisfactionBand, survivalBand } from '../series/cohortBands.ts';
import type { CohortTrace } from './cohortTraces.ts';

export const COHORT_BAND_HEADER = ['variant', 'firm', 'cohort', 'age', 'mean', 'lo', 'hi'] as const;
export const SATISFACTION_RETENTION_HEADER = ['variant', 'firm', 'band', 'mean', 'lo', 'hi'] as const;

/** cohorts[variant][replicate], names[variant]. */
export function cohortBandsCsv(names: readonly string[], cohorts: readonly (readonly CohortTrace[])[], kind: BandKind): string {
  const lines = [csvLine([...COHORT_BAND_HEADER])];
  const first = cohorts[0]?.[0];
  const firms = first?.firms ?? 0;
  for (let v = 0; v < cohorts.length; v++)
    for (let k = 0; k < firms; k++)
      for (const g of first!.groups)
        for (const p of survivalBand(cohorts[v], k, g.key, kind)) lines.push(csvLine([names[v], k, g.key, p.x, p.mean, p.lo, p.hi]));
  lines.push('\n', csvLine([...SATISFACTION_RETENTION_HEADER]));
  for (let v = 0; v < cohorts.length; v++)
    for (let k = 0; k < firms; k++)
      for (const p of satisfactionBand(cohorts[v], k, kind)) lines.push(csvLine([names[v], k, satisfactionBandLabel(p.x), p.mean, p.lo, p.hi]));
  lines.push('\n');
  return lines.join('');
}
