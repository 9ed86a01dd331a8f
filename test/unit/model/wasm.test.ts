// The kernel's two builds from one source (src/model/kernel/period.ts and the mechanisms it
// registers): compiled by asc to WebAssembly, where two-customer f64x2 paths run, and run as
// JavaScript, where only the one-customer paths run. Every customer's state and every measure
// must come out bit-identical, in every kind of market: this is also what holds each pair path
// to the one-customer rule it vectorises. Also: the committed module and glue are current, and
// simulations interleaved in one thread do not disturb each other.
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSimulation, type Population } from '../../../src/model/index.ts';
import { parseScenarioText } from '../../../src/scenario/parse.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { scenario } from './helpers.ts';

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

describe('the kernel, built to WebAssembly and run as JavaScript', () => {
  const files = readdirSync(new URL('../../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.json'));

  it.each(files)('gives exactly what its JavaScript build gives: %s', (file) => {
    const s = shipped(file);
    expect(firstDifference(s, Math.min(s.horizon, 60))).toBeNull();
  });

  it('gives exactly what its JavaScript build gives in markets built to reach every path', () => {
    const markets = [
      // kinship, a number tie, lock-in, rich programmes, failures with every kind of recovery
      scenario({
        seed: 3,
        population: { size: 2500, kinshipShare: 0.3, numberTie: { share: 0.5, cost: 1.5 } },
        service: { failureRate: 0.3, complaintRate: 0.5 },
        firms: [
          { name: 'A', initialShare: 0.4, programme: 0.2, lockIn: 0.5, recoveryRate: 0.7, recoverySpeed: 0.5, personalisation: 1 },
          { name: 'B', initialShare: 0.3, price: 0.7, offerRate: 3, offerDiscount: 0.3 },
          { name: 'C', initialShare: 0.3, quality: 4.5, price: 1.4, programme: 0.1, complaintEncouragement: 5 },
        ],
      }),
      // not everyone free to choose, eight firms, unhappy customers who search and terrorists
      scenario({
        seed: 4,
        population: { size: 2500 },
        market: { openness: 0.55 },
        behaviour: { searchRate: 0.6, leaveCategoryRate: 0.05, entryRate: 0.2 },
        wordOfMouth: { terroristThreshold: 2.8 },
        firms: Array.from({ length: 8 }, (_, k) => ({ name: `F${k}`, initialShare: 1 / 8, quality: 2 + k * 0.35, price: 0.8 + k * 0.06 })),
      }),
      // a monopoly, deregulated, then number portability and a price war
      scenario({
        seed: 5,
        population: { size: 2500, numberTie: { share: 0.3 } },
        firms: [
          { name: 'Mono', initialShare: 1, quality: 2.5 },
          { name: 'Entrant', initialShare: 0, availableFrom: 100 },
        ],
        events: [
          { type: 'deregulation', period: 5 },
          { type: 'numberPortability', period: 10, remaining: 0 },
          { type: 'priceWar', period: 12, duration: 6, firms: [1], priceCut: 0.3 },
          { type: 'qualityIncident', period: 15, duration: 4, firm: 0, qualityDrop: 1, failureRate: 0.3 },
        ],
      }),
    ];
    for (const s of markets) expect(firstDifference(s, 30)).toBeNull();
  });

  it('gives exactly what its JavaScript build gives for random seeds, sizes and levers', () => {
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
            population: { size },
            market: { openness },
            firms: [
              { name: 'A', initialShare: 0.5, programme },
              { name: 'B', initialShare: 0.3, price },
              { name: 'C', initialShare: 0.2 },
            ],
          });
          expect(firstDifference(s, 8, seed % 5)).toBeNull();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('is the compiled kernel (npm run wasm)', () => {
    // in a process of its own: asc reads a global ASC_TARGET, which vitest's define sets here
    const r = spawnSync(process.execPath, ['scripts/wasm.mjs', '--check'], { encoding: 'utf8', cwd: new URL('../../../', import.meta.url) });
    expect(r.stderr + r.stdout).toContain('is current');
    expect(r.status).toBe(0);
  }, 60_000);

  it('has its glue generated from the layout (npm run wasm)', async () => {
    const { glueText, GLUE_FILE } = await import('../../../scripts/kernel-glue.ts');
    expect(glueText()).toBe(readFileSync(new URL(`../../../${GLUE_FILE}`, import.meta.url), 'utf8'));
  });

  it('has the pair paths of its rules generated from the rules marked @lanes (npm run wasm)', async () => {
    const { lanesText, LANES_FILE } = await import('../../../scripts/kernel-lanes.ts');
    expect(lanesText()).toBe(readFileSync(new URL(`../../../${LANES_FILE}`, import.meta.url), 'utf8'));
  });

  it('keeps interleaved simulations of one thread apart (the JavaScript build rebinds every step)', () => {
    const a = scenario({ seed: 21, population: { size: 1500 } });
    const b = scenario({
      seed: 22,
      population: { size: 2100 },
      firms: [
        { name: 'X', initialShare: 0.6 },
        { name: 'Y', initialShare: 0.4, price: 0.8 },
      ],
    });
    const alone = (s: Scenario) => {
      const sim = createSimulation(s, 0, 'typescript');
      return Array.from({ length: 6 }, () => Array.from(sim.step().values));
    };
    const [wantA, wantB] = [alone(a), alone(b)];
    const simA = createSimulation(a, 0, 'typescript');
    const simB = createSimulation(b, 0, 'typescript');
    for (let t = 0; t < 6; t++) {
      expect(Array.from(simA.step().values)).toEqual(wantA[t]);
      expect(Array.from(simB.step().values)).toEqual(wantB[t]);
    }
  });

  it('refuses a population it did not allocate', async () => {
    const { createKernel } = await import('../../../src/model/kernelMemory.ts');
    const { allocatePopulation } = await import('../../../src/model/population.ts');
    const { createTally } = await import('../../../src/model/tally.ts');
    for (const engine of ['wasm', 'typescript'] as const) {
      const kernel = createKernel(10, 2, engine);
      const pop = allocatePopulation(10, 2);
      // deliberately empty stand-ins: the kernel checks the population first and must refuse it
      // before it reads any of them
      type Step = Parameters<typeof kernel.step>;
      const empty = <T>() => ({}) as T;
      expect(() =>
        kernel.step(pop, empty<Step[1]>(), empty<Step[2]>(), empty<Step[3]>(), empty<Step[4]>(), { moves: new Float64Array(9) }, createTally(2), 0),
      ).toThrow(/allocated by it/);
    }
  });
});
