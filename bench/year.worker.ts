// Loaded into a Chromium Web Worker by browser.bench.ts: creates a simulation of `size` customers
// (the default scenario) and times `periods` periods of it, as the app's worker runs them.
import { createSimulation } from '../src/model/index.ts';
import { scenarioWith } from '../test/helpers.ts';

self.onmessage = (e: MessageEvent<{ size: number; periods: number }>) => {
  const { size, periods } = e.data;
  const t0 = performance.now();
  const sim = createSimulation(scenarioWith({ population: { size } }), 0);
  const t1 = performance.now();
  for (let t = 0; t < periods; t++) sim.step();
  const t2 = performance.now();
  self.postMessage({ setupMs: t1 - t0, stepMs: t2 - t1 });
};
