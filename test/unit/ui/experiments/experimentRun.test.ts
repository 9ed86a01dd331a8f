// The page's experiment run with the worker API called in-process (no Worker): the results are
// the CLI's runner's, run for run; an optimisation reports what the CLI's does; bad sections
// end in field-named errors; the calibration run gives an estimate; cancel stops it.
import { describe, expect, it } from 'vitest';
import type { Remote } from 'comlink';
import { createExperimentApi, type ExperimentApi } from '../../../../workers/experimentApi.ts';
import { ExperimentRun, type ExperimentWorker } from '../../../../src/ui/experiments/experimentRun.svelte.ts';
import { planSection } from '../../../../src/experiment/section.ts';
import { createRunner } from '../../../../src/experiment/run.ts';
import { optimise } from '../../../../src/experiment/optimise.ts';
import { resolveObjective } from '../../../../src/experiment/objective.ts';
import { parseScenarioValue } from '../../../../src/scenario/parse.ts';
import type { Scenario } from '../../../../src/scenario/schema.ts';
import { summariseForSaving } from '../../../../src/experiment/saved.ts';
import { saveOptimisation } from '../../../../src/experiment/savedOptimisation.ts';
import { tinyScenario } from '../../experiment/helpers.ts';

let terminated = 0;
/** Each call is answered on a later turn, as over a MessagePort. */
function spawn(): ExperimentWorker {
  const api = createExperimentApi();
  const later =
    <A extends unknown[], R>(f: (...a: A) => R) =>
    (...a: A) =>
      new Promise<R>((resolve, reject) =>
        setTimeout(() => {
          try {
            resolve(f(...a));
          } catch (e) {
            reject(e);
          }
        }, 0),
      );
  const remote = {
    load: later(api.load),
    run: later(api.run),
    time: later(api.time),
    searchRestart: later(api.searchRestart),
    runCandidate: later(api.runCandidate),
  };
  return { api: remote as unknown as Remote<ExperimentApi>, terminate: () => terminated++, onError: () => {} };
}

function withSection(section: Record<string, unknown>): Scenario {
  const r = parseScenarioValue({ ...tinyScenario(), experiment: { schemaVersion: 1, replicates: 2, seed: 5, ...section } });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

const sweep = withSection({
  factors: [{ path: 'firms[0].programme', range: { from: 0, to: 0.1 }, fromPeriod: 3 }],
  design: { type: 'sweep', n: 4 },
  outputs: [{ measure: 'profit', statistic: 'total', discounted: true }, { measure: 'retention' }],
});

/** Firm 0's price from 0.8 to 1.4, profit and retention measured: what the optimisations search. */
const priceSearch = {
  factors: [{ path: 'firms[0].price', range: { from: 0.8, to: 1.4 } }],
  design: { type: 'sweep', n: 2 },
  outputs: [
    { name: 'profit', measure: 'profit', statistic: 'total' },
    { name: 'retention', measure: 'retention' },
  ],
};

describe('ExperimentRun', () => {
  it('runs every run on a pool of the cores and keeps what the CLI runner gives, run for run', async () => {
    const run = new ExperimentRun(spawn, () => 3);
    await run.start(sweep);
    expect(run.status).toBe('done');
    expect(run.workers).toBe(3);
    expect([run.done, run.total]).toEqual([8, 8]);
    const planned = planSection(sweep);
    if (!planned.ok) throw new Error('not planned');
    const runOne = createRunner(planned.plan);
    for (let r = 0; r < 8; r++) expect(Array.from(run.results.subarray(r * 2, r * 2 + 2))).toEqual(Array.from(runOne(r)));
    expect(run.points.map((p) => p.outputs[0].n)).toEqual([2, 2, 2, 2]);
  });

  it('estimates the time from a short calibration run, for that plan', async () => {
    const run = new ExperimentRun(spawn, () => 2);
    await run.calibrate(sweep, 'key');
    expect(run.estimate?.key).toBe('key');
    expect(run.estimate!.seconds).toBeGreaterThan(0);
  });

  it('a new calibration ends the one under way (one calibration worker at a time)', async () => {
    const run = new ExperimentRun(spawn, () => 2);
    terminated = 0;
    const old = run.calibrate(sweep, 'old');
    await run.calibrate(sweep, 'new');
    await old; // a stand-in worker answers even after terminate(); a real one never does
    expect(terminated).toBeGreaterThanOrEqual(2);
    expect(run.estimate?.key).toBe('new');
  });

  it('ends a section that cannot be planned with field-named errors', async () => {
    const run = new ExperimentRun(spawn, () => 2);
    const bad = withSection({
      factors: [{ path: 'firms[7].price', range: { from: 1, to: 2 } }],
      design: { type: 'sweep', n: 2 },
      outputs: [{ measure: 'nps' }],
    });
    await run.start(bad);
    expect(run.status).toBe('error');
    expect(run.error).toBe('experiment.factors[0].path: firms[7].price is not a numeric field of the base scenario');
  });

  it('a design point that makes a bad scenario stops the run with its message', async () => {
    const run = new ExperimentRun(spawn, () => 2);
    const zero = (f: number) => ({ path: `firms[${f}].initialShare`, levels: [0, 0.5] });
    await run.start(withSection({ factors: [zero(0), zero(1), zero(2)], design: { type: 'factorial' }, outputs: [{ measure: 'nps' }] }));
    expect(run.status).toBe('error');
    expect(run.error).toContain('at least one firm needs an initialShare above 0');
  });

  it('cancel stops the run and terminates the workers', async () => {
    const run = new ExperimentRun(spawn, () => 2);
    terminated = 0;
    const started = run.start(sweep);
    await new Promise((r) => setTimeout(r, 0));
    run.cancel();
    await started;
    expect(run.status).toBe('cancelled');
    expect(run.done).toBeLessThan(8);
    expect(terminated).toBe(2);
  });

  it('an optimisation reports what the CLI’s optimiser reports, from the same search', async () => {
    const s = withSection({
      ...priceSearch,
      optimise: { objective: 'profit', constraints: [{ output: 'retention', min: 0.5 }], restarts: 2, evaluations: 6, freshReplicates: 3, finalists: 2 },
    });
    const run = new ExperimentRun(spawn, () => 2);
    await run.optimise(s);
    expect(run.status).toBe('done');
    const planned = planSection(s);
    if (!planned.ok) throw new Error('not planned');
    const spec = planned.plan.experiment.optimise!;
    const objective = resolveObjective(planned.plan, spec);
    if (Array.isArray(objective)) throw new Error(objective.join('\n'));
    const cli = optimise({ plan: planned.plan, spec, objective, engine: 'wasm' });
    expect(run.path).toEqual(cli.path);
    expect(run.report).toEqual(cli.report);
  });

  it('shows a saved optimisation without running, and keeps the design and the optimisation of one plan side by side', async () => {
    const s = withSection({
      ...priceSearch,
      optimise: { objective: 'profit', restarts: 1, evaluations: 4, freshReplicates: 2, finalists: 2 },
    });
    const planned = planSection(s);
    if (!planned.ok) throw new Error('not planned');
    const live = new ExperimentRun(spawn, () => 2);
    await live.optimise(s);
    expect(live.savedReport).toBe(false);
    // the design's runs do not take the optimisation away, nor the search the design's results
    await live.start(s);
    expect(live.report).not.toBeNull();
    expect(live.designComplete).toBe(true);
    await live.optimise(s);
    expect(live.designComplete).toBe(true);
    expect(live.points.map((p) => p.outputs[0].n)).toEqual([2, 2]);

    const saved = summariseForSaving(planned.plan, [], {}, saveOptimisation(live.report!, live.path))!;
    const page = new ExperimentRun(spawn, () => 2);
    terminated = 0;
    page.showSaved(planned.plan, saved);
    expect(terminated).toBe(0);
    expect(page.status).toBe('idle');
    expect(page.savedReport).toBe(true);
    expect(page.designComplete).toBe(false);
    expect(page.points.map((p) => p.outputs[0].n)).toEqual([0, 0]);
    expect(page.report!.best.values).toEqual(live.report!.best.values.map((x) => Number(x.toPrecision(7))));
    expect(page.report!.runnerUps.map((c) => c.indistinguishable)).toEqual(live.report!.runnerUps.map((c) => c.indistinguishable));
    expect(page.path.map((e) => e.values)).toEqual(live.path.map((e) => e.values.map((x) => Number(x.toPrecision(7)))));
  });
});
