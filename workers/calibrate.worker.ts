// Entry of a calibration worker: exposes the API over Comlink, nothing more.
import { expose } from 'comlink';
import { createCalibrateApi } from './calibrateApi.ts';

expose(createCalibrateApi());
