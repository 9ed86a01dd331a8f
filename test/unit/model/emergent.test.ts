// The documents' claims (MODEL.md §6) must emerge from customer-level rules. Each test checks a
// direction and a rough size over several seeds; none reads a number the model was told.
import { describe, expect, it } from 'vitest';
import { createSimulation, HAPPENED, JS, LOYALTY, NO_PROVIDER } from '../../../src/model/index.ts';
import { follow, mean, series, slice, steps, SEEDS } from './helpers.ts';
import { shipped } from './scenarios.ts';

const report = (label: string, xs: number[]) => console.log(`${label}: ${xs.map((x) => x.toFixed(3)).join(', ')}`);

describe('satisfaction and loyalty in a competitive market (scenarios/default.json)', () => {
  // annual retention of customers grouped by their satisfaction at month 24, one row per seed
  const bands: [number, number][] = [[1, 3.25], [1, 3.75], [3.75, 4.5], [4.5, 5.01], [4, 5.01]];
  const rows = SEEDS.map((seed) => {
    const sim = createSimulation(shipped('default', (s) => ({ ...s, seed })), 0);
    steps(sim, 24);
    const sat = sim.pop.satisfaction;
    const groups = bands.map(([a, b]) => follow(sim, 0, (i) => sat[i] >= a && sat[i] < b));
    const before = { provider: new Uint8Array(sim.pop.provider), sat: new Float32Array(sat) };
    steps(sim, 12);
    let defectors = 0;
    let satisfiedDefectors = 0;
    for (let i = 0; i < sim.pop.size; i++) {
      const was = before.provider[i];
      if (was === NO_PROVIDER || sim.pop.provider[i] === was || sim.pop.provider[i] === NO_PROVIDER) continue;
      defectors++;
      if (before.sat[i] > 3.75) satisfiedDefectors++;
    }
    return { kept: groups.map((g) => g().kept), satisfiedShareOfDefectors: satisfiedDefectors / defectors };
  });
  const kept = (band: number) => rows.map((r) => r.kept[band]);

  it('satisfied customers (≥ 4) are several times as likely to stay a year as dissatisfied ones (< 3.25)', () => {
    const ratios = rows.map((r) => r.kept[4] / r.kept[0]);
    report('ratio satisfied/dissatisfied annual retention', ratios);
    for (const r of ratios) expect(r).toBeGreaterThan(3.5);
  });

  it('loyalty is low up to 3.75 and only reliably high above 4.5 (Jones–Sasser)', () => {
    report('annual retention, satisfaction ≤ 3.75', kept(1));
    report('annual retention, 3.75–4.5', kept(2));
    report('annual retention, > 4.5', kept(3));
    for (const r of rows) {
      expect(r.kept[1]).toBeLessThan(0.55);
      expect(r.kept[3]).toBeGreaterThan(0.8);
      expect(r.kept[2]).toBeGreaterThan(r.kept[1] + 0.1);
      expect(r.kept[3]).toBeGreaterThan(r.kept[2] + 0.1);
    }
  });

  it('a large share of those who defect to a rival were satisfied (mercenaries; Bain 65–85%)', () => {
    report('satisfied share of defectors', rows.map((r) => r.satisfiedShareOfDefectors));
    for (const r of rows) expect(r.satisfiedShareOfDefectors).toBeGreaterThan(0.5);
  });
});

describe('a monopoly deregulated (scenarios/monopoly-deregulated.json)', () => {
  const runs = SEEDS.map((seed) => {
    const sim = createSimulation(shipped('monopoly-deregulated', (s) => ({ ...s, seed })), 0);
    const before = steps(sim, 36);
    const sat = sim.pop.satisfaction;
    const unhappy = follow(sim, 0, (i) => sat[i] < 3.25);
    const happy = follow(sim, 0, (i) => sat[i] >= 3.75);
    const after = steps(sim, 12);
    return { before, after, unhappy: unhappy().kept, happy: happy().kept };
  });

  it('keeps customers despite low satisfaction, and calls it monopoly loyalty', () => {
    for (const { before } of runs) {
      expect(slice(series(before, 'retention'), 12, 36)).toBeGreaterThan(0.99);
      expect(slice(series(before, 'meanSatisfaction'), 12, 36)).toBeLessThan(3.4);
      expect(slice(series(before, 'share_monopoly'), 12, 36)).toBeGreaterThan(0.95);
    }
  });

  it('loses the dissatisfied quickly once rivals may enter', () => {
    report('unhappy kept a year after deregulation', runs.map((r) => r.unhappy));
    report('happy kept a year after deregulation', runs.map((r) => r.happy));
    for (const r of runs) {
      expect(r.unhappy).toBeLessThan(0.4);
      expect(r.happy).toBeGreaterThan(Math.max(3 * r.unhappy, r.unhappy + 0.1));
      expect(mean(series(r.after, 'retention').slice(0, 6))).toBeLessThan(0.95);
    }
  });
});

describe('tenure (heterogeneous customers)', () => {
  it('a cohort\'s retention rises with tenure', () => {
    const early: number[] = [];
    const late: number[] = [];
    for (const seed of SEEDS) {
      const sim = createSimulation(shipped('default', (s) => ({ ...s, seed })), 0);
      steps(sim, 12);
      // customers who arrived in months 12–17, followed month by month for two years
      const alive = new Map<number, number>();
      const hazards: number[][] = Array.from({ length: 24 }, () => [0, 0]);
      for (let t = 12; t < 42; t++) {
        sim.step();
        for (let i = 0; i < sim.pop.size; i++) {
          const j = sim.pop.joined[i];
          if (t < 18 && sim.pop.provider[i] !== NO_PROVIDER && sim.pop.tenure[i] === 0) alive.set(i, j);
        }
        for (const [i, joined] of alive) {
          const age = t - joined - 1;
          if (age < 0 || age >= 24) continue;
          const still = sim.pop.provider[i] !== NO_PROVIDER && sim.pop.joined[i] === joined;
          hazards[age][0]++;
          if (!still) {
            hazards[age][1]++;
            alive.delete(i);
          }
        }
      }
      const retention = hazards.map(([n, lost]) => 1 - lost / n);
      early.push(mean(retention.slice(0, 6)));
      late.push(mean(retention.slice(12, 24)));
    }
    report('monthly retention in the first 6 months', early);
    report('monthly retention in months 12–24', late);
    for (let k = 0; k < SEEDS.length; k++) expect(late[k]).toBeGreaterThan(early[k] + 0.01);
  });
});
