// The documents' claims (MODEL.md §6) must emerge from customer-level rules. Each test checks a
// direction and a rough size over several seeds; none reads a number the model was told.
import { describe, expect, it } from 'vitest';
import { createSimulation, HAPPENED, JS, LOYALTY, NO_PROVIDER } from '../../../src/model/index.ts';
import { follow, mean, series, slice, steps, SEEDS } from './helpers.ts';
import { shipped } from './scenarios.ts';

const report = (label: string, xs: number[]) => console.log(`${label}: ${xs.map((x) => x.toFixed(3)).join(', ')}`);

describe('satisfaction and loyalty in a competitive market (scenarios/default.json)', () => {
  // annual retention of customers grouped by their satisfaction at month 24, one row per seed
  const bands: [number, number][] = [
    [1, 3.25],
    [1, 3.75],
    [3.75, 4.5],
    [4.5, 5.01],
    [4, 5.01],
  ];
  const rows = SEEDS.map((seed) => {
    const sim = createSimulation(
      shipped('default', (s) => ({ ...s, seed })),
      0,
    );
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
    report(
      'satisfied share of defectors',
      rows.map((r) => r.satisfiedShareOfDefectors),
    );
    // about half, below Bain's range (README, Calibration): 0.51–0.54 while a failure sent a
    // free customer to a rival without weighing it, 0.47–0.51 since it weighs it (issue 9)
    for (const r of rows) expect(r.satisfiedShareOfDefectors).toBeGreaterThan(0.45);
  });
});

describe('a monopoly deregulated (scenarios/monopoly-deregulated.json)', () => {
  const runs = SEEDS.map((seed) => {
    const sim = createSimulation(
      shipped('monopoly-deregulated', (s) => ({ ...s, seed })),
      0,
    );
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
    report(
      'unhappy kept a year after deregulation',
      runs.map((r) => r.unhappy),
    );
    report(
      'happy kept a year after deregulation',
      runs.map((r) => r.happy),
    );
    for (const r of runs) {
      expect(r.unhappy).toBeLessThan(0.4);
      expect(r.happy).toBeGreaterThan(Math.max(3 * r.unhappy, r.unhappy + 0.1));
      expect(mean(series(r.after, 'retention').slice(0, 6))).toBeLessThan(0.95);
    }
  });
});

describe('tenure (heterogeneous customers)', () => {
  it("a cohort's retention rises with tenure (the cohort measure, and by hand)", () => {
    const early: number[] = [];
    const late: number[] = [];
    for (const seed of SEEDS) {
      const sim = createSimulation(
        shipped('default', (s) => ({ ...s, seed })),
        0,
        'wasm',
        { cohorts: true },
      );
      const counts = steps(sim, 12).map((x) => x.cohorts!);
      // by hand: every relationship begun in months 12–17 (any firm), followed month by month
      // for two years; a customer who moves again starts a new relationship, but only after its
      // defection has been counted (the loss must be seen before the new start is registered)
      const alive = new Map<number, number>();
      const hazards: number[][] = Array.from({ length: 24 }, () => [0, 0]);
      for (let t = 12; t < 42; t++) {
        counts.push(sim.step().cohorts!);
        for (const [i, joined] of alive) {
          const age = t - joined - 1;
          if (age >= 24) continue;
          hazards[age][0]++;
          if (sim.pop.provider[i] === NO_PROVIDER || sim.pop.joined[i] !== joined) {
            hazards[age][1]++;
            alive.delete(i);
          }
        }
        if (t < 18) for (let i = 0; i < sim.pop.size; i++) if (sim.pop.provider[i] !== NO_PROVIDER && sim.pop.joined[i] === t) alive.set(i, t);
      }
      const byHand = hazards.map(([n, lost]) => (n - lost) / n);
      // the cohort measure: the same cohorts, summed over the firms
      const at = (p: number, age: number) => {
        const c = counts[p + age];
        return Array.from({ length: sim.pop.firms }, (_, k) => c.alive[k * c.cohorts + 1 + p]).reduce((a, x) => a + x, 0);
      };
      const measured = byHand.map((_, age) => {
        let n = 0;
        let kept = 0;
        for (let p = 12; p < 18; p++) {
          n += at(p, age);
          kept += at(p, age + 1);
        }
        return kept / n;
      });
      expect(measured).toEqual(byHand);
      early.push(mean(measured.slice(0, 6)));
      late.push(mean(measured.slice(12, 24)));
    }
    report('monthly retention in the first 6 months', early);
    report('monthly retention in months 12–24', late);
    for (let k = 0; k < SEEDS.length; k++) expect(late[k]).toBeGreaterThan(early[k] + 0.01);
  });
});

describe('number portability (scenarios/number-portability.json)', () => {
  // the same customers and random numbers with and without the event (common random numbers)
  const runs = SEEDS.map((seed) => {
    const kept = (portable: boolean) => {
      const sim = createSimulation(
        shipped('number-portability', (s) => ({ ...s, seed, events: portable ? s.events : [] })),
        0,
      );
      steps(sim, 24);
      const { pop } = sim;
      const hostages = follow(sim, 0, (i) => pop.loyaltyType[i] === LOYALTY.inertia && pop.jsClass[i] === JS.hostage);
      const valueLoyal = follow(sim, 0, (i) => pop.loyaltyType[i] === LOYALTY.value);
      const summaries = steps(sim, 12);
      return { hostages: hostages(), value: valueLoyal(), inertia: series(summaries, 'share_inertia') };
    };
    return { with: kept(true), without: kept(false) };
  });

  it('frees inertia-loyal hostages: they defect once the number can go with them', () => {
    report(
      'hostages kept a year, with portability',
      runs.map((r) => r.with.hostages.kept),
    );
    report(
      'hostages kept a year, without',
      runs.map((r) => r.without.hostages.kept),
    );
    for (const r of runs) {
      expect(r.with.hostages.n).toBeGreaterThan(100);
      expect(r.with.hostages.kept).toBeLessThan(r.without.hostages.kept - 0.2);
      expect(slice(r.with.inertia, 6, 12)).toBeLessThan(slice(r.without.inertia, 6, 12));
    }
  });

  it('leaves value-loyal customers mostly where they are', () => {
    report(
      'value-loyal kept a year, with portability',
      runs.map((r) => r.with.value.kept),
    );
    report(
      'value-loyal kept a year, without',
      runs.map((r) => r.without.value.kept),
    );
    for (const r of runs) {
      expect(r.with.value.kept).toBeGreaterThan(0.6);
      expect(r.with.value.kept).toBeGreaterThan(r.without.value.kept - 0.1);
    }
  });
});

describe('a loyalty programme (scenarios/loyalty-programme.json)', () => {
  const runs = SEEDS.map((seed) => {
    const go = (programme: boolean) => {
      const sim = createSimulation(
        shipped('loyalty-programme', (s) => ({ ...s, seed, changes: programme ? s.changes : [] })),
        0,
      );
      return steps(sim, 84);
    };
    return { on: go(true), off: go(false) };
  });
  const during = (xs: number[]) => slice(xs, 36, 60);
  const after = (xs: number[]) => slice(xs, 72, 84);

  it('raises incentive loyalty and retention while it runs, not after it stops', () => {
    for (const r of runs) {
      const uplift = during(series(r.on, 'retention')) - during(series(r.off, 'retention'));
      const left = after(series(r.on, 'retention')) - after(series(r.off, 'retention'));
      report('retention uplift during, after', [uplift, left]);
      expect(during(series(r.on, 'share_incentive'))).toBeGreaterThan(during(series(r.off, 'share_incentive')) + 0.03);
      // churn falls by about a tenth while members collect points
      expect(uplift).toBeGreaterThan(0.0015);
      expect(Math.abs(left)).toBeLessThan(uplift / 2);
      expect(after(series(r.on, 'share_incentive'))).toBeLessThan(0.01);
    }
  });

  it('does not raise value loyalty, and costs more than it earns', () => {
    for (const r of runs) {
      const profit = (xs: typeof r.on) =>
        series(xs, 'profit')
          .slice(24, 60)
          .reduce((a, x) => a + x, 0);
      report('value share on/off; cumulative profit on/off', [
        during(series(r.on, 'share_value')),
        during(series(r.off, 'share_value')),
        profit(r.on),
        profit(r.off),
      ]);
      expect(during(series(r.on, 'share_value'))).toBeLessThanOrEqual(during(series(r.off, 'share_value')) + 0.01);
      expect(profit(r.on)).toBeLessThan(profit(r.off));
    }
  });
});

describe('service recovery (scenarios/service-recovery.json)', () => {
  // customers of firm 0 with a failure in months 24–35, and those with none, still with us at 48
  const runs = SEEDS.map((seed) => {
    const go = (recovery: boolean) => {
      const sim = createSimulation(
        shipped('service-recovery', (s) => ({ ...s, seed, changes: recovery ? s.changes : [] })),
        0,
      );
      steps(sim, 24);
      const { pop } = sim;
      const joined = new Int32Array(pop.size).fill(-1);
      for (let i = 0; i < pop.size; i++) if (pop.provider[i] === 0) joined[i] = pop.joined[i];
      const failed = new Map<number, number>();
      for (let t = 24; t < 36; t++) {
        sim.step();
        for (let i = 0; i < pop.size; i++)
          if (joined[i] >= 0 && pop.joined[i] === joined[i] && pop.happened[i] & HAPPENED.failure && !failed.has(i)) failed.set(i, pop.happened[i]);
      }
      steps(sim, 12);
      const still = (i: number) => pop.provider[i] === 0 && pop.joined[i] === joined[i];
      const share = (ids: number[]) => ids.filter(still).length / ids.length;
      const never: number[] = [];
      for (let i = 0; i < pop.size; i++) if (joined[i] >= 0 && !failed.has(i)) never.push(i);
      const all = [...failed.keys()];
      const quick = all.filter((i) => failed.get(i)! & HAPPENED.quick);
      return { failed: share(all), quick: share(quick), quickN: quick.length, never: share(never) };
    };
    return { good: go(true), base: go(false) };
  });

  it('raises the retention of customers who had a failure', () => {
    report(
      'kept after a failure: good recovery, baseline',
      runs.flatMap((r) => [r.good.failed, r.base.failed]),
    );
    for (const r of runs) expect(r.good.failed).toBeGreaterThan(r.base.failed + 0.03);
  });

  it('keeps customers whose complaint was resolved quickly better than those who never had a problem', () => {
    report(
      'kept: resolved quickly, never failed',
      runs.flatMap((r) => [r.good.quick, r.good.never]),
    );
    for (const r of runs) {
      expect(r.good.quickN).toBeGreaterThan(200);
      expect(r.good.quick).toBeGreaterThan(r.good.never);
    }
  });
});
