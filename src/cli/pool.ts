// Runs replicates on worker threads and hands their periods on in replicate order, so the
// output is byte-identical to a sequential run. A worker takes the next replicate when it
// finishes one; replicates that finish early wait in memory (a few at most: all replicates
// take about as long).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PeriodSummary } from '../model/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Engine } from '../model/index.ts';
import { WORKER_ROLE, type FromWorker, type ToWorker } from './worker.ts';

export type OnPeriod = (replicate: number, summary: PeriodSummary) => void;

/** A .ts entry (under tsx or vitest) needs tsx's loader in the worker, and Node 20 neither
 *  carries the parent's loader hooks into workers nor applies a worker's own --import before
 *  its entry: so a two-line bootstrap registers tsx, then imports the entry. */
function tsxApiUrl(): string {
  // resolved here, as the ESM build named in tsx's exports: a worker's eval code resolves
  // bare names from the working directory, and tsx's CommonJS API fails to register there
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = JSON.parse(readFileSync(pkg, 'utf8')).exports['./esm/api'].import.default as string;
  return pathToFileURL(join(dirname(pkg), api)).href;
}

function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  // tsx has no `define`: the model's kernel reads ASC_TARGET (0 = its JavaScript paths, as
  // vite.config.ts and scripts/run-ts.mjs define it for bundles)
  const boot = `globalThis.ASC_TARGET = 0; import(${JSON.stringify(tsxApiUrl())}).then((t) => { t.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/** onPeriod gets periods in replicate order; onArrive is called as each arrives (progress). */
export function runOnWorkers(s: Scenario, workers: number, entry: URL, onPeriod: OnPeriod, onArrive?: () => void, engine: Engine = 'wasm'): Promise<void> {
  return new Promise((resolve, reject) => {
    const pending = new Map<number, PeriodSummary[]>(); // replicate → periods not yet handed on
    const finished = new Set<number>();
    let nextToWrite = 0;
    let nextToStart = 0;
    let failed = false;
    const pool: Worker[] = [];

    const stopAll = () => pool.forEach((w) => void w.terminate());
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      stopAll();
      reject(e);
    };
    // hand on everything that is now in order
    const drain = () => {
      while (nextToWrite < s.replicates) {
        const queue = pending.get(nextToWrite) ?? [];
        for (const summary of queue) onPeriod(nextToWrite, summary);
        queue.length = 0;
        if (!finished.has(nextToWrite)) return;
        pending.delete(nextToWrite);
        nextToWrite++;
      }
      pool.forEach((w) => w.postMessage({ stop: true } satisfies ToWorker));
      resolve();
    };
    const startNext = (w: Worker) => {
      if (nextToStart >= s.replicates) return;
      pending.set(nextToStart, []);
      w.postMessage({ replicate: nextToStart++ } satisfies ToWorker);
    };

    for (let i = 0; i < Math.min(workers, s.replicates); i++) {
      const w = startWorker(entry, { role: WORKER_ROLE, scenario: s, engine });
      pool.push(w);
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0 && !failed && nextToWrite < s.replicates) fail(new Error(`a worker stopped with code ${code}`));
      });
      w.on('message', (m: FromWorker) => {
        if (failed) return;
        if (m.type === 'error') return fail(new Error(`in a worker: ${m.message}`));
        try {
          if (m.type === 'period') {
            pending.get(m.replicate)!.push({ period: m.period, firms: m.firms, values: m.values, moves: m.moves });
            onArrive?.();
          } else {
            finished.add(m.replicate);
            startNext(w);
          }
          if (m.replicate === nextToWrite) drain();
        } catch (e) {
          fail(e as Error); // e.g. the disk is full: stop the workers, report it
        }
      });
      startNext(w);
    }
  });
}
