// Small experiments for the tests: a base scenario that runs in milliseconds, and plans.
import { readFileSync } from 'node:fs';
import { parseExperimentValue } from '../../../src/experiment/parse.ts';
import { planExperiment, type Plan } from '../../../src/experiment/plan.ts';
import { planSection } from '../../../src/experiment/section.ts';
import { parseScenarioText, parseScenarioValue } from '../../../src/scenario/parse.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { scenarioWith, type ScenarioOverrides } from '../../helpers.ts';

export function tinyScenario(overrides: ScenarioOverrides = {}): Scenario {
  return scenarioWith({ population: { size: 400 }, horizon: 8, burnIn: 2, ...overrides });
}

export function shippedScenario(name: string): Scenario {
  const r = parseScenarioText(readFileSync(new URL(`../../../scenarios/${name}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

/** A valid experiment value with the given parts replaced. */
export function experimentValue(parts: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    base: 'base.json',
    factors: [{ path: 'firms[0].price', range: { from: 0.8, to: 1.2 } }],
    design: { type: 'sweep', n: 3 },
    replicates: 2,
    seed: 3,
    outputs: [{ measure: 'profit', statistic: 'total' }],
    ...parts,
  };
}

/** Parses and plans; throws with the errors when either fails. */
export function plan(parts: Record<string, unknown> = {}, base: Scenario = tinyScenario()): Plan {
  const e = parseExperimentValue(experimentValue(parts));
  if (!e.ok) throw new Error(e.errors.join('\n'));
  const p = planExperiment(e.experiment, base);
  if (!p.ok) throw new Error(p.errors.join('\n'));
  return p.plan;
}

/** The errors of an experiment that should fail, at parsing or at planning. */
export function errorsOf(parts: Record<string, unknown>, base: Scenario = tinyScenario()): string[] {
  const e = parseExperimentValue(experimentValue(parts));
  if (!e.ok) return e.errors;
  const p = planExperiment(e.experiment, base);
  return p.ok ? [] : p.errors;
}

/** `tinyScenario` with `section` as its experiment section, parsed as a file would be. */
export function tinyWithSection(section: Record<string, unknown>): Scenario {
  const r = parseScenarioValue({ ...tinyScenario(), experiment: section });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

/** The plan of a scenario's experiment section; throws with the errors when it has none. */
export function planOf(s: Scenario): Plan {
  const p = planSection(s);
  if (!p.ok) throw new Error(p.errors.join('\n'));
  return p.plan;
}

/** An experiment that optimises firm 0's quality for its share, small enough to run in a test. */
export const optimiseExperiment = (optimise: Record<string, unknown> = {}): Record<string, unknown> =>
  experimentValue({
    factors: [{ path: 'firms[0].quality', range: { from: 3, to: 4.5 } }],
    design: { type: 'lhs', n: 2 },
    outputs: [
      { name: 'share', measure: 'marketShare', statistic: 'mean' },
      { name: 'profit', measure: 'profit', statistic: 'total' },
    ],
    optimise: { objective: 'share', restarts: 2, evaluations: 6, freshReplicates: 3, finalists: 2, ...optimise },
  });
