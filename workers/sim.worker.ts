// Entry of the simulation worker: exposes the API over Comlink, nothing more.
import { expose } from 'comlink';
import { createSimApi } from './simApi.ts';

expose(createSimApi());
