// temporary: a fixed amount of work for perf stat
import { warmedSimulation } from './warmed.ts';
const sim = warmedSimulation(100000, 'wasm');
for (let t = 0; t < Number(process.env.N ?? 40); t++) sim.step();
