// The comparison both the memory and the cohort-curve tests run: a small scenario and a "Dear"
// variant (firm 0's price at 1.4 from the start), with workers spawned in this process.
import type { Remote } from 'comlink';
import { createSimApi, type SimApi } from '../../../../workers/simApi.ts';
import type { SimWorker } from '../../../../src/ui/spawn.ts';
import { applyVariant } from '../../../../src/scenario/variants.ts';
import type { Scenario } from '../../../../src/scenario/schema.ts';
import { smallScenario } from '../fixtures.ts';

export const dearVariant = { name: 'Dear', settings: [{ firm: 0, lever: 'price' as const, value: 1.4, fromPeriod: 0 }] };

/** The base scenario (seed 8, `horizon` periods) and the same with the Dear variant applied. */
export function baseAndDear(horizon: number): { base: Scenario; dear: Scenario } {
  const base = smallScenario({ seed: 8, horizon });
  const applied = applyVariant(base, dearVariant);
  if (!applied.ok) throw new Error(applied.errors.join('\n'));
  return { base, dear: applied.scenario };
}

/** A spawn function whose workers run in this process, and the record of those it made
 *  (so a test can check every one was terminated). */
export function spawner() {
  const made: { terminated: boolean }[] = [];
  const spawn = (): SimWorker => {
    const rec = { terminated: false };
    made.push(rec);
    return { api: createSimApi() as unknown as Remote<SimApi>, terminate: () => void (rec.terminated = true), onError: () => {} };
  };
  return { spawn, made };
}
