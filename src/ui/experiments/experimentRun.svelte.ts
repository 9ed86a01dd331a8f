// An experiment under way in the page: the scenario's experiment section planned here (for the
// charts) and in each worker of a pool on all cores (for the runs; the plan is deterministic,
// so both hold the same one), runs handed out in order so the points fill in from the first,
// results kept as they arrive (one number per output per run), progress and time left, pause,
// resume and cancel. Before starting, a short calibration run times a period of the first
// point, so the time the whole experiment will take is shown first. Optimisation runs the
// search's restarts on the pool, then the finalists on fresh replicates (experiment/optimise.ts).
// The design's results and an optimisation's are two parts of one experiment: running one keeps
// the other's finished results of the same plan, so both are saved together (experiment/saved.ts).
import type { Remote } from 'comlink';
import { summarisePoints, type PointSummary } from '../../experiment/analysis.ts';
import { finalists, freshReplicates, reportSearch, type Evaluation, type OptimiseReport } from '../../experiment/optimise.ts';
import { resolveObjective } from '../../experiment/objective.ts';
import type { Plan } from '../../experiment/plan.ts';
import { planSection } from '../../experiment/section.ts';
import { savedPoints, type SavedResults } from '../../experiment/saved.ts';
import { restoreOptimisation } from '../../experiment/savedOptimisation.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { ExperimentApi } from '../../../workers/experimentApi.ts';
import { Eta } from '../compare/eta.ts';
import { poolSize, WorkerPool, type PoolWorker } from '../pool/workerPool.ts';

export type ExperimentWorker = PoolWorker<Remote<ExperimentApi>>;
export type ExperimentStatus = 'idle' | 'running' | 'paused' | 'done' | 'cancelled' | 'error';

/** Periods of the calibration run: enough to time a period, short enough not to be noticed. */
const CALIBRATION_PERIODS = 3;
const REDRAW_MS = 250;

export class ExperimentRun {
  status = $state<ExperimentStatus>('idle');
  /** Runs done and to do (for an optimisation: candidates' runs, counted as they finish). */
  done = $state(0);
  total = $state(0);
  remaining = $state<number | null>(null);
  workers = $state(0);
  plan = $state.raw<Plan | null>(null);
  /** results[run · outputs + j]; NaN until the run is done. Filled in place; `version` says
   *  when to read them again (at most every REDRAW_MS, so a large experiment does not redraw
   *  its charts on every run). */
  results = new Float64Array(0);
  finished = new Uint8Array(0);
  version = $state(0);
  private redraw: ReturnType<typeof setTimeout> | null = null;
  error = $state<string | null>(null);
  /** Seconds the experiment would take on the pool, from the calibration run, for `key`. */
  estimate = $state.raw<{ key: string; seconds: number } | null>(null);
  path = $state.raw<Evaluation[]>([]);
  report = $state.raw<OptimiseReport | null>(null);
  /** Point summaries saved with the scenario (experiment/saved.ts), shown without a run (all
   *  with n = 0 when the summary holds an optimisation only). */
  saved = $state.raw<PointSummary[] | null>(null);
  /** The report and path shown came from a saved summary, not from a run. */
  savedReport = $state(false);

  private pool: WorkerPool<Remote<ExperimentApi>> | null = null;
  private calibrating: ExperimentWorker | null = null;
  private gen = 0;

  constructor(
    private readonly spawn: () => ExperimentWorker,
    private readonly cores: () => number | undefined = () => globalThis.navigator?.hardwareConcurrency,
  ) {}

  get fraction(): number {
    return this.total > 0 ? this.done / this.total : 0;
  }

  /** Every design point has its results: from runs of this page, or saved with the scenario. */
  get designComplete(): boolean {
    void this.version;
    if (this.saved) return this.saved.every((p) => p.outputs.every((o) => o.n > 0));
    return this.plan !== null && this.finished.length === this.plan.runs && this.finished.every((f) => f === 1);
  }

  /** Every point's summary so far (points without runs yet have n = 0). */
  get points(): PointSummary[] {
    void this.version;
    if (this.saved) return this.saved;
    return this.plan ? summarisePoints(this.plan, this.results) : [];
  }

  private changed(now = false): void {
    if (now) {
      if (this.redraw) clearTimeout(this.redraw);
      this.redraw = null;
      this.version++;
    } else
      this.redraw ??= setTimeout(() => {
        this.redraw = null;
        this.version++;
      }, REDRAW_MS);
  }

  /** Workers the pool would use for `runs` runs. */
  poolFor(runs: number): number {
    return poolSize(this.cores(), runs);
  }

  /** Times a short run of the first point on one worker; the estimate is for `runs` runs. */
  async calibrate(scenario: Scenario, key: string): Promise<void> {
    const plan = planSection(scenario);
    if (!plan.ok) return;
    // one calibration at a time: an edit since makes the one under way useless
    this.calibrating?.terminate();
    const w = this.spawn();
    this.calibrating = w;
    try {
      const loaded = await w.api.load(scenario);
      if (!loaded.ok) return;
      const t = await w.api.time(CALIBRATION_PERIODS);
      const perRun = (t.setupMs + t.periodMs * plan.plan.base.horizon) / 1000;
      if (this.calibrating === w) this.estimate = { key, seconds: perRun * Math.ceil(plan.plan.runs / this.poolFor(plan.plan.runs)) };
    } catch {
      // no estimate: the run itself will say what is wrong
    } finally {
      w.terminate();
      if (this.calibrating === w) this.calibrating = null;
    }
  }

  async start(scenario: Scenario): Promise<void> {
    this.cancel();
    const r = planSection(scenario);
    if (!r.ok) {
      this.error = r.errors.join('\n');
      this.status = 'error';
      return;
    }
    const plan = r.plan;
    const gen = ++this.gen;
    const k = plan.outputs.length;
    // a finished optimisation of this plan stays: the design's runs do not change it
    if (!this.report || this.plan?.digest !== plan.digest) {
      this.path = [];
      this.report = null;
      this.savedReport = false;
    }
    this.plan = plan;
    this.saved = null;
    this.results = new Float64Array(plan.runs * k).fill(NaN);
    this.finished = new Uint8Array(plan.runs);
    this.changed(true);
    this.error = null;
    this.done = 0;
    this.total = plan.runs;
    this.remaining = null;
    this.status = 'running';
    const eta = new Eta(plan.runs);
    const pool = this.newPool(plan.runs);
    const loaded = new WeakSet<object>();
    const runs = Array.from({ length: plan.runs }, (_, i) => i);
    const outcome = await pool.run(
      runs,
      async (api, run) => {
        if (!loaded.has(api)) {
          const l = await api.load(scenario);
          if (!l.ok) throw new Error(l.errors.join('; '));
          loaded.add(api);
        }
        return api.run(run);
      },
      (outputs, run) => {
        if (gen !== this.gen) return;
        this.results.set(outputs, run * k);
        this.finished[run] = 1;
        this.changed();
        this.done++;
        this.remaining = eta.observe(this.done, performance.now() / 1000);
      },
    );
    this.changed(true);
    this.ended(gen, outcome);
  }

  /** The optimisation of the section's `optimise`: restarts on the pool, then the finalists
   *  on fresh replicates, each on a worker of its own. */
  async optimise(scenario: Scenario): Promise<void> {
    this.cancel();
    const r = planSection(scenario);
    const spec = r.ok ? r.plan.experiment.optimise : undefined;
    const objective = r.ok && spec ? resolveObjective(r.plan, spec) : null;
    if (!r.ok || !spec || !objective || Array.isArray(objective)) {
      this.error = !r.ok ? r.errors.join('\n') : Array.isArray(objective) ? objective.map((e) => `experiment.${e}`).join('\n') : 'experiment.optimise: missing';
      this.status = 'error';
      return;
    }
    const plan = r.plan;
    const gen = ++this.gen;
    // the design's finished (or saved) results of this plan stay: the search does not change them
    if (!this.designComplete || this.plan?.digest !== plan.digest) {
      this.saved = null;
      this.results = new Float64Array(0);
      this.finished = new Uint8Array(0);
      this.changed(true);
    }
    this.plan = plan;
    this.path = [];
    this.report = null;
    this.savedReport = false;
    this.error = null;
    this.done = 0;
    this.total = spec.restarts + spec.finalists;
    this.remaining = null;
    this.status = 'running';
    const eta = new Eta(this.total);
    const loaded = new WeakSet<object>();
    const ready = async (api: Remote<ExperimentApi>) => {
      if (loaded.has(api)) return;
      const l = await api.load(scenario);
      if (!l.ok) throw new Error(l.errors.join('; '));
      loaded.add(api);
    };
    const tick = () => {
      this.done++;
      this.remaining = eta.observe(this.done, performance.now() / 1000);
    };
    const restarts: Evaluation[][] = [];
    let outcome = await this.newPool(spec.restarts).run(
      Array.from({ length: spec.restarts }, (_, i) => i),
      async (api, restart) => (await ready(api), api.searchRestart(restart)),
      (evaluations, restart) => {
        if (gen !== this.gen) return;
        restarts[restart] = evaluations;
        this.path = restarts.filter(Boolean).flat();
        tick();
      },
    );
    if (outcome.status !== 'done' || gen !== this.gen) return this.ended(gen, outcome);
    const path = restarts.flat();
    const chosen = finalists(path, spec.finalists);
    const fresh: Float64Array[][] = [];
    this.total = spec.restarts + chosen.length;
    outcome = await this.newPool(chosen.length).run(
      chosen,
      async (api, c) => (await ready(api), api.runCandidate(c.values, freshReplicates(plan, spec))),
      (runs, _c, i) => {
        if (gen !== this.gen) return;
        fresh[i] = runs;
        tick();
      },
    );
    if (outcome.status === 'done' && gen === this.gen) this.report = reportSearch({ plan, spec, objective, engine: 'wasm' }, path, chosen, fresh);
    this.ended(gen, outcome);
  }

  pause(): void {
    if (this.status !== 'running' || !this.pool) return;
    this.pool.pause();
    this.status = 'paused';
  }

  resume(): void {
    if (this.status !== 'paused' || !this.pool) return;
    this.pool.resume();
    this.status = 'running';
  }

  /** Shows a summary saved with the scenario for `plan`, labelled as saved, without running:
   *  the design's results and the optimisation's best settings, runner-ups and path. */
  showSaved(plan: Plan, saved: SavedResults): void {
    this.cancel();
    this.plan = plan;
    this.results = new Float64Array(0);
    this.finished = new Uint8Array(0);
    const restored = saved.optimisation ? restoreOptimisation(plan, saved.optimisation) : null;
    this.path = restored?.path ?? [];
    this.report = restored?.report ?? null;
    this.savedReport = restored !== null;
    this.error = null;
    this.status = 'idle';
    this.saved = savedPoints(plan, saved);
    this.changed(true);
  }

  cancel(): void {
    this.gen++;
    this.calibrating?.terminate();
    this.calibrating = null;
    this.pool?.cancel();
    this.pool = null;
    if (this.status === 'running' || this.status === 'paused') this.status = 'cancelled';
  }

  private newPool(tasks: number): WorkerPool<Remote<ExperimentApi>> {
    const pool = new WorkerPool(this.spawn, this.poolFor(tasks));
    this.pool = pool;
    this.workers = pool.size;
    return pool;
  }

  private ended(gen: number, outcome: { status: string; message?: string }): void {
    if (gen !== this.gen) return;
    this.pool = null;
    if (outcome.status === 'done') {
      this.remaining = 0;
      this.status = 'done';
    } else if (outcome.status === 'error') {
      this.error = outcome.message ?? 'error';
      this.status = 'error';
    }
  }
}
