// The worker side of a round: runs the markets it is sent and posts their results back. It
// keeps each market's simulation for the next round (keptMarkets.ts); the model runs exactly
// as on the main thread, so a round run here gives the same numbers and the exported file
// replays them bit for bit.
import { parentPort, workerData } from 'node:worker_threads';
import { keptMarkets } from './keptMarkets.ts';
import type { MarketResult } from './outcomes.ts';
import type { MarketJob } from './rounds.ts';

export const ROUND_WORKER_ROLE = 'loyalty-lab:class-rounds';

export type ToRoundWorker = { id: number; job: MarketJob };
export type FromRoundWorker = { id: number; result: MarketResult } | { id: number; error: string };

export function isRoundWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | null)?.role === ROUND_WORKER_ROLE;
}

export function serveRounds(): void {
  const port = parentPort!;
  const runMarket = keptMarkets();
  port.on('message', ({ id, job }: ToRoundWorker) => {
    try {
      port.postMessage({ id, result: runMarket(job) } satisfies FromRoundWorker);
    } catch (e) {
      port.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies FromRoundWorker);
    }
  });
}
