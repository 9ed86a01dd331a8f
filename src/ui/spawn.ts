// The one place that starts a simulation worker (the main thread never steps the model).
import { wrap, type Remote } from 'comlink';
import type { SimApi } from '../../workers/simApi.ts';

export interface SimWorker {
  api: Remote<SimApi>;
  terminate(): void;
}

export type Spawn = () => SimWorker;

export const spawnSimWorker: Spawn = () => {
  const w = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
  return { api: wrap<SimApi>(w), terminate: () => w.terminate() };
};
