// Runs replicates on worker threads and hands their periods on in replicate order, so the
// output is byte-identical to a sequential run. A worker takes the next replicate when it
// finishes one, but never more than LOOKAHEAD_PER_WORKER × workers replicates ahead of the
// one being written (order.ts): the periods of replicates that finish early wait in memory,
// and this bounds how many (memory.ts counts them in the budget).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PeriodSummary } from '../model/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Engine } from '../model/index.ts';
import { WORKER_ROLE, type FromWorker, type ToWorker } from './worker.ts';
import { LOOKAHEAD_PER_WORKER } from './memory.ts';
import { InOrder } from './order.ts';

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

export function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  // tsx has no `define`: the model's kernel reads ASC_TARGET (0 = its JavaScript paths, as
  // vite.config.ts and scripts/run-ts.mjs define it for bundles)
  const boot = `globalThis.ASC_TARGET = 0; import(${JSON.stringify(tsxApiUrl())}).then((t) => { t.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/** onPeriod gets periods in replicate order; onArrive is called as each arrives (progress). */
export function runOnWorkers(
  s: Scenario,
  workers: number,
  entry: URL,
  onPeriod: OnPeriod,
  onArrive?: () => void,
  engine: Engine = 'wasm',
  cohorts = false,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const order = new InOrder<PeriodSummary>(s.replicates, LOOKAHEAD_PER_WORKER * workers);
    let failed = false;
    const pool: Worker[] = [];
    const idle: Worker[] = [];

    const stopAll = () => pool.forEach((w) => void w.terminate());
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      stopAll();
      reject(e);
    };
    const handOn = (items: [number, PeriodSummary][]) => {
      for (const [replicate, summary] of items) onPeriod(replicate, summary);
    };
    /** Gives every idle worker a replicate, as far as the lookahead allows. */
    const startIdle = () => {
      while (idle.length) {
        const replicate = order.take();
        if (replicate === null) return;
        idle.pop()!.postMessage({ replicate } satisfies ToWorker);
      }
    };

    for (let i = 0; i < Math.min(workers, s.replicates); i++) {
      const w = startWorker(entry, { role: WORKER_ROLE, scenario: s, engine, cohorts });
      pool.push(w);
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0 && !failed && !order.done) fail(new Error(`a worker stopped with code ${code}`));
      });
      w.on('message', (m: FromWorker) => {
        if (failed) return;
        if (m.type === 'error') return fail(new Error(`in a worker: ${m.message}`));
        try {
          if (m.type === 'period') {
            handOn(order.add(m.replicate, { period: m.period, firms: m.firms, values: m.values, moves: m.moves, cohorts: m.cohorts }));
            onArrive?.();
          } else {
            handOn(order.finish(m.replicate));
            idle.push(w);
          }
          if (order.done) {
            pool.forEach((x) => x.postMessage({ stop: true } satisfies ToWorker));
            resolve();
          } else startIdle();
        } catch (e) {
          fail(e as Error); // e.g. the disk is full: stop the workers, report it
        }
      });
      idle.push(w);
    }
    startIdle();
  });
}
