import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/model/index.ts';
import { scenarioWith } from '../../helpers.ts';

const small = (seed: number) => scenarioWith({ seed, population: { size: 3000 }, horizon: 24 });

function fingerprint(seed: number, replicate: number): number[] {
  const sim = createSimulation(small(seed), replicate);
  const out: number[] = [];
  for (let t = 0; t < 24; t++) out.push(...sim.step().values.filter((x) => !Number.isNaN(x)));
  return out;
}

describe('determinism', () => {
  it('gives bit-identical results for the same scenario, seed and replicate', () => {
    expect(fingerprint(7, 2)).toEqual(fingerprint(7, 2));
  });
  it('gives different results for another replicate or seed', () => {
    const base = fingerprint(7, 2);
    expect(fingerprint(7, 3)).not.toEqual(base);
    expect(fingerprint(8, 2)).not.toEqual(base);
  });
});
