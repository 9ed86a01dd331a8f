// The first two tables of a comparison's CSV, before its runs: what each variant was (its lever
// settings and the period each holds from, 0-based as in the scenario file) and the table of
// paired differences against the baseline, for every firm. A blank line ends each table, so the
// file states what was compared and what came out even when its runs are not read.
import { csvLine } from '../../io/csv.ts';
import { DEFINITION_HEADER, definitionRows, type Variant } from '../../scenario/variants.ts';
import { traceDifferences, type Trace } from './traces.ts';

export const DIFFERENCE_HEADER = ['variant', 'firm', 'firmName', 'measure', 'baseline', 'variantMean', 'difference', 'ciLow', 'ciHigh'] as const;

export function comparisonCsvHead(variants: readonly Variant[], firmNames: readonly string[], traces: readonly (readonly Trace[])[]): string {
  const lines = [csvLine([...DEFINITION_HEADER]), ...definitionRows(variants, firmNames).map((row) => csvLine(row)), '\n'];
  lines.push(csvLine([...DIFFERENCE_HEADER]));
  for (let f = 0; f < firmNames.length; f++)
    traceDifferences(traces, f).forEach((rows, i) => {
      for (const d of rows) lines.push(csvLine([variants[i + 1].name, f, firmNames[f], d.metric, d.baseline, d.variant, d.diff, d.lo, d.hi]));
    });
  lines.push('\n');
  return lines.join('');
}
