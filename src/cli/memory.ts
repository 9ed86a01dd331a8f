// The memory budget of a run, stated before it starts. Each worker thread holds a whole
// population and the periods of replicates that wait to be written in order; 64 workers at
// 1,000,000 customers once took 4.3 GB. The estimate is deliberately on the high side:
// constants measured on this project's build (Node 20, --workers 1 and 8, 10,000 and
// 1,000,000 customers, peak resident memory of the process).
import { totalmem } from 'node:os';
import { MEASURE_COUNT, SEGMENTS } from '../model/index.ts';
import type { Scenario } from '../scenario/schema.ts';

const MB = 1024 * 1024;
/** The main thread: Node, the bundle, the summary (measured ~95 MB with 10,000 customers). */
export const MAIN_BYTES = 128 * MB;
/** A worker thread before its population: a V8 isolate and the model (measured ~28 MB). */
export const WORKER_BYTES = 32 * MB;
/** A customer: 49 bytes of state plus the WebAssembly memory's headroom (measured ~52). */
export const BYTES_PER_CUSTOMER = 64;
/** A customer's cohort counts when --cohorts, --by-satisfaction or --by-tenure asks for them
 *  (src/model/cohorts.ts): its relationship's start and a slot in the list of moves (4 bytes
 *  each) and its band at each of up to 12 open satisfaction observations. */
export const COHORT_BYTES_PER_CUSTOMER = 20;
/** Replicates a worker may run ahead of the one being written (pool.ts). */
export const LOOKAHEAD_PER_WORKER = 2;

/** One period's summary as it waits in the main thread: measures × firms × segments and the
 *  moves matrix as float64, and a third more for the messages and objects that carry them
 *  (measured ~29 KB a period at 8 firms, where the arrays hold 22.6 KB). */
export function periodBytes(firms: number): number {
  return Math.ceil((firms * SEGMENTS.length * MEASURE_COUNT + (firms + 1) ** 2) * 8 * 1.3);
}

/** The population of one replicate, with its cohort counts if asked for. */
export const populationBytes = (s: Scenario, cohorts = false): number => s.population.size * (BYTES_PER_CUSTOMER + (cohorts ? COHORT_BYTES_PER_CUSTOMER : 0));

/** A replicate's cohort survival counts: every period's count of each firm's cohorts so far
 *  (firms × periods² / 2 four-byte numbers), as they wait in order or are held for --cohorts. */
export function cohortTableBytes(s: Scenario): number {
  return Math.ceil((s.firms.length * s.horizon * (s.horizon + 3)) / 2) * 4;
}

/** One worker: its isolate and population, and the replicates it may have waiting to be
 *  written (a replicate's periods are kept only until its turn comes; then they stream). */
export function workerBytes(s: Scenario, cohorts = false): number {
  const waiting = LOOKAHEAD_PER_WORKER * (s.horizon * periodBytes(s.firms.length) + (cohorts ? cohortTableBytes(s) : 0));
  return WORKER_BYTES + populationBytes(s, cohorts) + waiting;
}

/** Half the machine's memory (or of the container's limit, if lower): the rest is for
 *  the system and whatever else runs. */
export function defaultBudget(): number {
  const limit = process.constrainedMemory?.() ?? 0;
  const total = limit > 0 && limit < totalmem() ? limit : totalmem();
  return Math.floor(total / 2);
}

export interface WorkerPlan {
  /** Threads to run on (1: the main thread alone). */
  workers: number;
  /** Estimated peak bytes with that many. */
  bytes: number;
  /** Why fewer workers than asked, if so. */
  notice?: string;
  /** Why the run cannot start within the budget, if so. */
  error?: string;
}

const mb = (bytes: number) => `${Math.ceil(bytes / MB).toLocaleString('en-US')} MB`;

/** How many of the asked workers fit the budget. Fewer workers never change the results. */
export function planWorkers(s: Scenario, asked: number, budget: number, cohorts = false): WorkerPlan {
  // with --cohorts the main thread holds the replicate being written's counts
  const main = MAIN_BYTES + (cohorts ? cohortTableBytes(s) : 0);
  const alone = main + populationBytes(s, cohorts);
  if (alone > budget)
    return {
      workers: 0,
      bytes: alone,
      error: `one replicate of ${s.population.size.toLocaleString('en-US')} customers needs about ${mb(alone)}, more than the memory budget of ${mb(budget)} (--memory)`,
    };
  const useful = Math.min(asked, s.replicates);
  if (useful <= 1) return { workers: 1, bytes: alone };
  const need = (w: number) => main + w * workerBytes(s, cohorts);
  if (need(useful) <= budget) return { workers: useful, bytes: need(useful) };
  const fit = Math.floor((budget - main) / workerBytes(s, cohorts));
  const workers = fit >= 2 ? fit : 1;
  return {
    workers,
    bytes: workers > 1 ? need(workers) : alone,
    notice:
      `--workers ${asked} would need about ${mb(need(useful))} (${mb(workerBytes(s, cohorts))} a worker), more than the memory budget of ${mb(budget)}; ` +
      (workers > 1 ? `running on ${workers} workers` : 'running on the main thread alone') +
      ' (the results are the same)',
  };
}
