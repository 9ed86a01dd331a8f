// npm run bench: agent-steps per second of the full period step (single thread, Node) and
// bytes of state per customer, at 100k and 1M customers, with the default engine (the period
// loop as WebAssembly), then the TypeScript reference engine at 100k for comparison. Rates are
// given per second of CPU time of this process (robust when other work shares the machine) and
// per second of wall time. Each size is also timed against the reference step (reference.ts) in
// the same run, and the full step's speed is printed as a ratio to it: the figure that does not
// depend on the machine.
import { bytesPerCustomer, type Engine } from '../src/model/index.ts';
import { warmedSimulation } from './warmed.ts';
import { createReference, referenceStep } from './reference.ts';

const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const periods = Number(process.env.BENCH_PERIODS ?? 12);

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** CPU seconds of `periods` calls of `step`, after `warm` calls. */
function timed(step: () => void, warm: number): number {
  for (let t = 0; t < warm; t++) step();
  const cpu0 = cpuSeconds();
  for (let t = 0; t < periods; t++) step();
  return cpuSeconds() - cpu0;
}

/** Agent-steps per CPU second of the reference step at `size` customers, over at least 0.5 s
 *  of CPU after a warm-up (it is ~10× faster than the full step, so it needs more periods). */
function referenceRate(size: number): number {
  const r = createReference(size);
  let sink = 0;
  for (let t = 0; t < 10; t++) sink += referenceStep(r);
  let n = 0;
  const cpu0 = cpuSeconds();
  while (cpuSeconds() - cpu0 < 0.5) {
    sink += referenceStep(r);
    n++;
  }
  const cpu = cpuSeconds() - cpu0;
  if (sink < 0) console.log(sink); // keeps the loop's result alive
  return (size * n) / cpu;
}

const runs: [number, Engine][] = sizes.map((size) => [size, 'wasm']);
if (!process.env.BENCH_SIZES) runs.push([100_000, 'typescript']);

for (const [size, engine] of runs) {
  const sim = warmedSimulation(size, engine);
  const wall0 = process.hrtime.bigint();
  const cpu = timed(() => sim.step(), 0);
  const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
  const steps = size * periods;
  const rate = steps / cpu;
  const reference = referenceRate(size);
  console.log(
    `${engine === 'wasm' ? '' : '(TypeScript engine) '}${size.toLocaleString('en')} customers × ${periods} periods: ` +
      `${(rate / 1e6).toFixed(1)} M agent-steps/s of CPU (${((cpu / periods) * 1000).toFixed(1)} ms/period), ` +
      `${(steps / wall / 1e6).toFixed(1)} M/s of wall time; ${bytesPerCustomer(sim.pop).toFixed(0)} bytes/customer`,
  );
  console.log(
    `  ratio: full step / reference = ${(rate / reference).toFixed(3)} ` +
      `(full ${(rate / 1e6).toFixed(1)} M/s, reference ${(reference / 1e6).toFixed(1)} M/s: one Alea draw, a Float32 update, a comparison)`,
  );
}
