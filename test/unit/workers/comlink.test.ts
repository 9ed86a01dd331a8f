// The same API over a real MessageChannel with Comlink, as between the page and a worker.
import { afterEach, describe, expect, it } from 'vitest';
import { expose, proxy, wrap, type Remote } from 'comlink';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { createSimApi, type SimApi } from '../../../workers/simApi.ts';
import { createSimulation } from '../../../src/model/index.ts';
import { scenarioWith } from '../../helpers.ts';

const scenario = scenarioWith({ seed: 11, population: { size: 800 }, horizon: 6 });
let ports: MessagePort[] = [];

function connect(): { remote: Remote<SimApi>; api: SimApi } {
  const { port1, port2 } = new MessageChannel();
  ports = [port1, port2];
  const api = createSimApi();
  expose(api, port1 as unknown as Parameters<typeof expose>[1]);
  return { remote: wrap<SimApi>(port2 as unknown as Parameters<typeof wrap>[0]), api };
}

afterEach(() => ports.forEach((p) => p.close()));

describe('worker messaging over Comlink', () => {
  it('streams Float64Array summaries that equal the model run in place', async () => {
    const { remote } = connect();
    await remote.open(scenario, 0);
    const b = await remote.advance({ maxPeriods: 6, budgetMs: 1e9, sample: 100, inspect: 3 });
    const sim = createSimulation(scenario, 0);
    const want = Array.from({ length: 6 }, () => sim.step());
    expect(b.summaries[0].values).toBeInstanceOf(Float64Array);
    expect(b.summaries.map((s) => Array.from(s.values))).toEqual(want.map((s) => Array.from(s.values)));
    expect(b.sample!.jsClass).toBeInstanceOf(Uint8Array);
    expect(b.story).toHaveLength(6);
    expect(b.done).toBe(true);
  });
  it('transfers the buffers instead of copying them', async () => {
    const { port1, port2 } = new MessageChannel();
    ports = [port1, port2];
    const api = createSimApi();
    api.open(scenario, 0);
    const batch = api.advance({ maxPeriods: 1, budgetMs: 1e9, sample: 0, inspect: -1 });
    const values = batch.summaries[0].values;
    // Comlink sends with the transfer list registered by advance(): the sender's buffer detaches
    const received = new Promise((r) => port2.once('message', r));
    expose({ get: () => batch }, port1 as unknown as Parameters<typeof expose>[1]);
    const remote = wrap<{ get(): typeof batch }>(port2 as unknown as Parameters<typeof wrap>[0]);
    const got = await remote.get();
    await received.catch(() => undefined);
    expect(values.byteLength).toBe(0);
    expect(got.summaries[0].values.length).toBeGreaterThan(0);
  });
  it('reports comparison progress through a proxied callback', async () => {
    const { remote } = connect();
    let periods = 0;
    const r = await remote.runReplicate(
      scenario,
      1,
      proxy((n: number) => void (periods += n)),
    );
    expect(r.summaries).toHaveLength(6);
    await new Promise((res) => setTimeout(res, 20)); // the last progress message may trail the result
    expect(periods).toBe(6);
  });
});
