// Small real runs and hand-made summaries for the series tests.
import { createSimulation, MEASURE_COUNT, M, SEGMENTS, type Measure, type PeriodSummary } from '../../../src/model/index.ts';
import { scenarioWith, type ScenarioOverrides } from '../../helpers.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

export function smallScenario(over: ScenarioOverrides = {}): Scenario {
  return scenarioWith({ population: { size: 1500 }, horizon: 12, ...over });
}

export function runPeriods(s: Scenario, replicate = 0, periods = s.horizon): PeriodSummary[] {
  const sim = createSimulation(s, replicate);
  return Array.from({ length: periods }, () => sim.step());
}

/** A summary with every value 0 except those given as [firm, segment, measure, value]. */
export function fakeSummary(period: number, firms: number, set: [number, number, Measure, number][] = [], moves?: number[]): PeriodSummary {
  const values = new Float64Array(firms * SEGMENTS.length * MEASURE_COUNT);
  for (const [f, seg, m, v] of set) values[(f * SEGMENTS.length + seg) * MEASURE_COUNT + M[m]] = v;
  return { period, firms, values, moves: moves ? Float64Array.from(moves) : new Float64Array((firms + 1) * (firms + 1)) };
}
