// The results summary saved with an experiment section: kept through a file and a share link,
// dropped with a field-named notice when stale, malformed or oversized, and never at the cost
// of the scenario or its experiment.
import { describe, expect, it } from 'vitest';
import { summarisePoints } from '../../../src/experiment/analysis.ts';
import { readSavedResults, SAVED_LIMITS, savedPoints, summariseForSaving } from '../../../src/experiment/saved.ts';
import { breakEven } from '../../../src/ui/experiments/shapes.ts';
import { withExperiment } from '../../../src/experiment/section.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { parseScenarioText, parseScenarioValue, serialiseScenario } from '../../../src/scenario/parse.ts';
import { decodeShareLink, encodeShareLink } from '../../../src/scenario/share.ts';
import { planOf, tinyScenario, tinyWithSection } from './helpers.ts';

const section = {
  schemaVersion: 1,
  factors: [{ path: 'firms[0].programme', range: { from: 0, to: 0.1 } }],
  design: { type: 'sweep', n: 3 },
  replicates: 2,
  seed: 3,
  outputs: [{ name: 'profit', measure: 'profit', statistic: 'total', discounted: true }],
};

const scenario = (extra: Record<string, unknown> = {}) => tinyWithSection({ ...section, ...extra });

/** A summary of made-up run results (the numbers' origin does not matter to saving them). */
function savedFor(s: Scenario) {
  const plan = planOf(s);
  const results = Float64Array.from({ length: plan.runs * plan.outputs.length }, (_, i) => 1000 + 37 * i + (i % 2) * 5);
  const saved = summariseForSaving(plan, summarisePoints(plan, results), { curveOutput: 0, breakEvenLevel: 1050 });
  if (!saved) throw new Error('not saved');
  return saved;
}

describe('saved experiment results', () => {
  it('are kept through a file and a share link, and read back without a run', () => {
    const base = scenario();
    const withResults = scenario({ results: savedFor(base) });
    const file = parseScenarioText(serialiseScenario(withResults));
    const link = decodeShareLink(encodeShareLink(withResults));
    for (const back of [file, link]) {
      if (!back.ok) throw new Error(back.errors.join('\n'));
      expect(back.scenario).toEqual(withResults);
      const read = readSavedResults(back.scenario.experiment?.results, planOf(back.scenario));
      expect(read).toEqual({ ok: true, results: savedFor(base) });
      if (read.ok) {
        expect(read.results.points).toHaveLength(3);
        expect(read.results.points[1].factors).toEqual([0.05]);
        expect(read.results.charts).toEqual({ curveOutput: 0, breakEvenLevel: 1050 });
      }
    }
  });

  it('give the break-even answer the run gave, against the first level and against a value', () => {
    const s = scenario({ design: { type: 'sweep', n: 5 } });
    const plan = planOf(s);
    // profit rises above the first level, then falls below it: it crosses twice
    const level = [10, 14, 12, 9, 7];
    const results = Float64Array.from({ length: plan.runs }, (_, run) => level[Math.floor(run / plan.replicates)] + (run % plan.replicates));
    const live = summarisePoints(plan, results);
    const restored = savedPoints(plan, summariseForSaving(plan, live)!);
    for (const at of [{ kind: 'first' } as const, { kind: 'value', value: 11 } as const]) {
      const answer = breakEven(live, 0, at);
      expect(answer.at.length).toBeGreaterThan(0);
      expect(breakEven(restored, 0, at)).toEqual(answer);
    }
  });

  it('do not change the experiment fingerprint', () => {
    const base = scenario();
    expect(planOf(scenario({ results: savedFor(base) })).digest).toBe(planOf(base).digest);
  });

  it('are dropped with a notice when the experiment or its base changed', () => {
    const saved = savedFor(scenario());
    const otherExperiment = scenario({ replicates: 3, results: saved });
    const r = readSavedResults(otherExperiment.experiment?.results, planOf(otherExperiment));
    expect(r).toEqual({ ok: false, notice: expect.stringContaining('different experiment or base scenario') });
    const otherBase = withExperiment(tinyScenario({ horizon: 9 }), scenario({ results: saved }).experiment);
    expect(readSavedResults(otherBase.experiment?.results, planOf(otherBase)).ok).toBe(false);
  });

  it.each([
    [(s: ReturnType<typeof savedFor>) => ({ ...s, fingerprint: 'zz' }), 'experiment.results.fingerprint: must be 16 hex digits'],
    [(s: ReturnType<typeof savedFor>) => ({ ...s, points: s.points.slice(1) }), 'experiment.results: does not match the design points and outputs'],
    [(s: ReturnType<typeof savedFor>) => ({ ...s, points: [{ factors: [1], outputs: [[1, 2]] }] }), 'experiment.results.points[0].outputs[0]'],
    [(s: ReturnType<typeof savedFor>) => ({ ...s, script: '<x>' }), 'experiment.results'],
    [
      (s: ReturnType<typeof savedFor>) => ({
        ...s,
        points: Array.from({ length: 400 }, () => ({ factors: [0.123456], outputs: Array(50).fill([1.234567, 2.345678, 3.456789]) })),
      }),
      'experiment.results: larger than 200,000 characters',
    ],
  ])('refuse a bad or oversized summary, naming the field, and keep the scenario (%#)', (spoil, message) => {
    const good = scenario();
    const bad = parseScenarioValue({ ...tinyScenario(), experiment: { ...section, results: spoil(savedFor(good)) } });
    if (!bad.ok) throw new Error(bad.errors.join('\n'));
    const r = readSavedResults(bad.scenario.experiment?.results, planOf(bad.scenario));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.notice).toContain(message);
    expect(planOf(bad.scenario).digest).toBe(planOf(good).digest);
  });

  it('are not saved for a design too large to carry', () => {
    const s = scenario({
      factors: [
        { path: 'firms[0].programme', range: { from: 0, to: 0.1 } },
        { path: 'firms[0].price', range: { from: 1, to: 2 } },
      ],
      design: { type: 'factorial', n: 40 },
      replicates: 1,
    });
    expect(40 * 40).toBeGreaterThan(SAVED_LIMITS.points);
    const plan = planOf(s);
    const results = new Float64Array(plan.runs * plan.outputs.length);
    expect(summariseForSaving(plan, summarisePoints(plan, results))).toBeNull();
  });
});
