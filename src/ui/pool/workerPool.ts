// The browser's pool of Web Workers, for every view that runs tasks on all cores (the
// experiments and the calibration views). It works through a batch of tasks, one task at a
// time per worker, handed out in order. Knows nothing of what the tasks are.
// - `run` is a batch whose results are reported as they arrive; the workers end with it.
// - `map` is a batch whose results come back in the order of the tasks; the workers stay for
//   the next batch (a calibration's restarts, then its runs at the fit), so what a worker was
//   given once (the scenario, the targets) is still there; `close` ends them.
// Pause stops handing out tasks (the ones under way finish, so nothing is lost or run twice);
// resume goes on from the next one; cancel terminates the workers. A worker that dies (an
// exception at load, out of memory) never answers its pending call, so its death ends the
// batch with its message rather than leaving the page waiting.
import { wrap, type Remote } from 'comlink';

export interface PoolWorker<Api> {
  api: Api;
  terminate(): void;
  /** Called if the worker dies: its pending calls never settle. */
  onError(listener: (message: string) => void): void;
}

/** A started Worker as a pool member, its API wrapped by Comlink. The caller starts it, as
 *  `new Worker(new URL('…', import.meta.url), { type: 'module' })` (written out so the bundler finds it). */
export function comlinkWorker<Api>(w: Worker, what = 'a worker'): PoolWorker<Remote<Api>> {
  return {
    api: wrap<Api>(w),
    terminate: () => w.terminate(),
    onError: (listener) => {
      w.addEventListener('error', (e) => listener(e.message || `${what} stopped`));
      w.addEventListener('messageerror', () => listener(`a message from ${what} could not be read`));
    },
  };
}

export type PoolOutcome = { status: 'done' } | { status: 'cancelled' } | { status: 'error'; message: string };

/** How `map` fails: cancelled (or closed) by the page, or not (a worker died, a task failed). */
export class PoolStopped extends Error {
  constructor(
    readonly cancelled: boolean,
    message: string,
  ) {
    super(message);
  }
}

/** Workers for `tasks` tasks on a machine with `cores` logical cores (navigator.hardwareConcurrency,
 *  unknown in some browsers: then 2), never more than `max`. */
export function poolSize(cores: number | undefined, tasks: number, max = 64): number {
  return Math.max(1, Math.min(max, cores && cores > 0 ? Math.floor(cores) : 2, tasks));
}

export class WorkerPool<Api> {
  private workers: PoolWorker<Api>[] = [];
  private pausedNow = false;
  /** Workers waiting for a resume. */
  private waiting: (() => void)[] = [];
  /** Ends the batch under way. */
  private stop: ((o: PoolOutcome) => void) | null = null;

  constructor(
    private readonly spawn: () => PoolWorker<Api>,
    readonly size: number,
  ) {}

  get paused(): boolean {
    return this.pausedNow;
  }

  /** Runs every task, at most `size` at once; `done` is told each result, in the order they
   *  arrive (task i is `tasks[i]`). Resolves once all are done, or cancelled, or failed; the
   *  workers are terminated then. */
  async run<Task, Result>(
    tasks: readonly Task[],
    each: (api: Api, task: Task, i: number) => Promise<Result>,
    done: (result: Result, task: Task, i: number) => void,
  ): Promise<PoolOutcome> {
    const o = await this.batch(tasks, each, done);
    if (o.status === 'done') this.terminate();
    return o;
  }

  /** Runs every task, at most `size` at once, and gives the results in the order of the tasks;
   *  the workers stay for the next batch until `close`. Rejects with PoolStopped. */
  async map<Task, Result>(tasks: readonly Task[], each: (api: Api, task: Task, i: number) => Promise<Result>): Promise<Result[]> {
    const out = new Array<Result>(tasks.length);
    const o = await this.batch(tasks, each, (result, _, i) => (out[i] = result));
    if (o.status === 'done') return out;
    throw new PoolStopped(o.status === 'cancelled', o.status === 'error' ? o.message : 'cancelled');
  }

  pause(): void {
    this.pausedNow = true;
  }

  resume(): void {
    this.pausedNow = false;
    this.wakeAll();
  }

  /** Ends the batch under way at once: workers are terminated, results still in flight are dropped. */
  cancel(): void {
    const stop = this.stop;
    this.stop = null;
    stop?.({ status: 'cancelled' });
    this.terminate();
    this.pausedNow = false;
    this.wakeAll();
  }

  /** Terminates the workers `map` keeps between batches (a batch under way ends cancelled). */
  close(): void {
    this.cancel();
  }

  private async batch<Task, Result>(
    tasks: readonly Task[],
    each: (api: Api, task: Task, i: number) => Promise<Result>,
    done: (result: Result, task: Task, i: number) => void,
  ): Promise<PoolOutcome> {
    if (this.stop) throw new Error('the pool is already running');
    let outcome: PoolOutcome | null = null;
    let settle = (_: PoolOutcome) => {};
    const ended = new Promise<PoolOutcome>((resolve) => (settle = resolve));
    const end = (o: PoolOutcome) => {
      if (outcome) return;
      outcome = o;
      settle(o);
    };
    this.stop = end;
    const workers = this.workersFor(tasks.length);
    let next = 0;
    const work = async (w: PoolWorker<Api>) => {
      while (!outcome) {
        while (this.pausedNow && !outcome) await new Promise<void>((resolve) => this.waiting.push(resolve));
        if (outcome || next >= tasks.length) return;
        const i = next++;
        const result = await each(w.api, tasks[i], i);
        if (!outcome) done(result, tasks[i], i);
      }
    };
    Promise.all(workers.map(work)).then(
      () => end({ status: 'done' }),
      (e: unknown) => end({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    const o = await ended;
    // a cancel clears `stop` and cleans up itself (and a new batch may have begun since)
    if (this.stop === end) {
      this.stop = null;
      // a failed batch may leave a worker busy with a task no one waits for: start afresh
      if (o.status !== 'done') this.terminate();
    }
    return o;
  }

  /** The workers for a batch of `tasks` tasks: those kept from the last batch, and new ones up
   *  to `size` (never more than the tasks). */
  private workersFor(tasks: number): PoolWorker<Api>[] {
    const want = Math.max(1, Math.min(this.size, tasks));
    while (this.workers.length < want) {
      const w = this.spawn();
      this.workers.push(w);
      w.onError((message) => {
        if (!this.workers.includes(w)) return; // already terminated
        if (this.stop) this.stop({ status: 'error', message });
        else this.terminate(); // died between batches: the next one starts new workers
      });
    }
    return this.workers.slice(0, want);
  }

  private wakeAll(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w();
  }

  private terminate(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }
}
