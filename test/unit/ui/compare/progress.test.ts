// The comparison's progress line: reports that arrive after a run's result (they come on a port
// of their own) must not push it past 100% ("107% · done"), and it names the pool it used.
import { describe, expect, it } from 'vitest';
import type { Remote } from 'comlink';
import { createSimApi, type SimApi } from '../../../../workers/simApi.ts';
import { CompareRun } from '../../../../src/ui/compare/compareRun.svelte.ts';
import type { SimWorker } from '../../../../src/ui/spawn.ts';
import { scenarioWith } from '../../../helpers.ts';

/** A worker whose progress reports arrive late: each run reports its periods again after its result. */
function lateSpawn(): SimWorker {
  const api = createSimApi();
  const late: SimApi = {
    ...api,
    runKept: (s, r, picks, progress) => {
      const out = api.runKept(s, r, picks, progress);
      setTimeout(() => progress?.(s.horizon), 0);
      return out;
    },
  };
  return { api: late as unknown as Remote<SimApi>, terminate: () => {}, onError: () => {} };
}

describe('comparison progress', () => {
  it('never reads over 100%, even with reports arriving after the results, and keeps the worker count', async () => {
    const cmp = new CompareRun(lateSpawn, () => 2);
    const s = scenarioWith({ population: { size: 500 }, horizon: 6 });
    await cmp.start(
      s,
      [
        { name: 'A', settings: [] },
        { name: 'B', settings: [] },
      ],
      3,
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(cmp.status).toBe('done');
    expect(cmp.done).toBe(cmp.total);
    expect(cmp.fraction).toBe(1);
    expect(cmp.workers).toBe(2);
  });
});
