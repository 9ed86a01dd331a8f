// A what-if comparison: every variant × replicate runs in a pool of workers, with the same
// seed and replicate indices for every variant (common random numbers). Only what the charts
// and the table need is kept (traces.ts), within a memory budget checked before starting
// (budget.ts); the full detail is written to CSV on demand by running the same replicates
// again, which gives the same numbers (the model is deterministic). Every variant is burnt in
// under the baseline (the first variant), so all start from the same market.
import { proxy } from 'comlink';
import type { Scenario } from '../../scenario/schema.ts';
import { runsCsv } from '../series/csv.ts';
import type { Spawn, SimWorker } from '../spawn.ts';
import { planComparison, type Plan } from './budget.ts';
import { traceFromPicked, tracePicks, type Trace } from './traces.ts';
import { comparisonCsvHead } from './csvHead.ts';
import { applyVariant, compareTasks, poolSize, type Variant } from './variants.ts';
import { Eta } from './eta.ts';
import type { CohortTrace } from './cohortTraces.ts';
import { cohortBandsCsv } from './cohortCsv.ts';
import { periodsPerYear } from '../../model/index.ts';
import type { BandKind } from '../series/bands.ts';

export type CompareStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error' | 'refused';

type Task = { variant: number; replicate: number };

export class CompareRun {
  status = $state<CompareStatus>('idle');
  /** Periods run and to run, over all tasks. */
  done = $state(0);
  total = $state(0);
  /** Estimated seconds left, once something is done. */
  remaining = $state<number | null>(null);
  /** Workers of the pool under way, or of the last one (the progress line names them). */
  workers = $state(0);
  names = $state.raw<string[]>([]);
  /** The variants as they were run (the CSV states them). */
  variants = $state.raw<Variant[]>([]);
  scenarios = $state.raw<Scenario[]>([]);
  /** traces[variant][replicate]. */
  traces = $state.raw<Trace[][]>([]);
  /** cohorts[variant][replicate] when the cohort curves were asked for, else null. */
  cohorts = $state.raw<CohortTrace[][] | null>(null);
  errors = $state.raw<string[]>([]);
  /** Why the last start was refused (over the memory budget), or null. */
  refused = $state.raw<Plan | null>(null);
  /** Runs done and to do while the CSV is written, or null. */
  exporting = $state.raw<{ done: number; total: number } | null>(null);

  private pool: SimWorker[] = [];
  private gen = 0;
  private exportGen = 0;

  constructor(
    private readonly spawn: Spawn,
    private readonly cores: () => number | undefined = () => globalThis.navigator?.hardwareConcurrency,
    private readonly budget?: number,
  ) {}

  get fraction(): number {
    return this.total > 0 ? this.done / this.total : 0;
  }

  /** What a comparison of these sizes would keep (with cohort curves or not), and whether it
   *  fits the budget. */
  plan(base: Scenario, variants: number, replicates: number, cohorts = false): Plan {
    const withCohorts = cohorts ? { periodsPerYear: periodsPerYear(base) } : undefined;
    return planComparison(variants, replicates, base.firms.length, base.horizon, this.budget, withCohorts);
  }

  /** `opts.cohorts`: count cohorts in every run and keep their curves (costs time and memory). */
  async start(base: Scenario, variants: readonly Variant[], replicates: number, opts: { cohorts?: boolean } = {}): Promise<void> {
    const withCohorts = opts.cohorts ?? false;
    this.cancel();
    const parsed = variants.map((v) => applyVariant(base, v));
    const errors = parsed.flatMap((p) => (p.ok ? [] : p.errors));
    if (errors.length) {
      this.errors = errors;
      this.status = 'error';
      return;
    }
    const plan = this.plan(base, variants.length, replicates, withCohorts);
    if (!plan.ok) {
      this.refused = plan;
      this.errors = [];
      this.status = 'refused';
      return;
    }
    const scenarios = parsed.map((p) => (p.ok ? p.scenario : base));
    const gen = ++this.gen;
    const tasks = compareTasks(scenarios.length, replicates);
    this.errors = [];
    this.refused = null;
    this.names = variants.map((v) => v.name);
    this.variants = structuredClone(variants) as Variant[];
    this.scenarios = scenarios;
    this.traces = [];
    this.cohorts = null;
    this.done = 0;
    this.total = tasks.length * base.horizon;
    this.remaining = null;
    this.status = 'running';
    const eta = new Eta(this.total);
    const results: Trace[][] = scenarios.map(() => Array.from({ length: replicates }));
    const cohorts: CohortTrace[][] = scenarios.map(() => Array.from({ length: replicates }));
    const picks = tracePicks(base.firms.length);
    // reports come on a port of their own and may arrive after the task's result: one from a
    // finished comparison is dropped, and the count never passes the total
    const progress = proxy((periods: number) => {
      if (gen !== this.gen || this.status !== 'running') return;
      this.done = Math.min(this.total, this.done + periods);
      this.remaining = eta.observe(this.done, performance.now() / 1000);
    });
    const ok = await this.onPool(
      tasks,
      () => gen === this.gen,
      async (w, task) => {
        const r = await w.api.runKept(scenarios[task.variant], task.replicate, picks, progress, scenarios[0], withCohorts);
        if (gen !== this.gen) return;
        results[task.variant][task.replicate] = traceFromPicked(base.firms.length, r.values);
        if (r.cohorts) cohorts[task.variant][task.replicate] = r.cohorts;
      },
      (message) => {
        this.gen++;
        this.errors = [message];
        this.status = 'error';
      },
    );
    if (!ok) return;
    this.traces = results;
    this.cohorts = withCohorts ? cohorts : null;
    this.done = this.total;
    this.remaining = 0;
    this.status = 'done';
  }

  /** The cohort curves across replicates as CSV (cohortCsv.ts), with `kind` of band; null
   *  unless a finished comparison kept them. Written from what was kept: nothing runs again. */
  cohortCsv(kind: BandKind): Blob | null {
    if (this.status !== 'done' || !this.cohorts) return null;
    return new Blob([cohortBandsCsv(this.names, this.cohorts, kind)], { type: 'text/csv' });
  }

  /** The full CSV of the finished comparison: what each variant was and the differences table
   *  (csvHead.ts), the cohort curves when they were kept (with `kind` of band), then every
   *  measure, segment and period of every run, written run by run as the replicates are run
   *  again; null if cancelled or failed. */
  async csv(kind: BandKind = 'percentile'): Promise<Blob | null> {
    if (this.status !== 'done' || this.exporting) return null;
    const scenarios = this.scenarios;
    const names = this.names;
    const replicates = this.traces[0]?.length ?? 0;
    const tasks: Task[] = [];
    for (let v = 0; v < scenarios.length; v++) for (let r = 0; r < replicates; r++) tasks.push({ variant: v, replicate: r });
    const gen = ++this.exportGen;
    // each run becomes a Blob at once: the text is not kept in the page's memory
    const parts: Blob[] = new Array(tasks.length);
    this.exporting = { done: 0, total: tasks.length };
    const ok = await this.onPool(
      tasks,
      () => gen === this.exportGen,
      async (w, task, i) => {
        const r = await w.api.runReplicate(scenarios[task.variant], task.replicate, undefined, scenarios[0]);
        if (gen !== this.exportGen) return;
        const text = runsCsv(
          [{ scenario: scenarios[task.variant], replicate: task.replicate, summaries: r.summaries, prefix: [names[task.variant]] }],
          ['variant'],
        );
        parts[i] = new Blob([i === 0 ? text : text.slice(text.indexOf('\n') + 1)]);
        this.exporting = { done: (this.exporting?.done ?? 0) + 1, total: tasks.length };
      },
      (message) => {
        this.exportGen++;
        this.errors = [message]; // the comparison itself stays on screen
      },
    );
    if (gen === this.exportGen) this.exporting = null;
    const head = comparisonCsvHead(
      this.variants,
      scenarios[0].firms.map((f) => f.name),
      this.traces,
    );
    const cohortTables = this.cohorts ? cohortBandsCsv(names, this.cohorts, kind) : '';
    return ok ? new Blob([head, cohortTables, ...parts], { type: 'text/csv' }) : null;
  }

  cancelCsv(): void {
    this.exportGen++;
    this.exporting = null;
    this.stopPool();
  }

  cancel(): void {
    this.gen++;
    this.exportGen++;
    this.exporting = null;
    this.stopPool();
    if (this.status === 'running') this.status = 'cancelled';
  }

  /** Runs `tasks` on a fresh pool while `current()`; false if it stopped (cancelled, or a
   *  worker failed: `failed` is told why, once). A worker that dies never answers, so its
   *  death ends the wait rather than the answers. */
  private async onPool(
    tasks: readonly Task[],
    current: () => boolean,
    each: (w: SimWorker, task: Task, i: number) => Promise<void>,
    failed: (message: string) => void,
  ): Promise<boolean> {
    const size = poolSize(this.cores(), tasks.length);
    const pool = Array.from({ length: size }, () => this.spawn());
    this.pool = pool;
    this.workers = size;
    let failure: string | null = null;
    let died = () => {};
    const death = new Promise<void>((resolve) => (died = resolve));
    const fail = (message: string) => {
      if (!current() || failure !== null) return;
      failure = message;
      this.stopPool();
      failed(message);
      died();
    };
    for (const w of pool) w.onError(fail);
    let next = 0;
    const work = async (w: SimWorker) => {
      while (next < tasks.length && current() && failure === null) {
        const i = next++;
        await each(w, tasks[i], i);
      }
    };
    try {
      await Promise.race([Promise.all(pool.map(work)), death]);
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
    if (this.pool === pool) this.stopPool();
    return failure === null && current();
  }

  private stopPool(): void {
    for (const w of this.pool) w.terminate();
    this.pool = [];
  }
}
