// Rounds run on worker threads give the numbers the main thread gives (the same model code):
// a game played on the server's workers still replays bit for bit from its exported file.
import { afterAll, describe, expect, it } from 'vitest';
import { inThread, roundWorkers } from '../../../src/classroom/roundPool.ts';
import { closingJobs, freezeRound } from '../../../src/classroom/rounds.ts';
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
