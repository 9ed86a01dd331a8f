// The inspector's "why": the terms inspectCustomer reports add up to the attribution's margin,
// so the waterfall shows what the model weighed (checked against loyaltyIndex of that margin).
import { describe, expect, it } from 'vitest';
import { createSimulation, inspectCustomer } from '../../../src/model/index.ts';
import { scenarioWith } from '../../helpers.ts';

describe('inspectCustomer why', () => {
  it('gives value, price, incentive, kinship and switching cost against a rival, summing to the loyalty index’s margin', () => {
    const sim = createSimulation(scenarioWith({ seed: 3, population: { size: 400 }, horizon: 6 }), 0);
    for (let t = 0; t < 4; t++) sim.step();
    let checked = 0;
    for (let id = 0; id < 400; id++) {
      const c = inspectCustomer(sim, id);
      if (!c.why || c.loyalty === null) continue;
      const w = c.why;
      const margin = w.value + w.price + w.incentive + w.kinship + w.switchingCost;
      expect(c.loyalty).toBeCloseTo(0.5 + (0.5 * margin) / (1 + Math.abs(margin)), 9);
      expect(w.rival).not.toBe(c.provider);
      expect(w.rival).toBeGreaterThanOrEqual(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
