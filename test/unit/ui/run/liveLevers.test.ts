// Live levers: a lever moved during a run acts from the next period and is written into the
// schedule, so a fresh run of the recorded scenario reproduces the watched run bit for bit.
import { describe, expect, it } from 'vitest';
import { createSimApi } from '../../../../workers/simApi.ts';
import { createSimulation } from '../../../../src/model/index.ts';
import { leverAt, scheduleLiveLever } from '../../../../src/scenario/liveLevers.ts';
import { parseScenarioValue } from '../../../../src/scenario/parse.ts';
import type { Scenario } from '../../../../src/scenario/schema.ts';
import { scenarioWith } from '../../../helpers.ts';

const base = scenarioWith({
  seed: 11,
  population: { size: 800 },
  horizon: 14,
  changes: [
    { period: 3, firm: 0, lever: 'price', value: 1.1 },
    { period: 10, firm: 0, lever: 'price', value: 1.3 },
    { period: 9, firm: 1, lever: 'quality', value: 3.2 },
  ],
});

// plain arrays: compared element by element (typed arrays of equal length are not, by toEqual)
const plainOf = (v: Float64Array) => Array.from(v);

function fresh(s: Scenario): number[][] {
  const sim = createSimulation(s, 0);
  return Array.from({ length: s.horizon }, () => plainOf(sim.step().values));
}

describe('scheduleLiveLever', () => {
  it('holds the value from its period on and drops later changes of that firm and lever only', () => {
    const r = scheduleLiveLever(base, { firm: 0, lever: 'price', value: 0.9 }, 6);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.changes).toEqual([
      { period: 3, firm: 0, lever: 'price', value: 1.1 },
      { period: 9, firm: 1, lever: 'quality', value: 3.2 },
      { period: 6, firm: 0, lever: 'price', value: 0.9 },
    ]);
    const s = { ...base, changes: r.changes };
    expect([5, 6, 13].map((t) => leverAt(s, 0, 'price', t))).toEqual([1.1, 0.9, 0.9]);
    expect(leverAt(s, 1, 'quality', 9)).toBe(3.2);
    // the recorded scenario is a valid file
    expect(parseScenarioValue(s).ok).toBe(true);
  });
  it('replaces a live change made earlier in the same period', () => {
    const once = scheduleLiveLever(base, { firm: 0, lever: 'programme', value: 0.05 }, 4);
    if (!once.ok) throw new Error(once.error);
    const twice = scheduleLiveLever({ ...base, changes: once.changes }, { firm: 0, lever: 'programme', value: 0.1 }, 4);
    if (!twice.ok) throw new Error(twice.error);
    expect(twice.changes.filter((c) => c.lever === 'programme')).toEqual([{ period: 4, firm: 0, lever: 'programme', value: 0.1 }]);
  });
  it('refuses a value out of bounds, an unknown firm or lever, naming the field', () => {
    const bad = (x: Parameters<typeof scheduleLiveLever>[1]) => {
      const r = scheduleLiveLever(base, x, 2);
      return r.ok ? '' : r.error;
    };
    expect(bad({ firm: 0, lever: 'price', value: 9 })).toMatch(/^price: must be between 0.2 and 3/);
    expect(bad({ firm: 5, lever: 'price', value: 1 })).toMatch(/^firm:/);
    expect(bad({ firm: 0, lever: 'nope' as 'price', value: 1 })).toMatch(/^lever:/);
    expect(bad({ firm: 0, lever: 'price', value: Number.NaN })).toMatch(/^price:/);
  });
});

describe('a live lever in the worker', () => {
  it('acts from the next period, and the recorded scenario reproduces the run bit for bit', () => {
    const api = createSimApi();
    api.open(base, 0, 1);
    const watched = api.advance({ maxPeriods: 5, budgetMs: 1e9, sample: 0, inspect: -1 }, 1).summaries.map((s) => plainOf(s.values));
    const r = api.setLever({ firm: 0, lever: 'price', value: 0.7 }, 1);
    if (!r.ok) throw new Error(r.error);
    expect(r.from).toBe(5);
    watched.push(...api.advance({ maxPeriods: 100, budgetMs: 1e9, sample: 0, inspect: -1 }, 1).summaries.map((s) => plainOf(s.values)));
    const recorded = { ...base, changes: r.changes };
    expect(watched).toEqual(fresh(recorded));
    // and the change made a difference from period 5 on, not before
    const plain = fresh(base);
    expect(watched.slice(0, 5)).toEqual(plain.slice(0, 5));
    expect(watched[5]).not.toEqual(plain[5]);
  });
  it('before the first period, opens the run again so the burn-in sees the new value too', () => {
    const api = createSimApi();
    api.open(base, 0, 2);
    const r = api.setLever({ firm: 1, lever: 'quality', value: 4.5 }, 2);
    if (!r.ok) throw new Error(r.error);
    expect(r.from).toBe(0);
    const watched = api.advance({ maxPeriods: 100, budgetMs: 1e9, sample: 0, inspect: -1 }, 2).summaries.map((s) => plainOf(s.values));
    expect(watched).toEqual(fresh({ ...base, changes: r.changes }));
  });
  it('refuses a lever for a simulation it no longer holds, and a bad value, without changing the run', () => {
    const api = createSimApi();
    api.open(base, 0, 3);
    api.advance({ maxPeriods: 2, budgetMs: 1e9, sample: 0, inspect: -1 }, 3);
    expect(api.setLever({ firm: 0, lever: 'price', value: 0.7 }, 2)).toMatchObject({ ok: false, stale: true });
    expect(api.setLever({ firm: 0, lever: 'price', value: 70 }, 3)).toMatchObject({ ok: false, error: expect.stringMatching(/^price:/) });
    const rest = api.advance({ maxPeriods: 100, budgetMs: 1e9, sample: 0, inspect: -1 }, 3).summaries.map((s) => plainOf(s.values));
    expect(rest).toEqual(fresh(base).slice(2));
  });
});
