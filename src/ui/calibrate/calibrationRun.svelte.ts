// A calibration in the app: the same tasks, in the same order, as `npm run calibrate`
// (src/experiment/calibrate/tasks.ts), on a pool of Web Workers (restarts in parallel, then
// the runs at the fit, bootstrap refits and profiles), with progress in model runs, time left
// and cancel. The result is the calibrated scenario with its `calibration` section, ready to
// open in every view.
import { proxy, type Remote } from 'comlink';
import { setupCalibration, type CalibrationOptions, type FreeParameter } from '../../experiment/calibrate/setup.ts';
import type { CalibrationContext } from '../../experiment/calibrate/simulate.ts';
import { calibrateWith, calibrationBudget, taskBudget, type TaskRunner } from '../../experiment/calibrate/tasks.ts';
import type { Target } from '../../experiment/calibrate/targets.ts';
import { calibratedWithSection } from '../../experiment/calibrate/record.ts';
import { PointError } from '../../experiment/plan.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { Eta } from '../compare/eta.ts';
import type { CalibrateApi } from '../../../workers/calibrateApi.ts';
import { poolSize, PoolStopped, WorkerPool } from '../pool/workerPool.ts';
import type { SpawnCalibrate } from './spawn.ts';

/** One worker per core, at most 8: a calibration's batches are short (the restarts, then the
 *  runs at the fit, the bootstrap refits and the profiles). */
const MOST_WORKERS = 8;

export type CalibrationStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export type RunSettings = Omit<CalibrationOptions, 'seed' | 'engine'>;

export class CalibrationRun {
  status = $state<CalibrationStatus>('idle');
  /** Model runs done, and the most the calibration may take (searches can stop early). */
  done = $state(0);
  total = $state(0);
  remaining = $state<number | null>(null);
  workers = $state(0);
  errors = $state.raw<string[]>([]);
  /** The calibrated scenario, with its calibration section. */
  result = $state.raw<Scenario | null>(null);

  private pool: WorkerPool<Remote<CalibrateApi>> | null = null;
  private gen = 0;

  constructor(
    private readonly spawn: SpawnCalibrate,
    private readonly cores: () => number | undefined = () => globalThis.navigator?.hardwareConcurrency,
    private readonly clock: () => number = () => performance.now() / 1000,
  ) {}

  get fraction(): number {
    return this.total > 0 ? Math.min(1, this.done / this.total) : 0;
  }

  /** Checks the inputs as the command line does; errors name the parameter or the target's line. */
  prepare(base: Scenario, targets: readonly Target[], fits: readonly FreeParameter[], settings: RunSettings) {
    return setupCalibration(base, targets, fits, { ...settings, seed: base.seed, engine: 'wasm' }, (f) => f.path);
  }

  async start(base: Scenario, targets: readonly Target[], fits: readonly FreeParameter[], settings: RunSettings): Promise<void> {
    this.cancel();
    const gen = ++this.gen;
    const s = this.prepare(base, targets, fits, settings);
    if (!s.ok) {
      this.errors = s.errors;
      this.status = 'error';
      return;
    }
    const ctx: CalibrationContext = s.ctx;
    const current = () => gen === this.gen;
    this.errors = [];
    this.result = null;
    this.done = 0;
    this.total = calibrationBudget(ctx);
    this.remaining = null;
    this.status = 'running';
    const eta = new Eta(this.total);
    const size = poolSize(this.cores(), Math.max(ctx.restarts, ctx.bootstrap + ctx.plan.factors.length + 1), MOST_WORKERS);
    const pool = new WorkerPool(this.spawn, size);
    this.pool = pool;
    this.workers = size;
    const add = (runs: number) => {
      if (!current() || this.status !== 'running') return;
      this.done = Math.min(this.total, this.done + runs);
      this.remaining = eta.observe(this.done, this.clock());
    };
    // reports come on a port of their own and may trail a task's result: the count never
    // passes the total, and what a search left of its budget is counted when it ends
    const progress = proxy(add);
    // the pool keeps its workers from one batch to the next: each is given the context once
    const opened = new WeakSet<object>();
    const run: TaskRunner = (tasks) =>
      pool.map(tasks, async (api, task) => {
        if (!opened.has(api)) {
          await api.open(ctx, progress);
          opened.add(api);
        }
        const r = await api.run(task);
        add(Math.max(0, taskBudget(ctx, task) - r.runs));
        return r.result;
      });
    try {
      const { report } = await calibrateWith(ctx, run);
      if (!current()) return;
      const saved = calibratedWithSection(base, ctx, report, settings.holdout);
      if (!saved.ok) throw new Error(saved.errors.join('; '));
      this.result = saved.scenario;
      this.done = this.total;
      this.remaining = 0;
      this.status = 'done';
    } catch (e) {
      if (!current()) return;
      if (e instanceof PoolStopped && e.cancelled) this.status = 'cancelled';
      else {
        this.errors = [e instanceof PointError || e instanceof Error ? e.message : String(e)];
        this.status = 'error';
      }
    } finally {
      pool.close();
      if (this.pool === pool) this.pool = null;
    }
  }

  /** Forgets a finished result (it was opened: the scenario now holds it). */
  clear(): void {
    if (this.status === 'running') return;
    this.result = null;
    this.status = 'idle';
  }

  cancel(): void {
    this.pool?.cancel();
    this.pool = null;
    if (this.status === 'running') this.status = 'cancelled';
  }
}
