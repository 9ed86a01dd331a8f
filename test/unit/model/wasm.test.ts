// The WebAssembly period (src/model/wasm/period.as.ts) against the TypeScript passes it is
// transcribed from: every customer's state and every measure must come out bit-identical, in
// every kind of market, so the two engines are one model. Also: the committed module is the
// compiled source, and the kernel's copies of the model's constants are the model's.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSimulation, type Population } from '../../../src/model/index.ts';
import { HAPPENED, NO_PROVIDER } from '../../../src/model/population.ts';
import { LOYALTY, JS } from '../../../src/model/loyalty.ts';
import { SCALARS } from '../../../src/model/wasmKernel.ts';
import { parseScenarioText } from '../../../src/scenario/parse.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { scenario } from './helpers.ts';

const KERNEL = readFileSync(new URL('../../../src/model/wasm/period.as.ts', import.meta.url), 'utf8');

function states(pop: Population): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [name, v] of Object.entries(pop)) if (ArrayBuffer.isView(v)) out[name] = Array.from(v as unknown as ArrayLike<number>);
  return out;
}

/** Runs both engines side by side and returns the first difference, or null. */
function firstDifference(s: Scenario, periods: number, replicate = 0): string | null {
  const wasm = createSimulation(s, replicate, 'wasm');
  const ts = createSimulation(s, replicate, 'typescript');
  for (let t = 0; t < periods; t++) {
    const a = wasm.step();
    const b = ts.step();
    // Object.is: NaN equals NaN, and −0 differs from +0
    const v = a.values.findIndex((x, n) => !Object.is(x, b.values[n]));
    if (v >= 0) return `period ${t}: measure #${v} ${a.values[v]} vs ${b.values[v]}`;
    const m = a.moves.findIndex((x, n) => !Object.is(x, b.moves[n]));
    if (m >= 0) return `period ${t}: move #${m} ${a.moves[m]} vs ${b.moves[m]}`;
  }
  const sa = states(wasm.pop);
  const sb = states(ts.pop);
  for (const name of Object.keys(sa)) {
    const n = sa[name].findIndex((x, i) => !Object.is(x, sb[name][i]));
    if (n >= 0) return `${name}[${n}]: ${sa[name][n]} vs ${sb[name][n]}`;
  }
  return null;
}

function shipped(file: string): Scenario {
  const r = parseScenarioText(readFileSync(new URL(`../../../scenarios/${file}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('; '));
  return { ...r.scenario, population: { ...r.scenario.population, size: 3000 } };
}

describe('the WebAssembly period', () => {
  const files = readdirSync(new URL('../../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.json'));

  it.each(files)('gives exactly what the TypeScript passes give: %s', (file) => {
    const s = shipped(file);
    expect(firstDifference(s, Math.min(s.horizon, 60))).toBeNull();
  });

  it('gives exactly what the TypeScript passes give in markets built to reach every path', () => {
    const markets = [
      // kinship, a number tie, lock-in, rich programmes, failures with every kind of recovery
      scenario({
        seed: 3,
        population: { size: 2500, kinshipShare: 0.3, numberTie: { share: 0.5, cost: 1.5 } } as never,
        service: { failureRate: 0.3, complaintRate: 0.5 } as never,
        firms: [
          { name: 'A', initialShare: 0.4, programme: 0.2, lockIn: 0.5, recoveryRate: 0.7, recoverySpeed: 0.5, personalisation: 1 },
          { name: 'B', initialShare: 0.3, price: 0.7, offerRate: 3, offerDiscount: 0.3 },
          { name: 'C', initialShare: 0.3, quality: 4.5, price: 1.4, programme: 0.1, complaintEncouragement: 5 },
        ] as never,
      }),
      // not everyone free to choose, eight firms, unhappy customers who search and terrorists
      scenario({
        seed: 4,
        population: { size: 2500 } as never,
        market: { openness: 0.55 } as never,
        behaviour: { searchRate: 0.6, leaveCategoryRate: 0.05, entryRate: 0.2 } as never,
        wordOfMouth: { terroristThreshold: 2.8 } as never,
        firms: Array.from({ length: 8 }, (_, k) => ({ name: `F${k}`, initialShare: 1 / 8, quality: 2 + k * 0.35, price: 0.8 + k * 0.06 })) as never,
      }),
      // a monopoly, deregulated, then number portability and a price war
      scenario({
        seed: 5,
        population: { size: 2500, numberTie: { share: 0.3 } } as never,
        firms: [
          { name: 'Mono', initialShare: 1, quality: 2.5 },
          { name: 'Entrant', initialShare: 0, availableFrom: 100 },
        ] as never,
        events: [
          { type: 'deregulation', period: 5 },
          { type: 'numberPortability', period: 10, remaining: 0 },
          { type: 'priceWar', period: 12, duration: 6, firms: [1], priceCut: 0.3 },
          { type: 'qualityIncident', period: 15, duration: 4, firm: 0, qualityDrop: 1, failureRate: 0.3 },
        ] as never,
      }),
    ];
    for (const s of markets) expect(firstDifference(s, 30)).toBeNull();
  });

  it('gives exactly what the TypeScript passes give for random seeds, sizes and levers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 10, max: 900 }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: 0.6, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, size, programme, price, openness) => {
          const s = scenario({
            seed,
            population: { size } as never,
            market: { openness } as never,
            firms: [
              { name: 'A', initialShare: 0.5, programme },
              { name: 'B', initialShare: 0.3, price },
              { name: 'C', initialShare: 0.2 },
            ] as never,
          });
          expect(firstDifference(s, 8, seed % 5)).toBeNull();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('is the compiled period.as.ts (npm run wasm)', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { compileKernel, kernelModule } = await import('../../../scripts/wasm.mjs');
    const committed = readFileSync(new URL('../../../src/model/wasm/period.wasm.ts', import.meta.url), 'utf8');
    expect(kernelModule(await compileKernel())).toBe(committed);
  }, 60_000);

  it("keeps the model's constants and the scalars' order", () => {
    const constant = (name: string) => Number(new RegExp(`\\b${name} = (\\d+)`).exec(KERNEL)?.[1]);
    for (const [name, bit] of Object.entries(HAPPENED)) {
      const upper = name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
      if (new RegExp(`\\b${upper} = `).test(KERNEL)) expect(constant(upper), name).toBe(bit);
    }
    expect(constant('NONE')).toBe(NO_PROVIDER);
    for (const [name, n] of Object.entries(LOYALTY)) expect(constant(name.toUpperCase()), name).toBe(n);
    for (const [name, n] of Object.entries(JS)) expect(constant(name.toUpperCase()), name).toBe(n);
    const order = /const enum S \{([^}]*)\}/.exec(KERNEL)![1].split(',').map((x) => x.trim()).filter(Boolean);
    expect(order).toEqual([...SCALARS]);
  });

  it('refuses a population it did not allocate', async () => {
    const { createWasmPeriod } = await import('../../../src/model/wasmKernel.ts');
    const { allocatePopulation } = await import('../../../src/model/population.ts');
    const { createTally } = await import('../../../src/model/tally.ts');
    const period = createWasmPeriod(10, 2);
    const pop = allocatePopulation(10, 2);
    expect(() => period.step(pop, {} as never, {} as never, {} as never, {} as never, { moves: new Float64Array(9) }, createTally(2), 0)).toThrow(/allocated by it/);
  });
});
