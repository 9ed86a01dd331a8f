// Where a round's markets are run. On worker threads (worker_threads), so the server keeps
// answering while a round runs: heartbeats, late decisions (refused, with a reason), the
// teacher's screen. A market is one job; the workers are started on the first round and kept,
// one per market up to the cores there are, each with its markets' simulations (keptMarkets.ts).
// In this thread, from period 0, when no worker entry is given.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../cli/pool.ts';
import { runMarket, type MarketResult } from './outcomes.ts';
import { ROUND_WORKER_ROLE, type FromRoundWorker, type ToRoundWorker } from './roundWorker.ts';
import type { MarketJob, RunMarket } from './rounds.ts';

export interface RoundPool {
  /** Results in the order of the jobs; rejects if any market fails. */
  run(jobs: readonly MarketJob[]): Promise<MarketResult[]>;
  close(): Promise<void>;
}

/** On the calling thread (tests with a stand-in model; a server started without workers). */
export function inThread(run: RunMarket = runMarket): RoundPool {
  return {
    run: async (jobs) => jobs.map((j) => run(j.scenario, j.periods)),
    close: async () => {},
  };
}

/** At most this many workers: 5 markets is the most a game has (handle.ts MAX_MARKETS). */
export const defaultWorkers = (): number => Math.max(1, Math.min(5, availableParallelism()));

export function roundWorkers(entry: URL, size = defaultWorkers()): RoundPool {
  const workers: Worker[] = [];
  let nextId = 0;
  // one round at a time: a second run waits for the first
  let queue: Promise<unknown> = Promise.resolve();

  function runOn(w: Worker, job: MarketJob): Promise<MarketResult> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const onMessage = (m: FromRoundWorker) => {
        if (m.id !== id) return;
        done();
        if ('error' in m) reject(new Error(`in a round worker: ${m.error}`));
        else resolve(m.result);
      };
      const onExit = (code: number) => {
        done();
        reject(new Error(`a round worker stopped with code ${code}`));
      };
      const onError = (e: Error) => {
        done();
        reject(e);
      };
      const done = () => {
        w.off('message', onMessage);
        w.off('exit', onExit);
        w.off('error', onError);
      };
      w.on('message', onMessage);
      w.on('exit', onExit);
      w.on('error', onError);
      w.postMessage({ id, job } satisfies ToRoundWorker);
    });
  }

  async function runAll(jobs: readonly MarketJob[]): Promise<MarketResult[]> {
    while (workers.length < Math.min(size, jobs.length)) {
      const w = startWorker(entry, { role: ROUND_WORKER_ROLE });
      // an idle worker does not keep the process alive (the server's socket does)
      w.unref();
      workers.push(w);
    }
    const results: MarketResult[] = new Array(jobs.length);
    const lanes = Math.min(size, jobs.length);
    // market i always goes to worker i mod lanes, which kept its simulation from the last round
    const lane = async (w: Worker, l: number) => {
      for (let i = l; i < jobs.length; i += lanes) results[i] = await runOn(w, jobs[i]);
    };
    try {
      await Promise.all(workers.slice(0, lanes).map(lane));
    } catch (e) {
      // a worker that failed may be half-way through a market: start afresh next time
      await Promise.all(workers.splice(0).map((w) => w.terminate()));
      throw e;
    }
    return results;
  }

  return {
    run(jobs) {
      const out = queue.then(() => runAll(jobs));
      queue = out.catch(() => {});
      return out;
    },
    async close() {
      await Promise.all(workers.splice(0).map((w) => w.terminate()));
    },
  };
}
