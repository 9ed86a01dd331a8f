// A what-if comparison: every variant × replicate runs in a pool of workers, with the same
// seed and replicate indices for every variant (common random numbers).
import { proxy } from 'comlink';
import type { PeriodSummary } from '../../model/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { Spawn, SimWorker } from '../spawn.ts';
import { applyVariant, compareTasks, poolSize, type Variant } from './variants.ts';

export type CompareStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export class CompareRun {
  status = $state<CompareStatus>('idle');
  /** Periods run and to run, over all tasks. */
  done = $state(0);
  total = $state(0);
  /** Estimated seconds left, once something is done. */
  remaining = $state<number | null>(null);
  workers = $state(0);
  names = $state.raw<string[]>([]);
  scenarios = $state.raw<Scenario[]>([]);
  /** runs[variant][replicate]. */
  runs = $state.raw<PeriodSummary[][][]>([]);
  errors = $state.raw<string[]>([]);

  private pool: SimWorker[] = [];
  private gen = 0;
  private started = 0;

  constructor(
    private readonly spawn: Spawn,
    private readonly cores: () => number | undefined = () => globalThis.navigator?.hardwareConcurrency,
  ) {}

  get fraction(): number {
    return this.total > 0 ? this.done / this.total : 0;
  }

  async start(base: Scenario, variants: readonly Variant[], replicates: number): Promise<void> {
    this.cancel();
    const parsed = variants.map((v) => applyVariant(base, v));
    const errors = parsed.flatMap((p) => (p.ok ? [] : p.errors));
    if (errors.length) {
      this.errors = errors;
      this.status = 'error';
      return;
    }
    const scenarios = parsed.map((p) => (p.ok ? p.scenario : base));
    const gen = ++this.gen;
    const tasks = compareTasks(scenarios.length, replicates);
    this.errors = [];
    this.names = variants.map((v) => v.name);
    this.scenarios = scenarios;
    this.runs = scenarios.map(() => []);
    this.done = 0;
    this.total = tasks.length * base.horizon;
    this.remaining = null;
    this.status = 'running';
    this.started = performance.now();
    const results: PeriodSummary[][][] = scenarios.map(() => Array.from({ length: replicates }, () => []));
    const size = poolSize(this.cores(), tasks.length);
    this.pool = Array.from({ length: size }, () => this.spawn());
    for (const w of this.pool)
      w.onError((message) => {
        if (gen !== this.gen) return;
        this.gen++;
        this.errors = [message];
        this.status = 'error';
        this.stopPool();
      });
    this.workers = size;
    const progress = proxy((periods: number) => {
      if (gen !== this.gen) return;
      this.done += periods;
      const elapsed = (performance.now() - this.started) / 1000;
      this.remaining = this.done > 0 ? (elapsed * (this.total - this.done)) / this.done : null;
    });
    let next = 0;
    const work = async (w: SimWorker) => {
      while (next < tasks.length && gen === this.gen) {
        const task = tasks[next++];
        const r = await w.api.runReplicate(scenarios[task.variant], task.replicate, progress);
        if (gen !== this.gen) return;
        results[task.variant][task.replicate] = r.summaries;
      }
    };
    try {
      await Promise.all(this.pool.map(work));
    } catch (e) {
      if (gen !== this.gen) return;
      this.errors = [e instanceof Error ? e.message : String(e)];
      this.status = 'error';
      this.stopPool();
      return;
    }
    if (gen !== this.gen) return;
    this.runs = results;
    this.done = this.total;
    this.remaining = 0;
    this.status = 'done';
    this.stopPool();
  }

  cancel(): void {
    this.gen++;
    this.stopPool();
    if (this.status === 'running') this.status = 'cancelled';
  }

  private stopPool(): void {
    for (const w of this.pool) w.terminate();
    this.pool = [];
    this.workers = 0;
  }
}
