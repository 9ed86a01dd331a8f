// The simulation both speed benches measure: the default scenario at `size` customers, with the
// JIT warmed for at least 3 periods and 300 ms (the optimising tier compiles in the background).
import { createSimulation, type Engine, type Simulation } from '../src/model/index.ts';
import { scenarioWith } from '../test/helpers.ts';

export function warmedSimulation(size: number, engine: Engine = 'wasm'): Simulation {
  const sim = createSimulation(scenarioWith({ population: { size } }), 0, engine);
  const start = performance.now();
  for (let t = 0; t < 3 || performance.now() - start < 300; t++) sim.step();
  return sim;
}
