// The period loop works on customers in chunks (src/model/kernel/period.ts, CHUNK), and every
// driver loops over its chunk: a loop that runs one customer too far, or stops one short, shows
// only where one chunk meets the next or at the end of the population. Here every customer, in
// a population of two chunks and a few more, must be taken exactly once a period by every
// driver: experienced (tenure, expectations), decided (switches), typed and counted.
import { describe, expect, it } from 'vitest';
import { LOYALTY_TYPES, valueOf } from '../../../src/model/index.ts';
import { CHUNK } from '../../../src/model/kernel/constants.ts';
import { handBuilt, place, quietScenario } from './customers.ts';

const size = 2 * CHUNK + 3;

describe('every customer once a period, across chunks', () => {
  it('is experienced once: tenure +1 and expectations up by exactly the drift (1/32, exact in float32), chunk edges and the last customer included', () => {
    const sim = handBuilt(quietScenario({ population: { size }, behaviour: { expectationDrift: 0.03125 } }));
    for (let t = 0; t < 2; t++) sim.step();
    const wrong: number[] = [];
    for (let i = 0; i < size; i++) if (sim.pop.tenure[i] !== 32 || sim.pop.expectation[i] !== 3.5625) wrong.push(i);
    expect(wrong).toEqual([]);
  });

  it('is decided once: each unhappy customer offered a better rival switches once, and is counted once', () => {
    // every customer of Us is at margin −0.5 against Rival and hears its offer; none of Rival's moves
    const sim = handBuilt(quietScenario({ population: { size }, behaviour: { offerRate: 1 } }));
    for (let i = 0; i < size; i++) place(sim, i, i % 2 ? { provider: 1 } : { satisfaction: 3.5, expectation: 4 });
    const us = Math.ceil(size / 2);
    const summary = sim.step();
    let withUs = 0;
    for (let i = 0; i < size; i++) if (sim.pop.provider[i] === 0) withUs++;
    expect(withUs).toBe(0);
    expect(valueOf(summary, 0, 'churned')).toBe(us);
    expect(valueOf(summary, 1, 'acquired')).toBe(us);
    expect(valueOf(summary, 1, 'customers')).toBe(size);
    expect(summary.moves[0 * 3 + 1]).toBe(us);
  });

  it('is typed and counted once: the loyalty types and classes add up to the customers', () => {
    const sim = handBuilt(quietScenario({ population: { size } }));
    for (let i = 0; i < size; i++) place(sim, i, { provider: i % 2, satisfaction: 3 + (i % 5) * 0.5 });
    const summary = sim.step();
    for (const k of [0, 1]) {
      const customers = valueOf(summary, k, 'customers');
      expect(customers).toBe(k === 0 ? Math.ceil(size / 2) : Math.floor(size / 2));
      let types = 0;
      for (const type of LOYALTY_TYPES) types += valueOf(summary, k, `type_${type}`);
      expect(types).toBe(customers);
    }
  });
});
