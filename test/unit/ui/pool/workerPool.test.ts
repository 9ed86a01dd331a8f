// The browser worker pool with stand-in workers: every task once, at most `size` at a time,
// pause/resume without losing or repeating a task, cancel and a worker's death end the run.
import { describe, expect, it } from 'vitest';
import { poolSize, WorkerPool, type PoolWorker } from '../../../../src/ui/pool/workerPool.ts';

interface Api {
  square(x: number): Promise<number>;
}

/** Workers whose calls finish when `release()` is called; `kill(i)` makes worker i die. */
function fakeWorkers() {
  const pending: (() => void)[] = [];
  const listeners: ((m: string) => void)[] = [];
  let live = 0;
  let most = 0;
  let terminated = 0;
  const spawn = (): PoolWorker<Api> => ({
    api: {
      square: (x) =>
        new Promise((resolve) => {
          live++;
          most = Math.max(most, live);
          pending.push(() => {
            live--;
            resolve(x * x);
          });
        }),
    },
    terminate: () => terminated++,
    onError: (l) => listeners.push(l),
  });
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return {
    spawn,
    /** Finishes every call under way, then lets the pool hand out the next ones. */
    async release() {
      pending.splice(0).forEach((f) => f());
      await tick();
    },
    kill: (i: number, m: string) => listeners[i](m),
    get most() {
      return most;
    },
    get pending() {
      return pending.length;
    },
    get terminated() {
      return terminated;
    },
    tick,
  };
}

describe('WorkerPool', () => {
  it('runs every task once, at most size at a time, and terminates its workers', async () => {
    const f = fakeWorkers();
    const pool = new WorkerPool(f.spawn, 3);
    const got: number[] = [];
    const run = pool.run(
      [1, 2, 3, 4, 5, 6, 7],
      (api, x) => api.square(x),
      (y) => got.push(y),
    );
    while (got.length < 7) await f.release();
    expect(await run).toEqual({ status: 'done' });
    expect(got.sort((a, b) => a - b)).toEqual([1, 4, 9, 16, 25, 36, 49]);
    expect(f.most).toBe(3);
    expect(f.terminated).toBe(3);
  });

  it('pauses between tasks and resumes from the next one, losing none', async () => {
    const f = fakeWorkers();
    const pool = new WorkerPool(f.spawn, 2);
    const got: number[] = [];
    const run = pool.run(
      [1, 2, 3, 4, 5],
      (api, x) => api.square(x),
      (y) => got.push(y),
    );
    await f.tick();
    pool.pause();
    await f.release(); // the two under way finish; no new ones start
    expect(got).toHaveLength(2);
    expect(f.pending).toBe(0);
    pool.resume();
    await f.tick();
    expect(f.pending).toBe(2);
    while (got.length < 5) await f.release();
    expect(await run).toEqual({ status: 'done' });
    expect(new Set(got).size).toBe(5);
  });

  it('cancel ends the run at once, even while paused, and drops late results', async () => {
    const f = fakeWorkers();
    const pool = new WorkerPool(f.spawn, 2);
    const got: number[] = [];
    const run = pool.run(
      [1, 2, 3],
      (api, x) => api.square(x),
      (y) => got.push(y),
    );
    await f.tick();
    pool.pause();
    pool.cancel();
    expect(await run).toEqual({ status: 'cancelled' });
    await f.release();
    expect(got).toEqual([]);
    expect(f.terminated).toBe(2);
  });

  it("a worker's death ends the run with its message", async () => {
    const f = fakeWorkers();
    const pool = new WorkerPool(f.spawn, 2);
    const run = pool.run(
      [1, 2, 3],
      (api, x) => api.square(x),
      () => {},
    );
    await f.tick();
    f.kill(1, 'out of memory');
    expect(await run).toEqual({ status: 'error', message: 'out of memory' });
  });

  it('a failed task ends the run with its error', async () => {
    const f = fakeWorkers();
    const pool = new WorkerPool(f.spawn, 2);
    const run = pool.run(
      [1, 2],
      (api, x) => (x === 2 ? Promise.reject(new Error('factors[0].path: bad')) : api.square(x)),
      () => {},
    );
    expect(await run).toEqual({ status: 'error', message: 'factors[0].path: bad' });
  });

  it('sizes to the cores, at least one worker and no more than the tasks', () => {
    expect(poolSize(8, 100)).toBe(8);
    expect(poolSize(8, 3)).toBe(3);
    expect(poolSize(undefined, 100)).toBe(2);
    expect(poolSize(0, 0)).toBe(1);
    expect(poolSize(32, 100, 16)).toBe(16);
  });
});
