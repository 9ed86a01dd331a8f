// Rounds run on worker threads give the numbers the main thread gives (the same model code):
// a game played on the server's workers still replays bit for bit from its exported file.
import { afterAll, describe, expect, it } from 'vitest';
import { inThread, roundWorkers } from '../../../src/classroom/roundPool.ts';
import { closeRound, closingJobs, finishRound, freezeRound } from '../../../src/classroom/rounds.ts';
import { keptMarkets } from '../../../src/classroom/keptMarkets.ts';
import { runMarket } from '../../../src/classroom/outcomes.ts';
import { createSimulation, JS_CLASSES, sampleCustomers } from '../../../src/model/index.ts';
import { firmSample } from '../../../src/classroom/sample.ts';
import { parseScenarioValue } from '../../../src/scenario/parse.ts';
import { decision, driver, setUp, SMALL, TEACHER } from './helpers.ts';

const pool = roundWorkers(new URL('../../../src/classroom/roundWorkerMain.ts', import.meta.url), 2);
afterAll(() => pool.close());

describe('round workers', () => {
  it('run every market of a round to the same results as this thread, in market order', async () => {
    const d = driver();
    const teams = setUp(d, 5);
    d.send(TEACHER, { t: 'start' });
    expect(d.game.markets).toBe(2);
    teams.forEach((s, i) => d.send(s, { t: 'submit', round: 0, decision: decision({ price: 0.9 + i * 0.05, programme: i % 2 ? 0.05 : 0 }) }));
    const jobs = closingJobs(freezeRound(d.game));
    const here = await inThread().run(jobs);
    const there = await pool.run(jobs);
    expect(there).toEqual(here);
    expect(there[0].outcomes).not.toEqual(there[1].outcomes);
    // the workers are kept: a second round reuses them and still agrees
    expect(await pool.run(jobs.slice().reverse())).toEqual(here.slice().reverse());
  });

  it('report a market that cannot run as an error, and work again afterwards', async () => {
    const bad = { ...closingJobs(freezeRound(setUpStarted())).at(0)!, periods: 1 };
    await expect(pool.run([{ ...bad, scenario: { ...bad.scenario, firms: [] } }])).rejects.toThrow(/round worker/);
    expect((await pool.run([bad]))[0].outcomes).toHaveLength(1);
  });
});

function setUpStarted() {
  const d = driver();
  setUp(d, 1);
  d.send(TEACHER, { t: 'start' });
  return d.game;
}

describe('markets kept between rounds', () => {
  it('step on to the numbers a run from period 0 gives, through a practice round, a schedule the teams override and a changed past', () => {
    const d = driver();
    // the scenario's own schedule moves Team 1's price at period 3; Team 1's round-2 decision overrides it
    const file = { ...SMALL, changes: [{ period: 3, firm: 0, lever: 'price', value: 1.3 }] };
    const [a, b] = setUp(d, 2, { scenario: { file } });
    const run = keptMarkets();
    const both = (jobs: ReturnType<typeof closingJobs>) => {
      const kept = jobs.map(run);
      expect(kept).toEqual(jobs.map((j) => runMarket(j.scenario, j.periods)));
      return kept;
    };
    d.send(TEACHER, { t: 'practice' });
    d.send(a, { t: 'submit', round: 0, decision: decision({ price: 2 }) });
    let frozen = freezeRound(d.game);
    d.game = finishRound(frozen, both(closingJobs(frozen)), 0);
    d.send(TEACHER, { t: 'start' });
    for (let r = 0; r < 3; r++) {
      d.send(a, { t: 'submit', round: r, decision: decision({ price: 1 - r * 0.05 }) });
      if (r !== 1) d.send(b, { t: 'submit', round: r, decision: decision({ programme: 0.03 * r }) });
      frozen = freezeRound(d.game);
      d.game = finishRound(frozen, both(closingJobs(frozen)), r);
    }
    // a job whose past differs from what the kept simulation ran is run afresh
    const jobs = closingJobs(freezeRound({ ...d.game, phase: 'playing', round: 2 }));
    const altered = { ...jobs[0], scenario: { ...jobs[0].scenario, changes: [{ period: 0, firm: 1, lever: 'quality' as const, value: 2 }] } };
    expect(run(altered)).toEqual(runMarket(altered.scenario, altered.periods));
    expect(run({ ...jobs[0], periods: 2 })).toEqual(runMarket(jobs[0].scenario, 2));
    // a market set up but not stepped has run its burn-in under period 0's changes
    const fresh = { ...jobs[0], key: 'game:9', periods: 0 };
    run({ ...fresh, scenario: { ...fresh.scenario, changes: [] } });
    const decided = { ...fresh, periods: 2, scenario: { ...fresh.scenario, changes: [{ period: 0, firm: 0, lever: 'price' as const, value: 1.8 }] } };
    expect(run(decided)).toEqual(runMarket(decided.scenario, 2));
  });

  it('on the round workers, a game of three rounds gives what closing its rounds on this thread gives', async () => {
    const d = driver();
    const teams = setUp(d, 5);
    d.send(TEACHER, { t: 'start' });
    let here = d.game;
    for (let r = 0; r < 3; r++) {
      for (const [i, s] of teams.entries()) {
        const msg = { t: 'submit', round: r, decision: decision({ price: 0.9 + ((i + r) % 3) * 0.1 }) };
        d.send(s, msg);
      }
      here = closeRound(d.game, r);
      const frozen = freezeRound(d.game);
      d.game = finishRound(frozen, await pool.run(closingJobs(frozen)), r);
      expect(d.game.outcomes).toEqual(here.outcomes);
      expect(d.game.samples).toEqual(here.samples);
    }
  });
});

describe("a firm's sample", () => {
  it("holds only the firm's own customers, as many for a small firm as for a large one", () => {
    const r = parseScenarioValue({ ...SMALL, population: { size: 6000 }, horizon: 3 });
    if (!r.ok) throw new Error(r.errors.join());
    const sim = createSimulation(r.scenario, 0);
    for (let t = 0; t < 3; t++) sim.step();
    const own = (firm: number) => Array.from({ length: sim.pop.size }, (_, i) => i).filter((i) => sim.pop.provider[i] === firm).length;
    expect(own(2)).toBeLessThan(own(0));
    for (const firm of [0, 2]) {
      expect(Array.from(sampleCustomers(sim, 150, firm).provider).every((p) => p === firm)).toBe(true);
      const s = firmSample(sim, firm, 150);
      expect(s.satisfaction).toHaveLength(150);
      expect(s.jsClass.every((c) => c >= 0 && c < JS_CLASSES.length)).toBe(true);
      expect(s.loyalty.every((l) => l >= 0 && l <= 1)).toBe(true);
    }
  });
});
