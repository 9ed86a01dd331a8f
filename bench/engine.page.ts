// Loaded into a blank Chromium page by browser.bench.ts: the same measurement as step.bench.ts,
// in the browser's engine (wall time; a page has no process CPU clock).
import { warmedSimulation } from './warmed.ts';

(globalThis as unknown as { periodStepRate(size: number): number }).periodStepRate = (size) => {
  const sim = warmedSimulation(size);
  const periods = 12;
  const start = performance.now();
  for (let t = 0; t < periods; t++) sim.step();
  return (size * periods) / ((performance.now() - start) / 1000) / 1e6;
};
