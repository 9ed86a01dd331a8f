// A pool of Web Workers that runs lists of tasks, results in the order of the tasks, and can
// be stopped at any moment. Generic: it knows nothing of what the workers do (the comparison
// view has a pool of its own, and src/ui/pool/ may fold them into one). A worker that dies
// never answers, so its death, or a cancel, ends the wait rather than the answers.

export interface PooledWorker {
  terminate(): void;
  /** Called if the worker dies (an exception at load, out of memory). */
  onError(listener: (message: string) => void): void;
}

export class PoolStopped extends Error {
  constructor(
    readonly cancelled: boolean,
    message: string,
  ) {
    super(message);
  }
}

/** Workers to start: the machine's cores (at most `most`), no more than the tasks at once. */
export function poolSize(hardwareConcurrency: number | undefined, tasks: number, most = 8): number {
  return Math.max(1, Math.min(most, hardwareConcurrency || 2, tasks));
}

export class WorkerPool<W extends PooledWorker> {
  readonly workers: W[];
  private stopped: PoolStopped | null = null;
  private stop: (e: PoolStopped) => void = () => {};
  private readonly whenStopped: Promise<never>;

  constructor(spawn: () => W, size: number) {
    this.whenStopped = new Promise<never>((_, reject) => (this.stop = reject));
    this.whenStopped.catch(() => {}); // read by map(), never unhandled
    this.workers = Array.from({ length: size }, spawn);
    for (const w of this.workers) w.onError((message) => this.end(new PoolStopped(false, message)));
  }

  /** Runs every task, each on the next free worker; rejects with PoolStopped if stopped. */
  async map<T, R>(tasks: readonly T[], each: (w: W, task: T, i: number) => Promise<R>): Promise<R[]> {
    const out = new Array<R>(tasks.length);
    let next = 0;
    const work = async (w: W) => {
      while (next < tasks.length && !this.stopped) {
        const i = next++;
        out[i] = await each(w, tasks[i], i);
      }
    };
    try {
      await Promise.race([Promise.all(this.workers.map(work)), this.whenStopped]);
    } catch (e) {
      this.end(e instanceof PoolStopped ? e : new PoolStopped(false, e instanceof Error ? e.message : String(e)));
    }
    if (this.stopped) throw this.stopped;
    return out;
  }

  cancel(): void {
    this.end(new PoolStopped(true, 'cancelled'));
  }

  /** Stops the workers; what is under way is dropped. */
  close(): void {
    this.end(new PoolStopped(true, 'closed'));
  }

  private end(reason: PoolStopped): void {
    if (this.stopped) return;
    this.stopped = reason;
    for (const w of this.workers) w.terminate();
    this.stop(reason);
  }
}
