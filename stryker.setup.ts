// Loaded by stryker.vitest.config.ts before every test file. Stryker mutates the TypeScript
// source; the WebAssembly module is compiled from that source by `npm run wasm`, not by Stryker,
// so a mutant of the kernel (src/model/kernel, src/model/drivers) reaches only the JavaScript
// build. Under mutation testing a simulation therefore runs that build unless a test names an
// engine ('wasm' explicitly, as wasm.test.ts does): createSimulation's default becomes
// 'typescript', and the mechanism tests read LOYALTY_ENGINE (set in the config).
import { beforeEach, vi } from 'vitest';

// MUTATION_SKIP (stryker.vitest.config.ts): tests left out by name, skipped before they run, so
// they neither cover nor judge a mutant
const skip = process.env.MUTATION_SKIP ? new RegExp(process.env.MUTATION_SKIP, 'i') : null;
if (skip)
  beforeEach((context) => {
    if (skip.test(context.task.fullName ?? context.task.name)) context.skip();
  });

vi.mock('./src/model/simulation.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./src/model/simulation.ts')>();
  return {
    ...original,
    // every argument passed on (the options carry cohort tracking and the burn-in scenario)
    createSimulation: (...args: Parameters<typeof original.createSimulation>) => original.createSimulation(args[0], args[1], args[2] ?? 'typescript', args[3]),
  };
});
