// Loaded into a blank Chromium page by browser.bench.ts: the same measurement as step.bench.ts,
// in the browser's engine (wall time; a page has no process CPU clock).
import { defaultScenario } from '../src/scenario/parse.ts';
import { createSimulation } from '../src/model/index.ts';

(globalThis as unknown as { periodStepRate(size: number): number }).periodStepRate = (size) => {
  const sim = createSimulation(defaultScenario({ population: { size } as never }), 0);
  // warm the JIT: at least 3 periods and 300 ms (the optimising tier compiles in the background)
  const warm = performance.now();
  for (let t = 0; t < 3 || performance.now() - warm < 300; t++) sim.step();
  const periods = 12;
  const start = performance.now();
  for (let t = 0; t < periods; t++) sim.step();
  return (size * periods) / ((performance.now() - start) / 1000) / 1e6;
};
