// Each shipped scenario's stated lesson, checked against the same scenario without the strategy
// or event that makes the lesson (same seeds: common random numbers). The five scenarios of the
// engine's acceptance tests (default, monopoly-deregulated, number-portability,
// loyalty-programme, service-recovery) are checked in test/unit/model/emergent.test.ts.
import { describe, expect, it } from 'vitest';
import { createSimulation, NO_PROVIDER, type Measure, type PeriodSummary } from '../../../src/model/index.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { series, slice, steps } from '../model/helpers.ts';
import { shipped } from '../model/scenarios.ts';

const SEEDS = [11, 23];
const without = (s: Scenario): Scenario => ({ ...s, changes: [], events: [] });

function both(name: string, counterfactual: (s: Scenario) => Scenario = without) {
  return SEEDS.map((seed) => {
    const s = shipped(name, (x) => ({ ...x, seed }));
    return { on: steps(createSimulation(s, 0), s.horizon), off: steps(createSimulation(counterfactual(s), 0), s.horizon) };
  });
}
const avg = (r: PeriodSummary[], m: Measure, from: number, to: number, firm = 0, seg = 0) => slice(series(r, m, firm, seg), from, to);
const sum = (r: PeriodSummary[], m: Measure, from: number, to: number, firm = 0, seg = 0) =>
  series(r, m, firm, seg)
    .slice(from, to)
    .reduce((a, x) => a + x, 0);

describe('price-war.json: a price war breeds mercenaries', () => {
  const runs = both('price-war');
  it('the price cutter wins share held by price, then loses it again', () => {
    for (const { on, off } of runs) {
      expect(avg(on, 'share_price', 24, 36, 2)).toBeGreaterThan(avg(off, 'share_price', 24, 36, 2) + 0.1);
      expect(avg(on, 'marketShare', 30, 36, 2)).toBeGreaterThan(avg(off, 'marketShare', 30, 36, 2) + 0.02);
      expect(avg(on, 'retention', 36, 48, 2)).toBeLessThan(avg(off, 'retention', 36, 48, 2));
    }
  });
  it('our own mercenaries multiply', () => {
    for (const { on, off } of runs) expect(avg(on, 'js_mercenary', 24, 36)).toBeGreaterThan(1.3 * avg(off, 'js_mercenary', 24, 36));
  });
});

describe('leaky-bucket.json: retention is cheaper than acquisition', () => {
  const runs = both('leaky-bucket', (s) => ({
    ...s,
    firms: s.firms.map((f, k) => (k === 0 ? { ...f, acquisitionSpend: 0, quality: 3.9 } : f)),
  }));
  it('pouring in new customers only refills the leak; spending on quality keeps more and earns more', () => {
    for (const { on, off } of runs) {
      expect(avg(on, 'retention', 12, 60)).toBeLessThan(avg(off, 'retention', 12, 60));
      expect(avg(on, 'customers', 48, 60)).toBeLessThan(avg(off, 'customers', 48, 60));
      expect(sum(on, 'profit', 12, 60)).toBeLessThan(0.8 * sum(off, 'profit', 12, 60));
    }
  });
});

describe('satisfied-still-defect.json: satisfied customers still defect', () => {
  it('most of those who went to a rival within a year had said they were satisfied (Bain 65–85%)', () => {
    for (const seed of SEEDS) {
      const sim = createSimulation(
        shipped('satisfied-still-defect', (x) => ({ ...x, seed })),
        0,
      );
      steps(sim, 12);
      // a survey at month 12, then who has gone to a rival by month 24
      const said = new Float32Array(sim.pop.satisfaction);
      const was = new Uint8Array(sim.pop.provider);
      steps(sim, 12);
      let defectors = 0;
      let satisfied = 0;
      for (let i = 0; i < sim.pop.size; i++) {
        if (was[i] !== 0 || sim.pop.provider[i] === 0 || sim.pop.provider[i] === NO_PROVIDER) continue;
        defectors++;
        if (said[i] > 3.75) satisfied++;
      }
      console.log(`satisfied share of defectors (seed ${seed}): ${(satisfied / defectors).toFixed(3)}`);
      expect(satisfied / defectors).toBeGreaterThan(0.6);
    }
  });
});

describe('trust-personalisation.json: trust is built by quality and personal service', () => {
  const runs = both('trust-personalisation');
  it('raises trust, behavioural-stage trust, value loyalty and retention', () => {
    for (const { on, off } of runs) {
      expect(avg(on, 'meanTrust', 36, 60)).toBeGreaterThan(avg(off, 'meanTrust', 36, 60) + 0.05);
      expect(avg(on, 'trustBehavioural', 36, 60) / avg(on, 'customers', 36, 60)).toBeGreaterThan(
        avg(off, 'trustBehavioural', 36, 60) / avg(off, 'customers', 36, 60),
      );
      expect(avg(on, 'share_value', 36, 60)).toBeGreaterThan(avg(off, 'share_value', 36, 60));
      expect(avg(on, 'retention', 36, 60)).toBeGreaterThan(avg(off, 'retention', 36, 60) + 0.005);
    }
  });
});

describe('over-promising.json: over-promising raises expectations', () => {
  const runs = both('over-promising');
  it('the same quality satisfies less; NPS, retention and newcomers fall', () => {
    for (const { on, off } of runs) {
      expect(avg(on, 'meanSatisfaction', 24, 48)).toBeLessThan(avg(off, 'meanSatisfaction', 24, 48) - 0.1);
      expect(avg(on, 'nps', 24, 48)).toBeLessThan(avg(off, 'nps', 24, 48) - 10);
      expect(avg(on, 'retention', 24, 48)).toBeLessThan(avg(off, 'retention', 24, 48));
      expect(avg(on, 'entered', 24, 48)).toBeLessThan(avg(off, 'entered', 24, 48));
    }
  });
});

describe('high-value-focus.json: focus on high-value customers (80/20)', () => {
  const runs = both('high-value-focus', (s) => ({ ...s, changes: s.changes.filter((c) => c.lever !== 'focusHighValue') }));
  it('the same personal service aimed at the top 20% keeps more of them and earns more', () => {
    for (const { on, off } of runs) {
      expect(avg(on, 'retention', 24, 60, 0, 1)).toBeGreaterThan(avg(off, 'retention', 24, 60, 0, 1));
      expect(sum(on, 'profit', 12, 60)).toBeGreaterThan(1.05 * sum(off, 'profit', 12, 60));
    }
  });
});
