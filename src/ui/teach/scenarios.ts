// The shipped scenario files, bundled, by name (file name without `.json`), for lessons.
import { parseScenarioValue } from '../../scenario/parse.ts';
import type { Scenario } from '../../scenario/schema.ts';

const FILES = import.meta.glob<unknown>('../../../scenarios/*.json', { eager: true, import: 'default' });

export function shippedScenario(name: string): Scenario | null {
  const raw = FILES[`../../../scenarios/${name}.json`];
  if (raw === undefined) return null;
  const r = parseScenarioValue(raw);
  return r.ok ? r.scenario : null;
}

/** Names of the shipped scenarios, in file order. */
export const SHIPPED_NAMES = Object.keys(FILES)
  .map((k) => k.replace(/^.*\/(.+)\.json$/, '$1'))
  .sort();
