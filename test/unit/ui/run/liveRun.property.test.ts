// The live run's controller under random sequences of clicks against a slow worker: whatever
// the order and timing of run, pause, step, reset and cancel, the periods it holds are always
// 0..n−1 with no gap, and equal to a clean run of the scenario it shows.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { LiveRun } from '../../../../src/ui/run/liveRun.svelte.ts';
import { createSimulation, type PeriodSummary } from '../../../../src/model/index.ts';
import type { Scenario } from '../../../../src/scenario/schema.ts';
import { slowWorkers } from './slowWorker.ts';
import { scenarioWith } from '../../../helpers.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const base = scenarioWith({ seed: 5, population: { size: 300 }, horizon: 6 });
const scenarios: Record<number, Scenario> = { 5: base, 6: { ...base, seed: 6 } };
const clean: Record<number, number[][]> = {};
for (const seed of [5, 6]) {
  const sim = createSimulation(scenarios[seed], 0);
  clean[seed] = Array.from({ length: base.horizon }, () => Array.from(sim.step().values));
}

/** The run holds periods 0..n−1 of a clean run of its scenario, nothing else. */
function expectClean(live: LiveRun): void {
  const got: PeriodSummary[] = live.summaries;
  expect(got.map((s) => s.period)).toEqual([...Array(got.length).keys()]);
  expect(got.map((s) => Array.from(s.values))).toEqual(clean[live.scenario.seed].slice(0, got.length));
}

type Click = { cmd: 'run' | 'pause' | 'step' | 'reset' | 'cancel'; seed: 5 | 6; gap: number };
const click = fc.record({
  // weighted towards step and reset, the clicks whose overlap used to lose periods
  cmd: fc.oneof(
    { arbitrary: fc.constantFrom('step', 'reset'), weight: 3 },
    { arbitrary: fc.constant('run'), weight: 1 },
    { arbitrary: fc.constantFrom('pause', 'cancel'), weight: 1 },
  ),
  seed: fc.constantFrom(5 as const, 6 as const),
  // clicks mostly come faster than the worker answers (that is where the races are)
  gap: fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.integer({ min: 1, max: 8 }), weight: 1 }),
}) as fc.Arbitrary<Click>;

async function play(live: LiveRun, clicks: readonly Click[]): Promise<void> {
  for (const c of clicks) {
    if (c.cmd === 'run') void live.run();
    else if (c.cmd === 'pause') live.pause();
    else if (c.cmd === 'step') void live.step();
    else if (c.cmd === 'reset') live.reset(scenarios[c.seed]);
    else live.cancel();
    expectClean(live);
    await sleep(c.gap);
    expectClean(live);
  }
}

describe('live run controller (property)', () => {
  it('never holds a gap or another run’s periods, whatever the clicks and their timing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(click, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 4 }), async (clicks, lag) => {
        const workers = slowWorkers(() => lag);
        const live = new LiveRun(workers.spawn, base);
        await play(live, clicks);
        await workers.idle();
        expectClean(live);
        // whatever happened, the run can be finished (or restarted) and then equals a clean run
        if (live.status === 'cancelled' || live.status === 'failed') live.reset();
        void live.run();
        await vi.waitFor(() => expect(live.status).toBe('done'), { timeout: 5000, interval: 5 });
        expect(live.period).toBe(base.horizon);
        expectClean(live);
        live.dispose();
      }),
      { numRuns: 150 },
    );
  });

  it('a step waiting for the worker when the run is reset does not advance the new simulation', async () => {
    const workers = slowWorkers(() => 5);
    const live = new LiveRun(workers.spawn, base);
    const step = live.step(); // the worker is still opening the simulation
    await sleep(2);
    live.reset();
    const run = live.run();
    await Promise.all([step, run]);
    await workers.idle();
    expect(live.status).toBe('done');
    expect(live.summaries.map((s) => s.period)).toEqual([0, 1, 2, 3, 4, 5]);
    expectClean(live);
  });

  it('three steps waiting when the run is reset leave the new run complete', async () => {
    const workers = slowWorkers(() => 4);
    const live = new LiveRun(workers.spawn, base);
    void live.step();
    void live.step();
    void live.step();
    await sleep(1);
    live.reset();
    await live.run();
    await workers.idle();
    expect(live.summaries.map((s) => s.period)).toEqual([0, 1, 2, 3, 4, 5]);
    expectClean(live);
  });
});
