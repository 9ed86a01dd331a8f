// Independent tasks of a search (a restart, a finalist's fresh runs, a bootstrap refit) on
// worker threads, results handed back in task order, so a run with N workers gives exactly
// what one thread gives. Each worker is started from the command's own entry module with
// `workerData` (the plan and options) and answers one task at a time.
import { parentPort, workerData } from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import { PointError } from '../experiment/plan.ts';
import { startWorker } from './pool.ts';

type ToWorker<T> = { task: number; input: T } | { stop: true };
type FromWorker<R> = { type: 'done'; task: number; result: R } | { type: 'error'; message: string; badInput: boolean };

export function isTaskWorker(role: string): boolean {
  return parentPort !== null && (workerData as { role?: string } | null)?.role === role;
}

/** The worker side: `handle(data, input)` for each task it is sent. */
export function serveTasks<D, T, R>(handle: (data: D, input: T) => R): void {
  const port = parentPort!;
  const { data } = workerData as { data: D };
  port.on('message', (m: ToWorker<T>) => {
    if ('stop' in m) return port.close();
    try {
      port.postMessage({ type: 'done', task: m.task, result: handle(data, m.input) } satisfies FromWorker<R>);
    } catch (e) {
      const badInput = e instanceof PointError;
      const message = e instanceof Error ? (badInput ? e.message : (e.stack ?? e.message)) : String(e);
      port.postMessage({ type: 'error', message, badInput } satisfies FromWorker<R>);
    }
  });
}

/** Runs `inputs` on up to `workers` threads; `onDone` is called as each task finishes (progress). */
export function runTasks<D, T, R>(entry: URL, role: string, data: D, inputs: readonly T[], workers: number, onDone?: () => void): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const results = new Array<R>(inputs.length);
    let next = 0;
    let finished = 0;
    let failed = false;
    const pool: Worker[] = [];
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      pool.forEach((w) => void w.terminate());
      reject(e);
    };
    const give = (w: Worker) => {
      if (next < inputs.length) w.postMessage({ task: next, input: inputs[next++] } satisfies ToWorker<T>);
    };
    if (inputs.length === 0) return resolve(results);
    for (let i = 0; i < Math.min(workers, inputs.length); i++) {
      const w = startWorker(entry, { role, data });
      pool.push(w);
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0 && !failed && finished < inputs.length) fail(new Error(`a worker stopped with code ${code}`));
      });
      w.on('message', (m: FromWorker<R>) => {
        if (failed) return;
        if (m.type === 'error') return fail(m.badInput ? new PointError(m.message) : new Error(`in a worker: ${m.message}`));
        results[m.task] = m.result;
        finished++;
        onDone?.();
        if (finished === inputs.length) {
          pool.forEach((x) => x.postMessage({ stop: true } satisfies ToWorker<T>));
          resolve(results);
        } else give(w);
      });
      give(w);
    }
  });
}

/** The same tasks on this thread, for --workers 1. */
export function runTasksHere<D, T, R>(handle: (data: D, input: T) => R, data: D, inputs: readonly T[], onDone?: () => void): R[] {
  return inputs.map((input) => {
    const r = handle(data, input);
    onDone?.();
    return r;
  });
}
