// inspectCustomer reads one customer's state as the app shows it: checked field by field against
// the population arrays, for customers inside the category, outside it, and who have left.
import { describe, expect, it } from 'vitest';
import { createSimulation, HAPPENED, inspectCustomer, JS_CLASSES, NO_PROVIDER, sampleCustomers, type Simulation } from '../../../src/model/index.ts';
import { hashUniform } from '../../../src/model/rng.ts';
import { scenarioWith } from '../../helpers.ts';

/** A 600-customer market after 5 periods, with customers inside, outside and gone. */
function market(): Simulation {
  const sim = createSimulation(scenarioWith({ seed: 11, population: { size: 600 }, horizon: 8, burnIn: 0 }), 0);
  for (let t = 0; t < 5; t++) sim.step();
  return sim;
}

describe('inspectCustomer', () => {
  it('reports the period just run, the firms as −1 outside the category, the events that happened, and no why without a choice', () => {
    const sim = createSimulation(scenarioWith({ seed: 11, population: { size: 600 }, horizon: 8, burnIn: 0 }), 0);
    for (let t = 0; t < 5; t++) sim.step();
    const pop = sim.pop;
    const seen = { outside: 0, leftBefore: 0, events: 0, why: 0 };
    for (let id = 0; id < pop.size; id++) {
      const c = inspectCustomer(sim, id);
      const k = pop.provider[id];
      const inside = k !== NO_PROVIDER;
      expect(c.period).toBe(4);
      expect(c.id).toBe(id);
      expect(c.provider).toBe(inside ? k : -1);
      expect(c.lastProvider).toBe(pop.lastProvider[id] === NO_PROVIDER ? -1 : pop.lastProvider[id]);
      expect(c.walletShare).toBe(inside ? pop.walletShare[id] : 0);
      expect(c.events).toEqual(Object.keys(HAPPENED).filter((e) => pop.happened[id] & HAPPENED[e as keyof typeof HAPPENED]));
      if (inside) {
        expect(c.loyaltyType).not.toBeNull();
        expect(c.jsClass).toBe(JS_CLASSES[pop.jsClass[id]]);
      } else {
        seen.outside++;
        expect([c.loyaltyType, c.loyalty, c.why]).toEqual([null, null, undefined]);
        if (pop.lastProvider[id] !== NO_PROVIDER) {
          seen.leftBefore++;
          expect(c.jsClass).toBe(JS_CLASSES[pop.jsClass[id]]);
        } else expect(c.jsClass).toBeNull();
      }
      if (c.events.length) seen.events++;
      if (c.why) seen.why++;
    }
    // the checks above met every kind of customer
    expect(seen.outside).toBeGreaterThan(0);
    expect(seen.leftBefore).toBeGreaterThan(0);
    expect(seen.outside - seen.leftBefore).toBeGreaterThan(0);
    expect(seen.events).toBeGreaterThan(0);
    expect(seen.events).toBeLessThan(pop.size);
    expect(seen.why).toBeGreaterThan(0);
  });
});

describe('inspectCustomer reads, never writes', () => {
  it("leaves every customer's loyalty type and class as the period left them, leavers included", () => {
    const sim = market();
    const types = Uint8Array.from(sim.pop.loyaltyType);
    const classes = Uint8Array.from(sim.pop.jsClass);
    for (let id = 0; id < sim.pop.size; id++) inspectCustomer(sim, id);
    expect(Uint8Array.from(sim.pop.loyaltyType)).toEqual(types);
    expect(Uint8Array.from(sim.pop.jsClass)).toEqual(classes);
  });
});

describe('sampleCustomers over the whole market (no firm)', () => {
  const inCategory = (sim: Simulation) => Array.from({ length: sim.pop.size }, (_, i) => i).filter((i) => sim.pop.provider[i] !== NO_PROVIDER);

  it('asked for more than there are, holds every current customer once, in order, and no one else', () => {
    const sim = market();
    const all = inCategory(sim);
    expect(all.length).toBeGreaterThan(100);
    expect(all.length).toBeLessThan(sim.pop.size);
    const s = sampleCustomers(sim, sim.pop.size + 10);
    expect(Array.from(s.ids)).toEqual(all);
    expect(Array.from(s.provider)).toEqual(all.map((i) => sim.pop.provider[i]));
    expect(Array.from(s.satisfaction)).toEqual(all.map((i) => sim.pop.satisfaction[i]));
  });

  it('asked for n, keeps the current customers whose hash falls below 1.25·n / population, the first n of them', () => {
    const sim = market();
    const n = 40;
    const keep = (1.25 * n) / sim.pop.size; // the whole population is eligible when no firm is named
    const expected = inCategory(sim)
      .filter((i) => hashUniform(i, 0x51, sim.scenario.seed) < keep)
      .slice(0, n);
    expect(expected.length).toBeGreaterThan(10);
    expect(Array.from(sampleCustomers(sim, n).ids)).toEqual(expected);
  });
});
