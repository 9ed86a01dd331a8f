// Entry of an experiment worker: exposes the API over Comlink, nothing more.
import { expose } from 'comlink';
import { createExperimentApi } from './experimentApi.ts';

expose(createExperimentApi());
