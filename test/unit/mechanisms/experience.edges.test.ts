// The experience driver (src/model/drivers/experience.ts) where the tests beside it left room
// for a wrong rule (mutation testing, README "Mutation testing"): how a failure's one uniform is
// rescaled from the failure test to its severity, the fit read for a firm other than 0, and
// prospects, whom the experience must leave alone.
import { describe, expect, it } from 'vitest';
import { HAPPENED, NO_PROVIDER } from '../../../src/model/index.ts';
import { AT, BASE, handBuilt, place, quietFirm, quietScenario, runCase } from './customers.ts';

const all = { silent: 1, unresolved: 1, resolved: 1, quick: 1 };
const within4sd = (x: number, p: number, n: number) => expect(Math.abs(x - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));

describe('a service failure, from one uniform rescaled at each branch', () => {
  it('splits failures by majorShare also when not every purchase fails', () => {
    // failureRate 0.5: the uniform below 0.5 that made the failure must be stretched back to
    // 0–1 before the severity test, or nearly every failure would be major
    const n = 4001;
    const sim = handBuilt(
      quietScenario({ population: { size: n }, service: { failureRate: 0.5, majorShare: 0.5, complaintRate: 0.4, repurchase: { minor: all, major: all } } }),
    );
    sim.step();
    let failed = 0;
    let major = 0;
    let complained = 0;
    for (let i = 0; i < n; i++) {
      const h = sim.pop.happened[i];
      if (!(h & HAPPENED.failure)) continue;
      failed++;
      if (h & HAPPENED.major) major++;
      if (h & HAPPENED.complained) complained++;
    }
    within4sd(failed / n, 0.5, n);
    within4sd(major / failed, 0.5, failed);
    within4sd(complained / failed, 0.4, failed);
  });
});

describe('a complaint, from the same uniform rescaled once more', () => {
  it('is resolved with chance recoveryRate, and quickly with chance recoverySpeed, also when not every failure is complained about', () => {
    // complaintRate 0.5: the uniform below 0.5 that made the complaint must be stretched back to
    // 0–1 before the resolution test, or nearly every complaint would be resolved
    const n = 4001;
    const firm = quietFirm({ recoveryRate: 0.5, recoverySpeed: 0.5 });
    const sim = handBuilt(
      quietScenario({
        population: { size: n },
        service: { failureRate: 1, majorShare: 0, complaintRate: 0.5, repurchase: { minor: all } },
        firms: [firm, firm],
      }),
    );
    sim.step();
    let complained = 0;
    let resolved = 0;
    let quick = 0;
    for (let i = 0; i < n; i++) {
      const h = sim.pop.happened[i];
      if (h & HAPPENED.complained) complained++;
      if (h & HAPPENED.resolved) resolved++;
      if (h & HAPPENED.quick) quick++;
    }
    within4sd(complained / n, 0.5, n);
    within4sd(resolved / complained, 0.5, complained);
    within4sd(quick / resolved, 0.5, resolved);
  });
});

describe('trust in a period with a failure (trustAfterFailure)', () => {
  it('grows by gain × (S − 4.25) × (1 + personal service) × (1 − trust) when the failure leaves satisfaction high', () => {
    // a silent failure of no impact: quality 3.5 + 0.2 for personal service 0.5, expectation 3,
    // so S = 4 + 0.7 = 4.7; trust 0.2 + 0.5 × 0.45 × 1.5 × 0.8 = 0.47
    const r = runCase(
      quietScenario({
        behaviour: { trustGain: 0.5 },
        service: { failureRate: 1, failureImpact: 0, complaintRate: 0, majorShare: 0, repurchase: { minor: all } },
        firms: [quietFirm({ personalisation: 0.5 }), quietFirm()],
      }),
      { expectation: 3, trust: 0.2 },
    );
    for (const h of r.read('happened')) expect(h).toBe(HAPPENED.failure);
    for (const s of r.read('satisfaction')) expect(s).toBeCloseTo(4.7, 5);
    for (const t of r.read('trust')) expect(t).toBeCloseTo(0.2 + 0.5 * 0.45 * 1.5 * 0.8, 5);
  });
});

describe('fit with a firm other than the first', () => {
  it("reads the customer's own fit with its own firm, not its neighbour's", () => {
    const sim = handBuilt(quietScenario({ behaviour: { matchSpread: 0.5 } }));
    const K = sim.pop.firms;
    for (const i of AT) {
      place(sim, i, { provider: 1 });
      sim.pop.fit[i * K + 1] = 127; // its fit with its firm, 1
      sim.pop.fit[i * K + 0] = -127; // with the other firm
      sim.pop.fit[(i - 1) * K + 1] = -64; // the customer before it, with firm 1
    }
    sim.step();
    for (const i of AT) expect(sim.pop.satisfaction[i]).toBeCloseTo(BASE + 0.5, 5);
  });
});

describe('prospects', () => {
  it('have no experience: their satisfaction, expectation, trust, wallet share and tenure stay as they were', () => {
    // every purchase fails and expectations drift, so a prospect taken through the experience
    // would show it; nobody enters the category (entryRate 0)
    const sim = handBuilt(quietScenario({ behaviour: { expectationDrift: 0.01 }, service: { failureRate: 1, repurchase: { minor: all, major: all } } }));
    for (const i of AT) place(sim, i, { provider: NO_PROVIDER, satisfaction: 3, expectation: 3.25, trust: 0.5, walletShare: 0.25, tenure: 7 });
    sim.step();
    for (const i of AT) {
      expect(sim.pop.provider[i]).toBe(NO_PROVIDER);
      expect(sim.pop.happened[i]).toBe(0);
      expect([sim.pop.satisfaction[i], sim.pop.expectation[i], sim.pop.trust[i], sim.pop.walletShare[i], sim.pop.tenure[i]]).toEqual([3, 3.25, 0.5, 0.25, 7]);
    }
    // their neighbours, customers, did have one
    expect(sim.pop.happened[AT[0] + 1] & HAPPENED.failure).toBe(HAPPENED.failure);
  });
});
