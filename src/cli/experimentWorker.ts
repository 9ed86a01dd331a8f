// The worker side of `npm run experiment -- --workers N`: runs the runs it is sent and posts
// their outputs back. It only carries: the runs are those of experiment/run.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { Engine } from '../model/index.ts';
import { PointError, type Plan } from '../experiment/plan.ts';
import { createRunner } from '../experiment/run.ts';

export const EXPERIMENT_WORKER_ROLE = 'loyalty-lab:experiment-runs';

export type ToExperimentWorker = { run: number } | { stop: true };
export type FromExperimentWorker = { type: 'run'; run: number; outputs: Float64Array } | { type: 'error'; message: string; badInput: boolean };

export function isExperimentWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | null)?.role === EXPERIMENT_WORKER_ROLE;
}

export function serveExperimentRuns(): void {
  const port = parentPort!;
  const { plan, engine } = workerData as { plan: Plan; engine: Engine };
  const runOne = createRunner(plan, engine);
  port.on('message', (m: ToExperimentWorker) => {
    if ('stop' in m) return port.close();
    try {
      const outputs = runOne(m.run);
      port.postMessage({ type: 'run', run: m.run, outputs } satisfies FromExperimentWorker, [outputs.buffer as ArrayBuffer]);
    } catch (e) {
      const badInput = e instanceof PointError;
      const message = e instanceof Error ? (badInput ? e.message : (e.stack ?? e.message)) : String(e);
      port.postMessage({ type: 'error', message, badInput } satisfies FromExperimentWorker);
    }
  });
}
