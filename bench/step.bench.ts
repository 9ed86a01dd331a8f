// npm run bench: agent-steps per second of the full period step (single thread, Node) and
// bytes of state per customer, at 100k and 1M customers, with the default engine (the period
// loop as WebAssembly), then the TypeScript reference engine at 100k for comparison. Rates are
// given per second of CPU time of this process (robust when other work shares the machine) and
// per second of wall time.
import { bytesPerCustomer, type Engine } from '../src/model/index.ts';
import { warmedSimulation } from './warmed.ts';

const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const periods = Number(process.env.BENCH_PERIODS ?? 12);

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const runs: [number, Engine][] = sizes.map((size) => [size, 'wasm']);
if (!process.env.BENCH_SIZES) runs.push([100_000, 'typescript']);

for (const [size, engine] of runs) {
  const sim = warmedSimulation(size, engine);
  const wall0 = process.hrtime.bigint();
  const cpu0 = cpuSeconds();
  for (let t = 0; t < periods; t++) sim.step();
  const cpu = cpuSeconds() - cpu0;
  const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
  const steps = size * periods;
  console.log(
    `${engine === 'wasm' ? '' : '(TypeScript engine) '}${size.toLocaleString('en')} customers × ${periods} periods: ` +
      `${(steps / cpu / 1e6).toFixed(1)} M agent-steps/s of CPU (${((cpu / periods) * 1000).toFixed(1)} ms/period), ` +
      `${(steps / wall / 1e6).toFixed(1)} M/s of wall time; ${bytesPerCustomer(sim.pop).toFixed(0)} bytes/customer`,
  );
}
