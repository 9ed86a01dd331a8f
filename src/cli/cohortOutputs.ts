// --cohorts, --by-satisfaction and --by-tenure: the cohort measures (src/model/cohorts.ts) as
// CSV files, through the shared writer. Band rows are written as periods complete; a
// replicate's cohort survival rows when its last period has arrived (periods come in
// replicate order, so only one replicate's counts are held: firms × periods² / 2 numbers).
import {
  COHORT_HEADER,
  SATISFACTION_BAND_HEADER,
  TENURE_BAND_HEADER,
  cohortRows,
  periodsPerYear,
  satisfactionBandRows,
  tenureBandRows,
  type CohortPeriod,
  type PeriodSummary,
} from '../model/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { csvLine } from '../io/csv.ts';
import type { CliOptions } from './args.ts';
import { openFileSink, type Sink } from './sink.ts';

export function wantsCohorts(o: CliOptions): boolean {
  return o.cohorts !== undefined || o.bySatisfaction !== undefined || o.byTenure !== undefined;
}

export interface CohortRowWriter {
  /** A period of a replicate of a scenario (a sweep value's, labelled [path, value]). */
  add(label: readonly (string | number)[], scenario: Scenario, replicate: number, summary: PeriodSummary): void;
}

export function openCohortRows(o: CliOptions, sinks: Sink[]): CohortRowWriter | null {
  if (!wantsCohorts(o)) return null;
  const open = (path: string | undefined, header: readonly string[]) => {
    if (path === undefined) return null;
    const sink = openFileSink(path);
    sinks.push(sink);
    sink.write(csvLine(o.sweep ? ['sweepPath', 'sweepValue', ...header] : header));
    return sink;
  };
  const cohorts = open(o.cohorts, COHORT_HEADER);
  const bands = open(o.bySatisfaction, SATISFACTION_BAND_HEADER);
  const tenure = open(o.byTenure, TENURE_BAND_HEADER);
  const write = (sink: Sink | null, label: readonly (string | number)[], rows: (string | number)[][]) => {
    if (sink) for (const row of rows) sink.write(csvLine(label.length ? [...label, ...row] : row, o.digits));
  };
  let held: CohortPeriod[] = [];
  return {
    add(label, scenario, replicate, summary) {
      const c = summary.cohorts;
      if (!c) return;
      write(bands, label, satisfactionBandRows(replicate, summary));
      write(tenure, label, tenureBandRows(replicate, summary, periodsPerYear(scenario)));
      if (!cohorts) return;
      held.push(c);
      if (summary.period === scenario.horizon - 1) {
        write(cohorts, label, cohortRows(replicate, held));
        held = [];
      }
    },
  };
}
