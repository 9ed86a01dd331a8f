// The worker's API called directly (no Worker): it only carries the model's output.
import { describe, expect, it } from 'vitest';
import { createSimApi } from '../../../workers/simApi.ts';
import { createSimulation } from '../../../src/model/index.ts';
import { scenarioWith } from '../../helpers.ts';

const scenario = scenarioWith({ seed: 3, population: { size: 1200 }, horizon: 10 });
const direct = (r: number) => {
  const sim = createSimulation(scenario, r);
  return Array.from({ length: scenario.horizon }, () => sim.step());
};
/** A clock that advances 10 ms per reading, so budgets are exact. */
const fakeClock = () => {
  let ms = 0;
  return () => (ms += 10);
};

describe('simulation worker API', () => {
  it('streams the same summaries as stepping the model directly', () => {
    const api = createSimApi();
    api.open(scenario, 1);
    const got = [];
    for (let i = 0; i < 4; i++) got.push(...api.advance({ maxPeriods: 3, budgetMs: 1e9, sample: 0, inspect: -1 }).summaries);
    expect(got.map((s) => s.period)).toEqual([...Array(10).keys()]);
    expect(got.map((s) => Array.from(s.values))).toEqual(direct(1).map((s) => Array.from(s.values)));
    expect(got.map((s) => Array.from(s.moves))).toEqual(direct(1).map((s) => Array.from(s.moves)));
  });
  it('stops at the period limit, the time budget and the horizon', () => {
    const api = createSimApi(fakeClock());
    api.open(scenario, 0);
    expect(api.advance({ maxPeriods: 2, budgetMs: 1e9, sample: 0, inspect: -1 }).summaries).toHaveLength(2);
    // the clock reads +10 ms per call, so a period takes 10 ms: a third one would end at 30 ms > 25 ms
    expect(api.advance({ maxPeriods: 100, budgetMs: 25, sample: 0, inspect: -1 }).summaries).toHaveLength(2);
    const last = api.advance({ maxPeriods: 100, budgetMs: 1e9, sample: 0, inspect: -1 });
    expect(last).toMatchObject({ t: 10, done: true });
    expect(last.summaries).toHaveLength(6);
    expect(api.advance({ maxPeriods: 5, budgetMs: 1e9, sample: 0, inspect: -1 }).summaries).toHaveLength(0);
  });
  it('refuses a request for an earlier opening (a step queued before a reset)', () => {
    const api = createSimApi();
    api.open(scenario, 0, 1);
    api.open(scenario, 0, 2); // reset: the step below was sent for opening 1
    const stale = api.advance({ maxPeriods: 1, budgetMs: 1e9, sample: 0, inspect: -1 }, 1);
    expect(stale).toMatchObject({ summaries: [], stale: true, t: 0 });
    expect(api.inspect(3, 1)).toBeNull();
    const fresh = api.advance({ maxPeriods: 1, budgetMs: 1e9, sample: 0, inspect: -1 }, 2);
    expect(fresh.summaries.map((s) => s.period)).toEqual([0]);
  });
  it('samples customers only when asked (large populations stream summaries only)', () => {
    const api = createSimApi();
    api.open(scenario, 0);
    expect(api.advance({ maxPeriods: 1, budgetMs: 1e9, sample: 0, inspect: -1 }).sample).toBeNull();
    const b = api.advance({ maxPeriods: 1, budgetMs: 1e9, sample: 200, inspect: -1 });
    expect(b.sample!.satisfaction.length).toBeGreaterThan(0);
    expect(b.sample!.satisfaction.length).toBeLessThanOrEqual(200);
    for (const s of b.sample!.satisfaction) expect(s >= 1 && s <= 5).toBe(true);
  });
  it('appends the picked customer after every period', () => {
    const api = createSimApi();
    api.open(scenario, 0);
    expect(api.inspect(5)).toBeNull(); // nothing has happened yet
    const b = api.advance({ maxPeriods: 4, budgetMs: 1e9, sample: 0, inspect: 5 });
    expect(b.story.map((s) => [s.id, s.period])).toEqual([
      [5, 0],
      [5, 1],
      [5, 2],
      [5, 3],
    ]);
    expect(api.inspect(5)).toEqual(b.story[3]);
    expect(api.advance({ maxPeriods: 1, budgetMs: 1e9, sample: 0, inspect: 99_999 }).story).toEqual([]);
  });
  it('refuses to step before open', () => {
    expect(() => createSimApi().advance({ maxPeriods: 1, budgetMs: 1, sample: 0, inspect: -1 })).toThrow(/open/);
  });
  it('runs whole replicates for comparisons, reporting every period once', () => {
    const api = createSimApi(fakeClock());
    const reported: number[] = [];
    const r = api.runReplicate(scenario, 2, (n) => reported.push(n));
    expect(r.replicate).toBe(2);
    expect(r.summaries.map((s) => Array.from(s.values))).toEqual(direct(2).map((s) => Array.from(s.values)));
    expect(reported.reduce((a, b) => a + b, 0)).toBe(scenario.horizon);
  });
});
