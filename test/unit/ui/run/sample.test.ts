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

describe('a sampled customer’s kept history', () => {
  it('gives its story from the first period, also after the run, ending with its full state now', async () => {
    const { createSimApi } = await import('../../../../workers/simApi.ts');
    const api = createSimApi();
    const s = scenarioWith({ seed: 9, population: { size: 3000 }, horizon: 10 });
    api.open(s, 0, 1);
    const b = api.advance({ maxPeriods: 100, budgetMs: 1e9, sample: 200, inspect: -1 }, 1);
    expect(b.done).toBe(true);
    const id = b.sample!.ids[7];
    const story = api.story(id, 1);
    expect(story.map((x) => x.period)).toEqual([...Array(10).keys()]);
    expect(story.at(-1)!.why).toBeDefined(); // the state now carries the attribution's terms
    // the kept rows agree with following the customer live
    const live = createSimApi();
    live.open(s, 0, 1);
    const followed = live.advance({ maxPeriods: 100, budgetMs: 1e9, sample: 0, inspect: id }, 1).story;
    expect(story.map((x) => [x.provider, x.satisfaction.toFixed(5), x.jsClass, x.events.join()])).toEqual(
      followed.map((x) => [x.provider, Math.fround(x.satisfaction).toFixed(5), x.jsClass, x.events.join()]),
    );
    // a customer outside the sample: its state now only
    const other = [...Array(3000).keys()].find((i) => !b.sample!.ids.includes(i) && api.story(i, 1).length === 1);
    expect(other).toBeDefined();
  });
});
