// The browser worker pool with stand-in workers: every task once, at most `size` at a time,
// pause/resume without losing or repeating a task, cancel and a worker's death end the run;
// `map` gives results in task order on workers kept from one batch to the next.
import { describe, expect, it } from 'vitest';
import { poolSize, PoolStopped, WorkerPool, type PoolWorker } from '../../../../src/ui/pool/workerPool.ts';

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
  let spawned = 0;
  const spawn = (): PoolWorker<Api> => (
    spawned++,
    {
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
    }
  );
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
    get spawned() {
      return spawned;
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

  it('map gives the results in task order whatever finishes first, and keeps its workers for the next batch', async () => {
    const f = fakeWorkers();
    const pool = new WorkerPool(f.spawn, 3);
    const order = [2, 0, 4, 1, 3];
    const batch = pool.map([10, 20, 30, 40, 50], (api, x, i) =>
      // each task waits for its turn in `order`, so they finish out of task order
      f.tick().then(async () => {
        for (let turn = 0; turn < order.indexOf(i); turn++) await f.tick();
        return x + 1;
      }),
    );
    expect(await batch).toEqual([11, 21, 31, 41, 51]);
    expect(f.spawned).toBe(3);
    expect(f.terminated).toBe(0);
    const next = pool.map([3, 4], (api, x) => api.square(x));
    await f.release();
    expect(await next).toEqual([9, 16]);
    expect(f.spawned).toBe(3); // the same workers, whatever they were given before
    pool.close();
    expect(f.terminated).toBe(3);
  });

  it('map rejects with PoolStopped: cancelled by the page, or not when a worker died', async () => {
    const f = fakeWorkers();
    const pool = new WorkerPool(f.spawn, 2);
    const cancelled = pool.map([1, 2, 3], (api, x) => api.square(x));
    await f.tick();
    pool.cancel();
    await expect(cancelled).rejects.toEqual(new PoolStopped(true, 'cancelled'));
    expect(f.terminated).toBe(2);

    const g = fakeWorkers();
    const pool2 = new WorkerPool(g.spawn, 2);
    const died = pool2.map([1, 2, 3], (api, x) => api.square(x));
    await g.tick();
    g.kill(0, 'out of memory');
    await expect(died).rejects.toMatchObject({ cancelled: false, message: 'out of memory' });
    expect(g.terminated).toBe(2);
  });

  it('a worker that dies between batches is replaced: the next batch does not wait on it', async () => {
    const f = fakeWorkers();
    const pool = new WorkerPool(f.spawn, 2);
    const first = pool.map([1, 2], (api, x) => api.square(x));
    await f.release();
    expect(await first).toEqual([1, 4]);
    f.kill(1, 'out of memory');
    expect(f.terminated).toBe(2);
    const second = pool.map([3], (api, x) => api.square(x));
    await f.release();
    expect(await second).toEqual([9]);
    expect(f.spawned).toBe(3);
  });

  it('sizes to the cores, at least one worker and no more than the tasks', () => {
    expect(poolSize(8, 100)).toBe(8);
    expect(poolSize(8, 3)).toBe(3);
    expect(poolSize(undefined, 100)).toBe(2);
    expect(poolSize(0, 0)).toBe(1);
    expect(poolSize(32, 100, 16)).toBe(16);
  });
});
