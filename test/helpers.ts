// Helpers shared by every kind of test (unit, end-to-end, bench).
import { parseScenarioValue } from '../src/scenario/parse.ts';
import { SCHEMA_VERSION, type Scenario, type ScenarioInput } from '../src/scenario/schema.ts';

/** Any part of a scenario file, at any depth: what a test states is what differs from the defaults. */
export type DeepPartial<T> = T extends readonly (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export type ScenarioOverrides = DeepPartial<Omit<ScenarioInput, 'schemaVersion'>>;

/** The default scenario with some fields changed, parsed and defaulted as a file would be:
 *  `scenarioWith({ population: { size: 2000 }, horizon: 12 })`. Throws, naming every bad field
 *  (`firms[1].price: must be ≥ 0.2`), when the result is not a valid scenario. */
export function scenarioWith(overrides: ScenarioOverrides = {}): Scenario {
  const r = parseScenarioValue({ ...overrides, schemaVersion: SCHEMA_VERSION });
  if (!r.ok) throw new Error(`scenarioWith: not a valid scenario\n${r.errors.join('\n')}`);
  return r.scenario;
}
