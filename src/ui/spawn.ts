// The one place that starts a simulation worker (the main thread never steps the model).
import { wrap, type Remote } from 'comlink';
import type { SimApi } from '../../workers/simApi.ts';

export interface SimWorker {
  api: Remote<SimApi>;
  terminate(): void;
  /** Called if the worker dies (an exception at load, out of memory): its pending calls never settle. */
  onError(listener: (message: string) => void): void;
}

export type Spawn = () => SimWorker;

export const spawnSimWorker: Spawn = () => {
  const w = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
  return {
    api: wrap<SimApi>(w),
    terminate: () => w.terminate(),
    onError: (listener) => {
      w.addEventListener('error', (e) => listener(e.message || 'the simulation worker stopped'));
      w.addEventListener('messageerror', () => listener('a message from the simulation worker could not be read'));
    },
  };
};
