// inspectCustomer reads one customer's state as the app shows it: checked field by field against
// the population arrays, for customers inside the category, outside it, and who have left.
import { describe, expect, it } from 'vitest';
import { createSimulation, HAPPENED, inspectCustomer, JS_CLASSES, NO_PROVIDER } from '../../../src/model/index.ts';
import { scenarioWith } from '../../helpers.ts';

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
