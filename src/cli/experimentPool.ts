// Runs an experiment's runs on worker threads and hands their outputs on in run order, so the
// rows are byte-identical to a single-threaded run. Each worker takes the next run when it
// finishes one; runs that finish early wait in memory until the runs before them are in (a
// few at most: a run's outputs are a handful of numbers).
import type { Worker } from 'node:worker_threads';
import type { Engine } from '../model/index.ts';
import { PointError, type Plan } from '../experiment/plan.ts';
import { startWorker } from './pool.ts';
import { EXPERIMENT_WORKER_ROLE, type FromExperimentWorker, type ToExperimentWorker } from './experimentWorker.ts';

export function runOnExperimentWorkers(
  plan: Plan,
  runs: readonly number[],
  workers: number,
  entry: URL,
  onRun: (run: number, outputs: Float64Array) => void,
  engine: Engine = 'wasm',
): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = new Map<number, Float64Array>(); // run → outputs not yet handed on
    let nextToHand = 0; // index into runs
    let nextToStart = 0;
    let failed = false;
    const pool: Worker[] = [];
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      pool.forEach((w) => void w.terminate());
      reject(e);
    };
    const drain = () => {
      while (nextToHand < runs.length && done.has(runs[nextToHand])) {
        const run = runs[nextToHand++];
        const outputs = done.get(run)!;
        done.delete(run);
        onRun(run, outputs);
      }
      if (nextToHand === runs.length) {
        pool.forEach((w) => w.postMessage({ stop: true } satisfies ToExperimentWorker));
        resolve();
      }
    };
    const startNext = (w: Worker) => {
      if (nextToStart < runs.length) w.postMessage({ run: runs[nextToStart++] } satisfies ToExperimentWorker);
    };
    if (runs.length === 0) return resolve();
    for (let i = 0; i < Math.min(workers, runs.length); i++) {
      const w = startWorker(entry, { role: EXPERIMENT_WORKER_ROLE, plan, engine });
      pool.push(w);
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0 && !failed && nextToHand < runs.length) fail(new Error(`a worker stopped with code ${code}`));
      });
      w.on('message', (m: FromExperimentWorker) => {
        if (failed) return;
        if (m.type === 'error') return fail(m.badInput ? new PointError(m.message) : new Error(`in a worker: ${m.message}`));
        try {
          done.set(m.run, m.outputs);
          startNext(w);
          drain();
        } catch (e) {
          fail(e as Error); // e.g. the disk is full: stop the workers, report it
        }
      });
      startNext(w);
    }
  });
}
