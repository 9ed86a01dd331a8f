// The one place that starts a calibration worker (the page never runs the model itself).
import type { Remote } from 'comlink';
import type { CalibrateApi } from '../../../workers/calibrateApi.ts';
import { comlinkWorker, type PoolWorker } from '../pool/workerPool.ts';

export type CalibrateWorker = PoolWorker<Remote<CalibrateApi>>;

export type SpawnCalibrate = () => CalibrateWorker;

export const spawnCalibrateWorker: SpawnCalibrate = () =>
  comlinkWorker<CalibrateApi>(new Worker(new URL('../../../workers/calibrate.worker.ts', import.meta.url), { type: 'module' }), 'the calibration worker');
