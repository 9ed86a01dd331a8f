// npm run bench: agent-steps per second of the full period step (single thread, Node) and
// bytes of state per customer, at 100k and 1M customers.
import { defaultScenario } from '../src/scenario/parse.ts';
import { createSimulation, bytesPerCustomer } from '../src/model/index.ts';

const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const periods = Number(process.env.BENCH_PERIODS ?? 12);

for (const size of sizes) {
  const s = defaultScenario({ population: { size } as never });
  const sim = createSimulation(s, 0);
  for (let t = 0; t < 3; t++) sim.step(); // warm the JIT
  const t0 = process.hrtime.bigint();
  for (let t = 0; t < periods; t++) sim.step();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rate = (size * periods) / seconds;
  console.log(
    `${size.toLocaleString('en')} customers: ${(rate / 1e6).toFixed(1)} M agent-steps/s ` +
      `(${((seconds / periods) * 1000).toFixed(1)} ms/period), ${bytesPerCustomer(sim.pop).toFixed(0)} bytes/customer`,
  );
}
