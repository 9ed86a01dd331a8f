// The map's and the inspector's sample: the same people followed over time, current customers
// only, and after the first pick no scan of the population (its cost does not grow with it).
import { describe, expect, it } from 'vitest';
import { createSimulation, NO_PROVIDER } from '../../../../src/model/index.ts';
import { pickSampled, sampleOf } from '../../../../workers/sample.ts';
import { scenarioWith } from '../../../helpers.ts';

describe('the customer sample', () => {
  it('follows the same people, shows only current customers, and is about the size asked', () => {
    const sim = createSimulation(scenarioWith({ seed: 4, population: { size: 20_000 }, horizon: 4 }), 0);
    sim.step();
    const picked = pickSampled(sim, 500);
    expect(picked.length).toBeGreaterThan(800);
    expect(picked.length).toBeLessThan(1200);
    const a = sampleOf(sim, picked, 500);
    expect(a.ids.length).toBe(500);
    for (const id of a.ids) expect(sim.pop.provider[id]).not.toBe(NO_PROVIDER);
    sim.step();
    const b = sampleOf(sim, picked, 500);
    const same = [...b.ids].filter((id) => a.ids.includes(id)).length;
    expect(same).toBeGreaterThan(450); // mostly the same people a period later
  });
  it('costs per sampled customer, not per customer in the population', () => {
    const sim = createSimulation(scenarioWith({ seed: 4, population: { size: 20_000 }, horizon: 4 }), 0);
    sim.step();
    const picked = pickSampled(sim, 500);
    // a sample reads only the picked people: a population of NO_PROVIDER elsewhere changes nothing
    const before = sampleOf(sim, picked, 500);
    const inPicked = new Set(picked);
    for (let i = 0; i < sim.pop.size; i++) if (!inPicked.has(i)) sim.pop.provider[i] = NO_PROVIDER;
    const after = sampleOf(sim, picked, 500);
    expect([...after.ids]).toEqual([...before.ids]);
  });
});
