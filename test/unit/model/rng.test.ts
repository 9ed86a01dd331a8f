// The generator's quality, as the model uses it: whole 32-bit words, and their two 16-bit halves
// (quality noise and decision noise come from one word). xor4096 passes BigCrush (Brent, 2006);
// these checks catch a wrong generator or a broken split, not subtle defects.
import { describe, expect, it } from 'vitest';
import xor4096 from 'seedrandom/lib/xor4096.js';
import { createStream, DRAWS_PER_CUSTOMER, fillDraws, hashUniform, U16, U32 } from '../../../src/model/rng.ts';
import { createSimulation } from '../../../src/model/index.ts';
import { createKernel } from '../../../src/model/kernelMemory.ts';
import { allocatePopulation } from '../../../src/model/population.ts';
import { initializePopulation } from '../../../src/model/initialize.ts';
import { compileParams } from '../../../src/model/params.ts';
import { createDecisionPlan, planDecisions } from '../../../src/model/plan.ts';
import { createTally } from '../../../src/model/tally.ts';
import { scenario } from './helpers.ts';

const N = 400_000;

/** Pearson chi-square of counts against a uniform expectation. */
function chiSquare(counts: number[]): number {
  const expected = counts.reduce((a, x) => a + x, 0) / counts.length;
  return counts.reduce((a, c) => a + (c - expected) ** 2 / expected, 0);
}
// 255 degrees of freedom: the 99.99th percentile is about 346
const CHI2_255_LIMIT = 346;

describe('random numbers', () => {
  const rng = createStream(7, 0);
  const words = Uint32Array.from({ length: N }, () => rng.int32() >>> 0);

  it('32-bit words are uniform over 256 bins', () => {
    const counts = new Array(256).fill(0);
    for (const w of words) counts[Math.floor((w / U32) * 256)]++;
    expect(chiSquare(counts)).toBeLessThan(CHI2_255_LIMIT);
  });

  it('the two 16-bit halves of a word are each uniform and uncorrelated', () => {
    const hi = new Array(256).fill(0);
    const lo = new Array(256).fill(0);
    let sxy = 0,
      sx = 0,
      sy = 0,
      sxx = 0,
      syy = 0;
    for (const w of words) {
      const x = (w >>> 16) / U16;
      const y = (w & 0xffff) / U16;
      hi[Math.floor(x * 256)]++;
      lo[Math.floor(y * 256)]++;
      sx += x;
      sy += y;
      sxy += x * y;
      sxx += x * x;
      syy += y * y;
    }
    expect(chiSquare(hi)).toBeLessThan(CHI2_255_LIMIT);
    expect(chiSquare(lo)).toBeLessThan(CHI2_255_LIMIT);
    const r = (sxy / N - (sx / N) * (sy / N)) / Math.sqrt((sxx / N - (sx / N) ** 2) * (syy / N - (sy / N) ** 2));
    expect(Math.abs(r)).toBeLessThan(0.01); // ~6 standard errors at this N
  });

  it('successive words are uncorrelated', () => {
    let s = 0;
    for (let i = 1; i < N; i++) s += (words[i] / U32 - 0.5) * (words[i - 1] / U32 - 0.5);
    expect(Math.abs(s / N)).toBeLessThan(0.0008); // sd of the mean product is 1/(12·√N) ≈ 0.00013
  });

  it("is seedrandom's xor4096 sequence, word for word, through int32() and fillDraws()", () => {
    const reference = xor4096('loyalty-lab:7:3');
    const viaInt32 = createStream(7, 3);
    const viaFill = createStream(7, 3);
    const filled = new Int32Array(1000);
    for (const count of [1000, 1, 517]) {
      fillDraws(viaFill, filled, count);
      for (let n = 0; n < count; n++) {
        const want = reference.int32();
        expect(viaInt32.int32()).toBe(want);
        expect(filled[n]).toBe(want);
      }
    }
  });

  it.each(['wasm', 'typescript'] as const)('the period loop (%s) takes exactly DRAWS_PER_CUSTOMER words per customer, from the same recurrence', (engine) => {
    const s = scenario({ seed: 9, population: { size: 3001 }, burnIn: 0 });
    const sim = createSimulation(s, 0);
    const p = compileParams(s);
    const plan = createDecisionPlan(sim.market.firms);
    planDecisions(plan, sim.market, p, 100);
    const kernel = createKernel(s.population.size, s.firms.length, engine);
    const pop = allocatePopulation(s.population.size, s.firms.length, kernel.allocate);
    initializePopulation(pop, s, createStream(9, 0));
    const stream = createStream(5, 1);
    const reference = createStream(5, 1);
    kernel.step(pop, sim.market, p, plan, stream, { moves: new Float64Array(16) }, createTally(sim.market.firms, kernel.allocate), 0);
    for (let n = 0; n < DRAWS_PER_CUSTOMER * pop.size; n++) reference.int32();
    expect(stream.i).toBe(reference.i);
    expect(stream.w).toBe(reference.w);
    expect(Array.from(stream.X)).toEqual(Array.from(reference.X));
    expect(stream.int32()).toBe(reference.int32());
  });

  it('streams of different replicates and seeds differ', () => {
    const first = (seed: number, r: number) => createStream(seed, r).int32();
    expect(new Set([first(7, 0), first(7, 1), first(8, 0), first(8, 1)]).size).toBe(4);
  });

  it('the per-customer hash is uniform', () => {
    const counts = new Array(256).fill(0);
    for (let i = 0; i < N; i++) counts[Math.floor(hashUniform(i, 2, 99) * 256)]++;
    expect(chiSquare(counts)).toBeLessThan(CHI2_255_LIMIT);
  });
});
