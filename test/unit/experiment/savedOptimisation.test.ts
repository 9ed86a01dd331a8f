// An optimisation's result saved with its experiment section: the best settings with their
// fresh-replicate interval, the runner-ups and the search path come back from a file and a
// share link as they were shown; a stale or ill-fitting one is dropped with a field-named
// notice; the path is the first thing left out when the summary would be too large.
import { describe, expect, it } from 'vitest';
import { summarisePoints } from '../../../src/experiment/analysis.ts';
import { resolveObjective } from '../../../src/experiment/objective.ts';
import { optimise, type OptimiseReport } from '../../../src/experiment/optimise.ts';
import { readSavedResults, SAVED_LIMITS, summariseForSaving, type SavedResults } from '../../../src/experiment/saved.ts';
import { restoreOptimisation, saveOptimisation, SAVED_OPTIMISATION_LIMITS } from '../../../src/experiment/savedOptimisation.ts';
import { parseScenarioText, parseScenarioValue, serialiseScenario } from '../../../src/scenario/parse.ts';
import { decodeShareLink, encodeShareLink } from '../../../src/scenario/share.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { searchPath } from '../../../src/ui/experiments/shapes.ts';
import { planOf, tinyScenario, tinyWithSection } from './helpers.ts';

const section = {
  schemaVersion: 1,
  factors: [
    { path: 'firms[0].quality', range: { from: 2.5, to: 4.5 } },
    { path: 'firms[0].price', range: { from: 0.8, to: 1.2 } },
  ],
  design: { type: 'factorial', n: 2 },
  replicates: 2,
  seed: 5,
  outputs: [
    { name: 'share', measure: 'marketShare', statistic: 'mean' },
    { name: 'retention', measure: 'retention' },
  ],
  optimise: { objective: 'share', constraints: [{ output: 'retention', min: 0.5 }], restarts: 2, evaluations: 8, freshReplicates: 3, finalists: 3 },
};

const scenario = (extra: Record<string, unknown> = {}) => tinyWithSection({ ...section, ...extra });

/** The optimisation of `s`, run here as the app's workers run it. */
function optimised(s: Scenario) {
  const plan = planOf(s);
  const objective = resolveObjective(plan, plan.experiment.optimise!);
  if (Array.isArray(objective)) throw new Error(objective.join('\n'));
  return { plan, ...optimise({ plan, spec: plan.experiment.optimise!, objective, engine: 'wasm' }) };
}

const base = scenario();
const { plan, report, path } = optimised(base);
const summary = summariseForSaving(plan, [], { curveOutput: 0 }, saveOptimisation(report, path))!;

/** The numbers a reader sees, to 7 significant digits (what a summary keeps). */
const seven = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(7)) : x);
function shown(r: OptimiseReport) {
  return [r.best, ...r.runnerUps].map((c) => ({
    values: c.values.map(seven),
    objective: [c.objective.mean, c.objective.ciLo, c.objective.ciHi].map(seven),
    vsBest: [c.vsBest.mean, c.vsBest.ciLo, c.vsBest.ciHi].map(seven),
    indistinguishable: c.indistinguishable,
    constraints: c.constraints.map((k) => ({ name: k.name, mean: seven(k.mean.mean), min: k.min, shareMet: k.shareMet })),
  }));
}

describe('a saved optimisation', () => {
  it('comes back from a file and a share link with the best settings, runner-ups and search path as shown', () => {
    expect(summary.points).toEqual([]);
    expect(report.runnerUps.length).toBeGreaterThan(0);
    const withResults = scenario({ results: summary });
    const file = parseScenarioText(serialiseScenario(withResults));
    const link = decodeShareLink(encodeShareLink(withResults));
    for (const back of [file, link]) {
      if (!back.ok) throw new Error(back.errors.join('\n'));
      const read = readSavedResults(back.scenario.experiment?.results, planOf(back.scenario));
      if (!read.ok) throw new Error(read.notice);
      const restored = restoreOptimisation(planOf(back.scenario), read.results.optimisation!);
      expect(shown(restored.report)).toEqual(shown(report));
      expect(restored.report).toMatchObject({
        evaluations: report.evaluations,
        runs: report.runs,
        feasibleFound: report.feasibleFound,
        freshReplicates: report.freshReplicates,
        searchReplicates: report.searchReplicates,
      });
      expect(restored.report.best.objective.n).toBe(3);
      // the search chart draws the same path
      const sign = 1;
      const round = (steps: ReturnType<typeof searchPath>) => steps.map((s) => ({ ...s, value: seven(s.value), best: seven(s.best) }));
      expect(round(searchPath(restored.path, sign))).toEqual(round(searchPath(path, sign)));
      expect(restored.path.map((e) => [e.restart, e.step, e.reused])).toEqual(path.map((e) => [e.restart, e.step, e.reused]));
    }
  });

  it('is kept with the design results of the same plan', () => {
    const results = Float64Array.from({ length: plan.runs * plan.outputs.length }, (_, i) => 0.3 + i / 100);
    const both = summariseForSaving(plan, summarisePoints(plan, results), {}, saveOptimisation(report, path))!;
    const s = scenario({ results: both });
    const read = readSavedResults(s.experiment?.results, planOf(s));
    expect(read.ok && read.results.points.length).toBe(4);
    expect(read.ok && read.results.optimisation?.candidates.length).toBe(report.runnerUps.length + 1);
  });

  it('is dropped with a notice when the optimisation changed since', () => {
    const s = scenario({ optimise: { ...section.optimise, freshReplicates: 4 }, results: summary });
    expect(readSavedResults(s.experiment?.results, planOf(s))).toEqual({
      ok: false,
      notice: 'experiment.results: saved for a different experiment or base scenario; run it again for results',
    });
  });

  it.each([
    [
      (o: SavedResults) => ({ ...o, optimisation: { ...o.optimisation!, candidates: [] } }),
      'experiment.results.optimisation.candidates: needs at least 1 item(s)',
    ],
    [
      (o: SavedResults) => ({ ...o, optimisation: { ...o.optimisation!, candidates: [{ ...o.optimisation!.candidates[0], factors: [1] }] } }),
      'experiment.results.optimisation.candidates[0].factors: must have 2 value(s), one per factor; run it again for results',
    ],
    [
      (o: SavedResults) => ({ ...o, optimisation: { ...o.optimisation!, candidates: [{ ...o.optimisation!.candidates[0], constraints: [] }] } }),
      'experiment.results.optimisation.candidates[0].constraints: must have 1 item(s), one per constraint',
    ],
    [
      (o: SavedResults) => ({ ...o, optimisation: { ...o.optimisation!, path: [{ ...o.optimisation!.path![0], restart: 7 }] } }),
      'experiment.results.optimisation.path[0].restart: must be < 2',
    ],
    [
      (o: SavedResults) => ({ ...o, optimisation: { ...o.optimisation!, path: [{ ...o.optimisation!.path![0], means: [1] }] } }),
      'experiment.results.optimisation.path[0].means: must have 2 value(s), one per output',
    ],
    [
      (o: SavedResults) => ({ ...o, optimisation: { ...o.optimisation!, feasibleFound: 'yes' } }),
      'experiment.results.optimisation.feasibleFound: must be a boolean',
    ],
  ])('that does not fit the plan is dropped, naming the field (%#)', (spoil, notice) => {
    const s = parseScenarioValue({ ...tinyScenario(), experiment: { ...section, results: spoil(summary) } });
    if (!s.ok) throw new Error(s.errors.join('\n'));
    const r = readSavedResults(s.scenario.experiment?.results, planOf(s.scenario));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.notice).toContain(notice);
  });

  it('without an optimise section in the experiment is dropped', () => {
    const { optimise: _none, ...rest } = section;
    const s = parseScenarioValue({ ...tinyScenario(), experiment: { ...rest, results: summary } });
    if (!s.ok) throw new Error(s.errors.join('\n'));
    const p = planOf(s.scenario);
    // a summary made for this plan but carrying an optimisation (a hand-edited file)
    const r = readSavedResults({ ...summary, fingerprint: p.digest }, p);
    expect(r).toEqual({ ok: false, notice: 'experiment.results.optimisation: the experiment has no optimisation; run it again for results' });
  });

  it('leaves out a path too long to carry, and keeps the best settings', () => {
    const long = Array.from({ length: SAVED_OPTIMISATION_LIMITS.path + 1 }, (_, i) => ({ ...path[i % path.length] }));
    expect(saveOptimisation(report, long).path).toBeUndefined();
    // and one that fits in number but not in characters
    const wide = saveOptimisation(
      report,
      Array.from({ length: 900 }, (_, i) => ({ ...path[0], means: Array.from({ length: 40 }, (_, j) => Math.PI * i + j) })),
    );
    expect(JSON.stringify(wide).length).toBeGreaterThan(SAVED_LIMITS.chars);
    const kept = summariseForSaving(plan, [], {}, wide)!;
    expect(kept.optimisation?.path).toBeUndefined();
    expect(kept.optimisation?.candidates).toEqual(wide.candidates);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(SAVED_LIMITS.chars);
  });
});
