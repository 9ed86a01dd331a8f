// The live run: one replicate stepped in a worker, streamed back period by period. Pause, step,
// resume, reset and cancel only change what is asked of the worker next. Every request names
// the simulation it is for (its generation), and the worker refuses one for a simulation it no
// longer holds: a step clicked before a reset, still in the worker's queue, cannot advance the
// new run (which would then start at period 1).
import type { CustomerSample, CustomerState, PeriodSummary } from '../../model/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { LiveLever } from '../../scenario/liveLevers.ts';
import type { Batch } from '../../../workers/simApi.ts';
import type { Spawn, SimWorker } from '../spawn.ts';

/** done: the horizon was reached; cancelled: stopped by the user; failed: the worker died. */
export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'cancelled' | 'failed';

/** A run in one of these states cannot go on: only a reset starts another. */
export function ended(status: RunStatus): boolean {
  return status === 'done' || status === 'cancelled' || status === 'failed';
}

/** Periods per second; 0 runs as fast as the worker can. */
export const SPEEDS = [0, 30, 10, 3, 1] as const;
/** A sample for the map and the inspector is streamed at every population size up to this one
 *  (the largest a scenario may have): it costs one attribution per sampled customer. */
export const SAMPLE_LIMIT = 1_000_000;
export const SAMPLE_SIZE = 1500;
/** Worker time per message: about 14 chart updates a second even when periods are slow. */
export const BATCH_MS = 70;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class LiveRun {
  status = $state<RunStatus>('idle');
  scenario = $state.raw<Scenario>(undefined as unknown as Scenario);
  replicate = $state(0);
  summaries = $state.raw<PeriodSummary[]>([]);
  sample = $state.raw<CustomerSample | null>(null);
  story = $state.raw<CustomerState[]>([]);
  inspectId = $state(-1);
  speed = $state<number>(0);
  /** Chart updates per second over the last second (shown in the status bar). */
  updateRate = $state(0);
  error = $state<string | null>(null);
  /** Where the run stops by itself (a lesson's next card); null: it runs to the horizon. */
  pauseAt: () => number | null = () => null;

  private worker: SimWorker | null = null;
  /** The simulation generation the worker has open (-1: none). */
  private openedGen = -1;
  /** The opening under way, shared by every request that needs it (one open per generation). */
  private opening: { gen: number; done: Promise<unknown> } | null = null;
  /** Bumped when the simulation is replaced: late batches of an older one are dropped. */
  private simGen = 0;
  /** Bumped when the loop must stop (pause, step, reset). */
  private loopGen = 0;
  private stamps: number[] = [];

  constructor(
    private readonly spawn: Spawn,
    scenario: Scenario,
  ) {
    this.scenario = scenario;
  }

  get period(): number {
    return this.summaries.length;
  }

  get samples(): boolean {
    return this.scenario.population.size <= SAMPLE_LIMIT;
  }

  private get api() {
    if (!this.worker) {
      const w = this.spawn();
      w.onError((message) => {
        if (this.worker !== w) return;
        this.stop('failed'); // the worker's state is gone; a new one starts after a reset
        this.error = message;
      });
      this.worker = w;
    }
    return this.worker.api;
  }

  private async ensureOpen(): Promise<number> {
    const gen = this.simGen;
    if (this.openedGen !== gen) {
      if (this.opening?.gen !== gen) this.opening = { gen, done: this.api.open(this.scenario, this.replicate, gen) };
      await this.opening.done;
      // a reset while opening means another simulation is wanted: leave it to the next call
      if (gen === this.simGen) this.openedGen = gen;
    }
    return gen;
  }

  private accept(gen: number, b: Batch): boolean {
    if (gen !== this.simGen || b.stale) return false;
    if (b.summaries.length) this.summaries = [...this.summaries, ...b.summaries];
    if (b.sample) this.sample = b.sample;
    if (b.story.length) this.story = [...this.story, ...b.story];
    if (b.done) this.status = 'done';
    const now = performance.now();
    this.stamps = [...this.stamps.filter((s) => now - s < 1000), now];
    this.updateRate = this.stamps.length;
    return true;
  }

  private options(maxPeriods: number) {
    return { maxPeriods, budgetMs: BATCH_MS, sample: this.samples ? SAMPLE_SIZE : 0, inspect: this.inspectId };
  }

  async run(): Promise<void> {
    if (this.status === 'running' || ended(this.status)) return;
    this.status = 'running';
    const loop = ++this.loopGen;
    try {
      const gen = await this.ensureOpen();
      while (this.status === 'running' && loop === this.loopGen && gen === this.simGen) {
        const t0 = performance.now();
        const stop = this.pauseAt();
        if (stop !== null && this.period >= stop) return this.pause();
        const most = stop === null ? 1000 : stop - this.period;
        const b = await this.api.advance(this.options(Math.min(this.speed > 0 ? 1 : 1000, most)), gen);
        if (!this.accept(gen, b) || b.done) return;
        if (this.speed > 0) await sleep(Math.max(0, 1000 / this.speed - (performance.now() - t0)));
      }
    } catch (e) {
      this.fail(e);
    }
  }

  pause(): void {
    if (this.status !== 'running') return;
    this.loopGen++;
    this.status = 'paused';
  }

  /** Runs exactly one period, then waits. */
  async step(): Promise<void> {
    if (ended(this.status)) return;
    this.loopGen++;
    this.status = 'paused';
    try {
      const gen = await this.ensureOpen();
      if (gen !== this.simGen) return; // reset while the worker was opening: this step was for the old run
      const b = await this.api.advance(this.options(1), gen);
      this.accept(gen, b);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Back to period 0, with a new scenario if given (the seed and replicate included). */
  reset(scenario: Scenario = this.scenario, replicate = this.replicate): void {
    this.simGen++;
    this.loopGen++;
    this.scenario = scenario;
    this.replicate = replicate;
    this.status = 'idle';
    this.summaries = [];
    this.sample = null;
    this.story = [];
    this.error = null;
  }

  /** Stops at once, even inside a long batch: the worker is ended and results so far are kept. */
  cancel(): void {
    this.stop('cancelled');
  }

  private stop(status: 'cancelled' | 'failed'): void {
    this.simGen++;
    this.loopGen++;
    this.opening = null;
    this.worker?.terminate();
    this.worker = null;
    if (this.status !== 'idle' && this.status !== 'done') this.status = status;
  }

  /** Moves a lever from the next period on (a live lever): the worker takes it into the run's
   *  schedule and the scenario here records it, so exporting or sharing the scenario replays
   *  this run. Returns the period it acts from, or an error naming the field (nothing changed). */
  async setLever(x: LiveLever): Promise<{ from: number } | { error: string } | null> {
    if (ended(this.status)) return null;
    try {
      const gen = await this.ensureOpen();
      if (gen !== this.simGen) return null;
      const r = await this.api.setLever(x, gen);
      if (gen !== this.simGen || (!r.ok && r.stale)) return null; // reset meanwhile: not this run's lever
      if (!r.ok) return { error: r.error };
      this.scenario = { ...this.scenario, changes: r.changes };
      return { from: r.from };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Follows one customer from now on (its story restarts). */
  async inspect(id: number): Promise<void> {
    this.inspectId = id;
    this.story = [];
    if (this.openedGen !== this.simGen || id < 0) return;
    const gen = this.simGen;
    // a sampled customer's kept history comes with it, so it can be picked at any time
    const past = await this.api.story(id, gen);
    if (past.length && gen === this.simGen && this.inspectId === id && !this.story.length) this.story = past;
  }

  dispose(): void {
    this.cancel();
  }

  private fail(e: unknown): void {
    this.error = e instanceof Error ? e.message : String(e);
    this.loopGen++;
    this.status = 'paused';
  }
}
