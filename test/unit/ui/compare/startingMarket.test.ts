// A comparison on the loyalty-programme library scenario, as the programme lesson has students
// run it: "programme = 0" must differ from the baseline (before, the schedule paid for the
// programme anyway and every difference read 0 [0, 0]), and every variant must start from the
// same market (before, each burnt in under its own levers).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Remote } from 'comlink';
import { createSimApi, type SimApi } from '../../../../workers/simApi.ts';
import type { SimWorker } from '../../../../src/ui/spawn.ts';
import { CompareRun } from '../../../../src/ui/compare/compareRun.svelte.ts';
import { traceDifferences } from '../../../../src/ui/compare/traces.ts';
import { parseScenarioText } from '../../../../src/scenario/parse.ts';

const spawn = (): SimWorker => ({ api: createSimApi() as unknown as Remote<SimApi>, terminate: () => {}, onError: () => {} });

function programme() {
  const r = parseScenarioText(readFileSync(new URL('../../../../scenarios/loyalty-programme.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return { ...r.scenario, population: { ...r.scenario.population, size: 3000 } };
}

describe('a comparison on the loyalty-programme scenario', () => {
  it('"programme = 0" differs from the baseline, and every variant has the same period 0', async () => {
    const base = programme();
    const cmp = new CompareRun(spawn, () => 2);
    await cmp.start(
      base,
      [
        { name: 'Baseline', settings: [] },
        { name: 'No programme', settings: [{ firm: 0, lever: 'programme', value: 0, fromPeriod: 0 }] },
        { name: 'Quality +0.3 from month 2', settings: [{ firm: 0, lever: 'quality', value: base.firms[0].quality + 0.3, fromPeriod: 1 }] },
      ],
      3,
    );
    expect(cmp.status).toBe('done');
    const width = cmp.traces[0][0].values.length / base.horizon;
    for (let r = 0; r < 3; r++)
      for (let v = 1; v < 3; v++)
        expect(Array.from(cmp.traces[v][r].values.subarray(0, width)), `variant ${v}, replicate ${r}`).toEqual(
          Array.from(cmp.traces[0][r].values.subarray(0, width)),
        );
    const [noProgramme] = traceDifferences(cmp.traces, 0);
    const profit = noProgramme.find((d) => d.metric === 'profit')!;
    // without the programme's costs from period 24, profit is higher in every replicate
    expect(profit.diff).toBeGreaterThan(0);
    expect(profit.lo).toBeGreaterThan(0);
    const retention = noProgramme.find((d) => d.metric === 'retention')!;
    expect(retention.diff).not.toBe(0);
  });
});
