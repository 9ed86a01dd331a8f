// The decision driver (src/model/drivers/decision.ts) where the tests beside it left room for a
// wrong rule (mutation testing, README "Mutation testing"): one uniform decides leaving the
// category, then what a failure leads to, then doing without; each later test must see it
// rescaled past the earlier ones, which the extremes (chances of 0 and 1) cannot show.
import { describe, expect, it } from 'vitest';
import { NO_PROVIDER } from '../../../src/model/index.ts';
import { handBuilt, quietScenario } from './customers.ts';

const n = 4001;
const within4sd = (x: number, p: number) => expect(Math.abs(x - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));

/** Shares of customers of firm 0 after one period that stayed, switched, and left the category. */
function outcome(over: Record<string, unknown>) {
  const sim = handBuilt(quietScenario({ population: { size: n }, ...over }));
  sim.step();
  let stayed = 0;
  let switched = 0;
  for (let i = 0; i < n; i++) {
    if (sim.pop.provider[i] === 0) stayed++;
    else if (sim.pop.provider[i] !== NO_PROVIDER) switched++;
  }
  return { stayed: stayed / n, switched: switched / n, left: (n - stayed - switched) / n };
}

// every purchase fails, silently; half of those who had a failure would buy again
const failing = { failureRate: 1, majorShare: 0, complaintRate: 0, repurchase: { minor: { silent: 0.5 } } };

describe('one uniform, rescaled from one test to the next', () => {
  it('past the life-event exit: of the half that stays in the category, half leave after the failure', () => {
    const r = outcome({ behaviour: { leaveCategoryRate: 0.5 }, service: failing });
    within4sd(r.stayed, 0.25);
    within4sd(r.switched, 0.25); // free to choose: a failure sends them to the strongest rival
  });
  it('past the repurchase test: a customer not free to choose does without with chance doWithout', () => {
    const r = outcome({ market: { openness: 0 }, behaviour: { doWithout: 0.5 }, service: failing });
    within4sd(r.left, 0.25);
    within4sd(r.stayed, 0.75);
    expect(r.switched).toBe(0);
  });
});
