// The model's public face: what workers, the CLI and tests import.
export { createSimulation, periodsPerYear, type Engine, type Simulation, type SimulationOptions } from './simulation.ts';
export { MEASURES, RAW, DERIVED, SEGMENTS, SATISFACTION_BINS, M, MEASURE_COUNT, valueOf, type Measure, type PeriodSummary } from './measures.ts';
export { LOYALTY_TYPES, JS_CLASSES, LOYALTY, JS, ZONE, createAttribution, loyaltyIndex } from './loyalty.ts';
export { attribute } from './attribute.ts';
export { NO_PROVIDER, HAPPENED, TIERS, bytesPerCustomer, type Population } from './population.ts';
export { recommendScore } from './tally.ts';
export { inspectCustomer, sampleCustomers, type CustomerState, type CustomerSample } from './inspect.ts';
export { runReplicate, summaryRows, ROW_HEADER, type RunOptions } from './run.ts';
export { SATISFACTION_BANDS, tenureEdges, observationStride, createCohortCounter, type CohortPeriod, type CohortCounter } from './cohorts.ts';
export {
  COHORT_HEADER,
  SATISFACTION_BAND_HEADER,
  TENURE_BAND_HEADER,
  START_COHORT,
  cohortCurves,
  cohortRows,
  satisfactionBandLabel,
  satisfactionBandRows,
  tenureBandLabels,
  tenureBandRows,
  type CohortCurve,
} from './cohortRows.ts';
