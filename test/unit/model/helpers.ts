// Shared scaffolding for the emergent-behaviour tests: build scenarios from the defaults,
// run them, and follow fixed groups of customers over time.
import type { Scenario } from '../../../src/scenario/schema.ts';
import { scenarioWith, type ScenarioOverrides } from '../../helpers.ts';
import { createSimulation, NO_PROVIDER, valueOf, type Measure, type PeriodSummary, type Simulation } from '../../../src/model/index.ts';

export const SEEDS = [11, 23, 37];

export function scenario(overrides: ScenarioOverrides = {}): Scenario {
  return scenarioWith(overrides);
}

export function run(s: Scenario, replicate = 0, periods = s.horizon): { sim: Simulation; summaries: PeriodSummary[] } {
  const sim = createSimulation(s, replicate);
  const summaries: PeriodSummary[] = [];
  for (let t = 0; t < periods; t++) summaries.push(sim.step());
  return { sim, summaries };
}

export function series(summaries: PeriodSummary[], measure: Measure, firm = 0, segment = 0): number[] {
  return summaries.map((x) => valueOf(x, firm, measure, segment));
}

export const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
export const slice = (xs: number[], from: number, to: number) => mean(xs.slice(from, to));

/** Customers of `firm` chosen by `pick` now; returns a function giving the share of them still
 *  with that firm (the same relationship: not left and come back). */
export function follow(sim: Simulation, firm: number, pick: (i: number) => boolean): () => { n: number; kept: number } {
  const pop = sim.pop;
  const ids: number[] = [];
  const since = new Map<number, number>();
  for (let i = 0; i < pop.size; i++)
    if (pop.provider[i] === firm && pick(i)) {
      ids.push(i);
      since.set(i, pop.joined[i]);
    }
  return () => {
    let kept = 0;
    for (const i of ids) if (pop.provider[i] === firm && pop.joined[i] === since.get(i) && pop.provider[i] !== NO_PROVIDER) kept++;
    return { n: ids.length, kept: ids.length ? kept / ids.length : NaN };
  };
}

export function steps(sim: Simulation, n: number): PeriodSummary[] {
  const out: PeriodSummary[] = [];
  for (let t = 0; t < n; t++) out.push(sim.step());
  return out;
}
