// The one place that starts a calibration worker (the page never runs the model itself).
import { wrap, type Remote } from 'comlink';
import type { CalibrateApi } from '../../../workers/calibrateApi.ts';
import type { PooledWorker } from './workerPool.ts';

export interface CalibrateWorker extends PooledWorker {
  api: Remote<CalibrateApi>;
}

export type SpawnCalibrate = () => CalibrateWorker;

export const spawnCalibrateWorker: SpawnCalibrate = () => {
  const w = new Worker(new URL('../../../workers/calibrate.worker.ts', import.meta.url), { type: 'module' });
  return {
    api: wrap<CalibrateApi>(w),
    terminate: () => w.terminate(),
    onError: (listener) => {
      w.addEventListener('error', (e) => listener(e.message || 'the calibration worker stopped'));
      w.addEventListener('messageerror', () => listener('a message from the calibration worker could not be read'));
    },
  };
};
