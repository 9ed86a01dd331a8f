// The format's version and the limits that protect the machine running a file from a stranger.
/** 2: rates and durations per month whatever the period (spec/time.ts); windows; spend per person. */
export const SCHEMA_VERSION = 2;

export const LIMITS = {
  population: 1_000_000,
  horizon: 1040,
  replicates: 200,
  firms: 8,
  changes: 1000,
  events: 100,
  /** population × horizon × replicates: about 40 minutes of one core at 20 M agent-steps/s. */
  workload: 5e10,
} as const;
