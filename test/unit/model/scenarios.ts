// Scenario files the emergent tests read: the shipped ones, parsed as a user's would be.
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../../src/scenario/parse.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

export function shipped(name: string, patch: (s: Scenario) => Scenario = (s) => s): Scenario {
  const r = parseScenarioText(readFileSync(new URL(`../../../scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${r.errors.join('; ')}`);
  return patch(r.scenario);
}
