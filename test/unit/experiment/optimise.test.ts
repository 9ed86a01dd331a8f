// Policy optimisation through the model: the optimum of a field whose effect is monotone is
// found at its bound; a constraint moves it; fresh replicates are disjoint from the search's;
// the same seed gives the same path.
import { describe, expect, it } from 'vitest';
import { compareScores, resolveObjective, scoreOf, type ResolvedObjective } from '../../../src/experiment/objective.ts';
import { freshReplicates, optimise, searchReplicates, type OptimiseContext } from '../../../src/experiment/optimise.ts';
import type { Plan } from '../../../src/experiment/plan.ts';
import { plan } from './helpers.ts';

function context(p: Plan): OptimiseContext {
  const objective = resolveObjective(p, p.experiment.optimise!);
  if (Array.isArray(objective)) throw new Error(objective.join('\n'));
  return { plan: p, spec: p.experiment.optimise!, objective, engine: 'wasm' };
}

// our quality raises our share in every replicate: the best is the top of the range
const qualityPlan = (optimise: Record<string, unknown>, seed = 3) =>
  plan({
    factors: [{ path: 'firms[0].quality', range: { from: 2.5, to: 4.5 } }],
    replicates: 3,
    seed,
    outputs: [
      { name: 'share', measure: 'marketShare', statistic: 'mean' },
      { name: 'price', measure: 'meanSatisfaction', statistic: 'mean' },
    ],
    optimise: { objective: 'share', restarts: 2, evaluations: 14, freshReplicates: 4, finalists: 3, ...optimise },
  });

describe('optimise', () => {
  it('finds the optimum of a monotone effect at its bound, reported on fresh replicates', () => {
    const { report, path } = optimise(context(qualityPlan({})));
    expect(report.best.values[0]).toBeGreaterThan(4.4);
    expect(path.length).toBe(28);
    expect(report.best.objective.n).toBe(4);
    expect(report.best.objective.ciLo).toBeLessThan(report.best.objective.mean);
  });

  it('minimising finds the other bound', () => {
    const { report } = optimise(context(qualityPlan({ direction: 'minimise' })));
    expect(report.best.values[0]).toBeLessThan(2.6);
  });

  it("the fresh replicates are disjoint from the search's, and give different numbers at the same setting", () => {
    const p = qualityPlan({});
    const ctx = context(p);
    const search = searchReplicates(p);
    const fresh = freshReplicates(p, ctx.spec);
    expect(search).toEqual([0, 1, 2]);
    expect(fresh).toEqual([3, 4, 5, 6]);
    const { report, path } = optimise(ctx);
    expect(report.freshReplicates.some((r) => report.searchReplicates.includes(r))).toBe(false);
    const seen = path.find((e) => e.values[0] === report.best.values[0])!;
    expect(report.best.objective.mean).not.toBe(seen.means[0]);
  });

  it('same seed, same path; another seed, another path', () => {
    const a = optimise(context(qualityPlan({}, 5))).path;
    expect(optimise(context(qualityPlan({}, 5))).path).toEqual(a);
    expect(optimise(context(qualityPlan({}, 6))).path).not.toEqual(a);
  });

  it('a constraint moves the optimum inside the range, to a feasible setting', () => {
    // the same measure under a second name, bounded above halfway between its values at the ends
    const outputs = [
      { name: 'share', measure: 'marketShare', statistic: 'mean' },
      { name: 'capped', measure: 'marketShare', statistic: 'mean' },
    ];
    const ends = optimise(
      context(
        plan({
          factors: [{ path: 'firms[0].quality', range: { from: 2.5, to: 4.5 } }],
          replicates: 3,
          seed: 3,
          outputs,
          optimise: { objective: 'share', restarts: 1, evaluations: 3, freshReplicates: 2, finalists: 1 },
        }),
      ),
    );
    const atEnds = ends.path.map((e) => e.means[0]);
    const cap = (Math.min(...atEnds) + Math.max(...atEnds)) / 2;
    const p = plan({
      factors: [{ path: 'firms[0].quality', range: { from: 2.5, to: 4.5 } }],
      replicates: 3,
      seed: 3,
      outputs,
      optimise: { objective: 'share', constraints: [{ output: 'capped', max: cap }], restarts: 2, evaluations: 14, freshReplicates: 4, finalists: 3 },
    });
    const { report, path } = optimise(context(p));
    expect(report.feasibleFound).toBe(true);
    expect(report.best.values[0]).toBeGreaterThan(2.6);
    expect(report.best.values[0]).toBeLessThan(4.4);
    const best = path.find((e) => e.values[0] === report.best.values[0])!;
    expect(best.means[1]).toBeLessThanOrEqual(cap);
    // no feasible candidate of the search beats it
    expect(path.filter((e) => e.score.violation === 0).every((e) => e.means[0] <= best.means[0])).toBe(true);
  });

  it('the winner lists runner-ups with paired differences on the fresh replicates', () => {
    const { report } = optimise(context(qualityPlan({})));
    expect(report.runnerUps).toHaveLength(2);
    for (const r of report.runnerUps) {
      expect(r.vsBest.n).toBe(4);
      expect(r.indistinguishable).toBe(!(r.vsBest.ciLo > 0 || r.vsBest.ciHi < 0));
    }
  });
});

describe('the feasibility rule', () => {
  const o: ResolvedObjective = { output: 0, sign: 1, constraints: [{ output: 1, name: 'ret', min: 0.85, max: null }] };
  it('a feasible candidate beats any infeasible one, whatever the objective', () => {
    const feasible = scoreOf(o, [1, 0.9]);
    const better = scoreOf(o, [1e9, 0.84]);
    expect(compareScores(feasible, better)).toBeLessThan(0);
  });
  it('infeasible ones rank by relative violation; feasible ones by the objective', () => {
    expect(scoreOf(o, [1, 0.8]).violation).toBeCloseTo(0.05 / 0.85, 12);
    expect(compareScores(scoreOf(o, [1, 0.84]), scoreOf(o, [5, 0.8]))).toBeLessThan(0);
    expect(compareScores(scoreOf(o, [2, 0.9]), scoreOf(o, [1, 0.95]))).toBeLessThan(0);
  });
  it('a NaN constraint or objective is infeasible', () => {
    expect(scoreOf(o, [1, NaN]).violation).toBeGreaterThan(0);
    expect(scoreOf(o, [NaN, 0.9]).violation).toBeGreaterThan(0);
  });
  it('an objective or constraint that is not an output is refused by name', () => {
    const p = plan({ outputs: [{ name: 'a', measure: 'profit' }], optimise: { objective: 'b', constraints: [{ output: 'c', min: 1 }] } });
    expect(resolveObjective(p, p.experiment.optimise!)).toEqual([
      'optimise.objective: "b" is not one of the outputs (a)',
      'optimise.constraints[0].output: "c" is not one of the outputs (a)',
    ]);
  });
  it('a factor given as levels is refused: the search needs a range', () => {
    const p = plan({
      factors: [{ path: 'firms[0].price', levels: [1, 2] }],
      design: { type: 'sweep' },
      outputs: [{ name: 'a', measure: 'profit' }],
      optimise: { objective: 'a' },
    });
    expect(resolveObjective(p, p.experiment.optimise!)).toEqual([
      'factors[0]: the optimiser searches a range; give firms[0].price a range {from, to} instead of levels',
    ]);
  });
});
