// Each driver draws from its own counter-based stream (kernel/draws.ts), so a driver added to
// the registry, or a draw added to one driver, never shifts another driver's random numbers:
// here the JavaScript build runs with a registry that has an extra driver drawing words of
// its own (before experience and between experience and the decisions), and every customer
// and every measure must come out bit for bit as the unchanged registry gives them (the
// WebAssembly build, compiled from the real registry; wasm.test.ts holds the two builds
// equal). With one shared sequential stream, as before per-driver streams (emulated by keying
// fillDraws on the number of rows drawn so far in the step), the second test fails.
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createSimulation, type Population } from '../../../src/model/index.ts';
import { scenario } from './helpers.ts';

const extra = vi.hoisted(() => ({ on: false, stream: 99, draws: 4, sink: 0 }));

vi.mock('../../../src/model/drivers/index.ts', async () => {
  const experience = await import('../../../src/model/drivers/experience.ts');
  const decision = await import('../../../src/model/drivers/decision.ts');
  const loyalty = await import('../../../src/model/drivers/loyalty.ts');
  const tally = await import('../../../src/model/drivers/tally.ts');
  const { drawAt, fillDraws } = await import('../../../src/model/kernel/draws.ts');
  /** A driver that draws `extra.draws` words a customer and changes no state. */
  function dummy(from: number, to: number): void {
    fillDraws(extra.stream, extra.draws, from, to);
    for (let i = from; i < to; i++) for (let n = 0; n < extra.draws; n++) extra.sink = (extra.sink + drawAt(i, from, n)) % 1e9;
  }
  return {
    applyDrivers(from: number, to: number, K: number, t: number): void {
      if (extra.on) dummy(from, to);
      experience.apply(from, to, K, t);
      if (extra.on) dummy(from, to);
      decision.apply(from, to, K, t);
      loyalty.apply(from, to, K, t);
      tally.apply(from, to, K, t);
    },
  };
});

const s = scenario({ seed: 41, population: { size: 5003 }, horizon: 24, burnIn: 3, service: { failureRate: 0.1 } });

const digest = (v: ArrayBufferView) =>
  createHash('sha256')
    .update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))
    .digest('hex')
    .slice(0, 16);

/** A digest of each population array and of each period's measures after the run. */
function outcome(engine: 'wasm' | 'typescript'): Record<string, string> {
  const sim = createSimulation(s, 1, engine);
  const out: Record<string, string> = {};
  for (let t = 0; t < s.horizon; t++) out[`measures of period ${t}`] = digest(sim.step().values);
  for (const name of Object.keys(sim.pop) as (keyof Population)[]) {
    const v = sim.pop[name];
    if (ArrayBuffer.isView(v)) out[name] = digest(v);
  }
  return out;
}

describe('per-driver random streams', () => {
  const reference = outcome('wasm');

  it('the JavaScript build with the real registry gives the WebAssembly results (the baseline)', () => {
    extra.on = false;
    expect(outcome('typescript')).toEqual(reference);
  });

  it('an extra driver with draws of its own shifts no other driver’s draws', () => {
    extra.on = true;
    extra.stream = 99;
    try {
      expect(outcome('typescript')).toEqual(reference);
      expect(extra.sink).not.toBe(0);
    } finally {
      extra.on = false;
    }
  });
});
