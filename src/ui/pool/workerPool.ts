// A pool of Web Workers that works through a list of tasks: one task at a time per worker,
// handed out in order, each result reported as it arrives. Pause stops handing out tasks (the
// ones under way finish, so nothing is lost or run twice); resume goes on from the next one;
// cancel terminates the workers. A worker that dies (an exception at load, out of memory)
// never answers its pending call, so its death ends the run with its message rather than
// leaving the page waiting. Knows nothing of what the tasks are: the experiment and the
// calibration views both run on it.
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
  private stop: ((o: PoolOutcome) => void) | null = null;

  constructor(
    private readonly spawn: () => PoolWorker<Api>,
    readonly size: number,
  ) {}

  get paused(): boolean {
    return this.pausedNow;
  }

  /** Runs every task, at most `size` at once; `done` is told each result, in the order they
   *  arrive (task i is `tasks[i]`). Resolves once all are done, or cancelled, or failed. */
  async run<Task, Result>(
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
    const workers = Array.from({ length: Math.max(1, Math.min(this.size, tasks.length)) }, () => this.spawn());
    this.workers = workers;
    for (const w of workers) w.onError((message) => end({ status: 'error', message }));
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
    this.terminate();
    return o;
  }

  pause(): void {
    this.pausedNow = true;
  }

  resume(): void {
    this.pausedNow = false;
    this.wakeAll();
  }

  /** Ends the run at once: workers are terminated, results still in flight are dropped. */
  cancel(): void {
    this.stop?.({ status: 'cancelled' });
    this.terminate();
    this.pausedNow = false;
    this.wakeAll();
  }

  private wakeAll(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w();
  }

  private terminate(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
    this.stop = null;
  }
}
