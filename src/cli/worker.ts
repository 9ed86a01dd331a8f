// The worker side of --workers: runs the replicates it is sent and posts every period back.
// It only carries: the model runs exactly as in the main thread (same runReplicate).
import { parentPort, workerData } from 'node:worker_threads';
import { runReplicate, type CohortPeriod, type Engine } from '../model/index.ts';
import type { Scenario } from '../scenario/schema.ts';

export const WORKER_ROLE = 'loyalty-lab:replicates';

export type ToWorker = { replicate: number } | { stop: true };
export type FromWorker =
  | { type: 'period'; replicate: number; period: number; firms: number; values: Float64Array; moves: Float64Array; cohorts?: CohortPeriod }
  | { type: 'done'; replicate: number }
  | { type: 'error'; message: string };

export function isReplicateWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

export function serveReplicates(): void {
  const port = parentPort!;
  const { scenario, engine, cohorts } = workerData as { scenario: Scenario; engine: Engine; cohorts?: boolean };
  const post = (m: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  port.on('message', (m: ToWorker) => {
    if ('stop' in m) return port.close();
    try {
      runReplicate(scenario, m.replicate, {
        engine,
        cohorts,
        onPeriod: (s, r) => {
          const values = s.values.slice();
          const moves = s.moves.slice();
          post({ type: 'period', replicate: r, period: s.period, firms: s.firms, values, moves, cohorts: s.cohorts }, [values.buffer, moves.buffer]);
        },
      });
      post({ type: 'done', replicate: m.replicate });
    } catch (e) {
      post({ type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
}
