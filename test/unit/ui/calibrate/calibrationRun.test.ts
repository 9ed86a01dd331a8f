// The calibration view's run on the browser's worker pool: each worker is given the calibration
// once for all its batches; a cancel or a worker's death ends the run (never a page left
// waiting) and terminates every worker.
import { describe, expect, it } from 'vitest';
import type { Remote } from 'comlink';
import { parseFit, type FreeParameter } from '../../../../src/experiment/calibrate/setup.ts';
import { CalibrationRun } from '../../../../src/ui/calibrate/calibrationRun.svelte.ts';
import type { CalibrateWorker } from '../../../../src/ui/calibrate/spawn.ts';
import { createCalibrateApi, type CalibrateApi } from '../../../../workers/calibrateApi.ts';
import { smallMarket, synthetic } from '../../calibrate/helpers.ts';

const base = smallMarket(200, 6);
const targets = synthetic(base, ['retention'], 6, 0.3, 3);
const fits = [parseFit('behaviour.offerRate=0.01:0.3') as FreeParameter];
const settings = { replicates: 2, restarts: 2, evaluations: 4, bootstrap: 2, holdout: 0 };

/** In-page stand-ins for the workers: `stall` makes every task wait for ever. */
function workers(stall = false) {
  const made: { opened: number; terminated: boolean; die: (m: string) => void }[] = [];
  const spawn = (): CalibrateWorker => {
    const api = createCalibrateApi();
    const w = { opened: 0, terminated: false, die: (_: string) => {} };
    made.push(w);
    return {
      api: {
        open: async (ctx, progress) => (w.opened++, api.open(ctx, progress)),
        run: (task) => (stall ? new Promise(() => {}) : Promise.resolve(api.run(task))),
      } as Remote<CalibrateApi>,
      terminate: () => (w.terminated = true),
      onError: (l) => (w.die = l),
    };
  };
  return { spawn, made };
}

/** A calibration under way on workers that never finish a task. */
async function stalled() {
  const f = workers(true);
  const run = new CalibrationRun(f.spawn, () => 2);
  const going = run.start(base, targets, fits, settings);
  await new Promise<void>((r) => setTimeout(r, 0));
  expect(f.made.length).toBeGreaterThan(0);
  return { ...f, run, going };
}

describe('a calibration on the worker pool', () => {
  it('gives each worker the calibration once for both batches, and ends them when done', async () => {
    const f = workers();
    const run = new CalibrationRun(f.spawn, () => 2);
    await run.start(base, targets, fits, settings);
    expect(run.errors).toEqual([]);
    expect(run.status).toBe('done');
    expect(f.made).toHaveLength(2);
    expect(f.made.map((w) => w.opened)).toEqual([1, 1]);
    expect(f.made.every((w) => w.terminated)).toBe(true);
  });

  it('stops at a cancel, terminating every worker', async () => {
    const f = await stalled();
    f.run.cancel();
    await f.going;
    expect(f.run.status).toBe('cancelled');
    expect(f.made.every((w) => w.terminated)).toBe(true);
  });

  it("stops at a worker's death with its message", async () => {
    const f = await stalled();
    f.made[1].die('out of memory');
    await f.going;
    expect(f.run.status).toBe('error');
    expect(f.run.errors).toEqual(['out of memory']);
    expect(f.made.every((w) => w.terminated)).toBe(true);
  });
});
