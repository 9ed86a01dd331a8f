// The live run and the comparison pool, with the worker API in-process instead of a Worker.
import { describe, expect, it, vi } from 'vitest';
import type { Remote } from 'comlink';
import { createSimApi, type SimApi } from '../../../workers/simApi.ts';
import { LiveRun, SAMPLE_LIMIT } from '../../../src/ui/run/liveRun.svelte.ts';
import { CompareRun } from '../../../src/ui/compare/compareRun.svelte.ts';
import type { SimWorker } from '../../../src/ui/spawn.ts';
import { createSimulation, valueOf } from '../../../src/model/index.ts';
import { scenarioWith } from '../../helpers.ts';

function fakeSpawn() {
  const made: { terminated: boolean; crash: (m: string) => void }[] = [];
  const spawn = (): SimWorker => {
    const rec = { terminated: false, crash: (_m: string) => {} };
    made.push(rec);
    return {
      api: createSimApi() as unknown as Remote<SimApi>,
      terminate: () => void (rec.terminated = true),
      onError: (l) => void (rec.crash = l),
    };
  };
  return { spawn, made };
}
const scenario = scenarioWith({ seed: 5, population: { size: 900 }, horizon: 8 });

describe('live run', () => {
  it('runs to the horizon and streams every period in order', async () => {
    const live = new LiveRun(fakeSpawn().spawn, scenario);
    await live.run();
    expect(live.status).toBe('done');
    expect(live.summaries.map((s) => s.period)).toEqual([...Array(8).keys()]);
    expect(live.sample).not.toBeNull();
    const sim = createSimulation(scenario, 0);
    for (const s of live.summaries) expect(Array.from(s.values)).toEqual(Array.from(sim.step().values));
  });
  it('steps one period at a time when paused, then resumes', async () => {
    const live = new LiveRun(fakeSpawn().spawn, scenario);
    await live.step();
    await live.step();
    expect(live.status).toBe('paused');
    expect(live.period).toBe(2);
    await live.run();
    expect(live.period).toBe(8);
    await live.step(); // nothing after the horizon
    expect(live.period).toBe(8);
  });
  it('pauses a running loop after the batch in flight', async () => {
    const live = new LiveRun(fakeSpawn().spawn, scenario);
    live.speed = 20; // one period per message, 50 ms apart
    const running = live.run();
    await vi.waitFor(() => expect(live.period).toBeGreaterThan(0));
    live.pause();
    await running;
    const at = live.period;
    expect(live.status).toBe('paused');
    expect(at).toBeLessThan(8);
    await new Promise((r) => setTimeout(r, 20));
    expect(live.period).toBe(at);
  });
  it('resets to period 0 with a new seed, and drops late batches of the old run', async () => {
    const live = new LiveRun(fakeSpawn().spawn, scenario);
    const old = live.run();
    live.reset({ ...scenario, seed: 6 });
    await old;
    expect(live.summaries).toEqual([]);
    expect(live.status).toBe('idle');
    await live.run();
    const sim = createSimulation({ ...scenario, seed: 6 }, 0);
    expect(valueOf(live.summaries[0], 0, 'retention')).toBe(valueOf(sim.step(), 0, 'retention'));
  });
  it('cancels by ending the worker, keeping the periods received', async () => {
    const { spawn, made } = fakeSpawn();
    const live = new LiveRun(spawn, scenario);
    await live.step();
    live.cancel();
    expect(made[0].terminated).toBe(true);
    expect(live.status).toBe('cancelled'); // not "finished": the horizon was not reached
    expect(live.period).toBe(1);
    await live.run(); // a cancelled run cannot go on; a reset starts another
    expect(live.period).toBe(1);
  });
  it('follows one customer from when it is picked', async () => {
    const live = new LiveRun(fakeSpawn().spawn, scenario);
    await live.step();
    await live.inspect(42);
    expect(live.story.map((s) => s.period)).toEqual([0]);
    await live.step();
    await live.step();
    expect(live.story.map((s) => [s.id, s.period])).toEqual([
      [42, 0],
      [42, 1],
      [42, 2],
    ]);
  });
  it('reports a worker that dies and starts a fresh one on the next run', async () => {
    const { spawn, made } = fakeSpawn();
    const live = new LiveRun(spawn, scenario);
    await live.step();
    made[0].crash('out of memory');
    expect(live.error).toBe('out of memory');
    expect(live.status).toBe('failed');
    expect(made[0].terminated).toBe(true);
    live.reset();
    await live.run();
    expect(made).toHaveLength(2);
    expect(live.period).toBe(8);
  });
  it('samples customers at every population size a scenario may have (up to 1,000,000)', () => {
    const big = new LiveRun(fakeSpawn().spawn, scenarioWith({ population: { size: 1_000_000 } }));
    expect(SAMPLE_LIMIT).toBe(1_000_000);
    expect(big.samples).toBe(true);
  });
});

describe('comparison pool', () => {
  it('runs every variant × replicate with common random numbers', async () => {
    const { spawn, made } = fakeSpawn();
    const cmp = new CompareRun(spawn, () => 8);
    await cmp.start(
      scenario,
      [
        { name: 'Base', settings: [] },
        { name: 'Same', settings: [] },
        { name: 'Dear', settings: [{ firm: 0, lever: 'price', value: 1.5, fromPeriod: 0 }] },
      ],
      3,
    );
    expect(cmp.status).toBe('done');
    expect(made).toHaveLength(4); // capped at 4 workers
    expect(made.every((w) => w.terminated)).toBe(true);
    expect(cmp.done).toBe(cmp.total);
    expect(cmp.total).toBe(3 * 3 * 8);
    expect(cmp.traces.map((v) => v.length)).toEqual([3, 3, 3]);
    // an unchanged variant reproduces the baseline exactly, replicate by replicate
    for (let r = 0; r < 3; r++) expect(Array.from(cmp.traces[1][r].values)).toEqual(Array.from(cmp.traces[0][r].values));
    expect(Array.from(cmp.traces[2][0].values)).not.toEqual(Array.from(cmp.traces[0][0].values));
  });
  it('stops with the message when a pool worker dies', async () => {
    const { spawn, made } = fakeSpawn();
    const cmp = new CompareRun(spawn, () => 2);
    const p = cmp.start(
      scenario,
      [
        { name: 'A', settings: [] },
        { name: 'B', settings: [] },
      ],
      4,
    );
    made[1].crash('worker failed to load');
    await p;
    expect(cmp.status).toBe('error');
    expect(cmp.errors).toEqual(['worker failed to load']);
    expect(made.every((w) => w.terminated)).toBe(true);
  });
  it('refuses invalid variants before starting', async () => {
    const cmp = new CompareRun(fakeSpawn().spawn, () => 2);
    await cmp.start(
      scenario,
      [
        { name: 'Base', settings: [] },
        { name: 'Bad', settings: [{ firm: 0, lever: 'quality', value: 9, fromPeriod: 0 }] },
      ],
      2,
    );
    expect(cmp.status).toBe('error');
    expect(cmp.errors[0]).toMatch(/^Bad: settings\[0\]\.value: quality must be between/);
  });
  it('cancels: workers are ended and late results ignored', async () => {
    const { spawn, made } = fakeSpawn();
    const cmp = new CompareRun(spawn, () => 2);
    const p = cmp.start(
      scenario,
      [
        { name: 'A', settings: [] },
        { name: 'B', settings: [] },
      ],
      4,
    );
    cmp.cancel();
    await p;
    expect(cmp.status).toBe('cancelled');
    expect(made.every((w) => w.terminated)).toBe(true);
    expect(cmp.traces).toEqual([]);
  });
});
