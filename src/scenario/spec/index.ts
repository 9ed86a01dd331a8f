// Every field of the scenario file, one row each, in file order: the tables of this folder
// flattened with their paths. See field.ts for what a row holds and who reads it.
import { rowsOf, type FieldSpec } from './field.ts';
import { META, RUN, SCHEMA_VERSION_FIELD } from './run.ts';
import { POPULATION } from './population.ts';
import { BEHAVIOUR } from './behaviour.ts';
import { SERVICE } from './service.ts';
import { WORD_OF_MOUTH } from './wordOfMouth.ts';
import { MARKET } from './market.ts';
import { DEFAULT_FIRMS, FIRM } from './firm.ts';
import { CHANGE, EVENTS } from './schedule.ts';

export type { FieldKind, FieldSpec, Text } from './field.ts';
export { LIMITS, SCHEMA_VERSION } from './limits.ts';
export { CHANGE, DEFAULT_FIRMS, EVENTS, FIRM };
export { FIRM_COSTS } from './firm.ts';

/** The file's fields outside its lists, in file order. */
export const SECTIONS = {
  schemaVersion: SCHEMA_VERSION_FIELD,
  meta: META,
  ...RUN,
  population: POPULATION,
  behaviour: BEHAVIOUR,
  service: SERVICE,
  wordOfMouth: WORD_OF_MOUTH,
  market: MARKET,
};

export const FIELDS: readonly FieldSpec[] = [
  ...rowsOf(SECTIONS, ''),
  ...rowsOf(FIRM.fields, 'firms[]'),
  ...rowsOf(CHANGE.fields, 'changes[]'),
  ...Object.entries(EVENTS).flatMap(([type, e]) => rowsOf(e.fields, 'events[]', { event: type })),
];

/** 'firms[2].price' → 'firms[].price': the row path of a field as an error or --set names it. */
export const rowPath = (path: string): string => path.replace(/\[\d+\]/g, '[]');

/** The row of a field, by its path with or without indices; for an event field give its type
 *  (the first event type that has the field otherwise). */
export function fieldSpec(path: string, event?: string): FieldSpec | undefined {
  const p = rowPath(path);
  return FIELDS.find((f) => f.path === p && (event === undefined || f.event === undefined || f.event === event));
}
