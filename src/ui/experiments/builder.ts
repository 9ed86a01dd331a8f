// A new experiment section, and new factors and outputs for it, as the Experiments view adds
// them: plain data that the scenario's schema then validates (errors name `experiment.…`).
import type { ExperimentSectionInput } from '../../experiment/schema.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { FactorChoice } from './choices.ts';

type FactorInput = ExperimentSectionInput['factors'][number];
type OutputInput = ExperimentSectionInput['outputs'][number];

/** A factor over the whole of its bounds (a lever from the first period). */
export function newFactor(c: FactorChoice): FactorInput {
  return { path: c.path, range: { from: c.min, to: c.max }, ...(c.lever ? { fromPeriod: 0 } : {}) };
}

/** The firm's discounted total profit: what most strategic questions are about. */
export function newOutput(firm = 0): OutputInput {
  return { measure: 'profit', firm, statistic: 'total', discounted: true };
}

/** The first question a strategist asks: how does our profit (and retention) respond to one
 *  lever? A sweep of 6 levels over 4 replicates, on the scenario's seed. */
export function newSection(s: Scenario, first: FactorChoice): ExperimentSectionInput {
  return {
    schemaVersion: 1,
    factors: [newFactor(first)],
    design: { type: 'sweep', n: 6 },
    replicates: Math.min(4, s.replicates),
    seed: s.seed,
    outputs: [newOutput(0), { measure: 'retention', firm: 0, statistic: 'mean' }],
  };
}

/** The design's own sizes when its type changes (a sweep of one factor, or a sample). */
export function newDesign(type: ExperimentSectionInput['design']['type'], factors: number): ExperimentSectionInput['design'] {
  switch (type) {
    case 'sweep':
      return { type, n: 6 };
    case 'factorial':
      return { type, n: factors > 2 ? 3 : 5 };
    case 'lhs':
    case 'sobol':
      return { type, n: 32 };
    case 'morris':
      return { type, r: 6, p: 4 };
  }
}
