// The one place that starts an experiment worker (the main thread never runs the model).
import type { ExperimentApi } from '../../../workers/experimentApi.ts';
import { comlinkWorker } from '../pool/workerPool.ts';
import type { ExperimentWorker } from './experimentRun.svelte.ts';

export const spawnExperimentWorker = (): ExperimentWorker =>
  comlinkWorker<ExperimentApi>(new Worker(new URL('../../../workers/experiment.worker.ts', import.meta.url), { type: 'module' }), 'the experiment worker');
