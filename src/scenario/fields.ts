// Bounds, defaults and units of the scenario's numeric fields for editors, read from the field
// tables (spec/), so no consumer restates a bound.
import { EVENTS, FIELDS, fieldSpec, type FieldSpec, type Text } from './spec/index.ts';

type Key = string | number;

export interface NumericField {
  path: readonly Key[];
  min: number;
  max: number;
  integer: boolean;
  default: number | undefined;
  unit: Text | undefined;
  /** May be left out of the file. */
  optional: boolean;
}

/** ['firms', 2, 'price'] → 'firms[2].price' */
const keyOf = (path: readonly Key[]): string => path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');

const asField = (path: readonly Key[], f: FieldSpec | undefined): NumericField | null =>
  f && (f.kind === 'number' || f.kind === 'integer')
    ? {
        path,
        min: f.min ?? -Infinity,
        max: f.max ?? Infinity,
        integer: f.kind === 'integer',
        default: typeof f.default === 'number' ? f.default : undefined,
        unit: f.unit,
        optional: f.optional === true,
      }
    : null;

/** Bounds of a numeric field, e.g. ['population', 'size'] or ['firms', 2, 'price'];
 *  for events pass the event type: (['events', 0, 'duration'], 'priceWar'). */
export function numericField(path: readonly Key[], eventType?: string): NumericField | null {
  if (path[0] === 'events' && eventType === undefined) return null;
  return asField(path, fieldSpec(keyOf(path), eventType));
}

/** Every numeric leaf under an object path, in file order (not inside lists below it). */
export function numericFieldsUnder(path: readonly Key[]): NumericField[] {
  const prefix = keyOf(path).replace(/\[\d+\]/g, '[]');
  const rest = (f: FieldSpec) => (prefix ? (f.path.startsWith(`${prefix}.`) ? f.path.slice(prefix.length + 1) : null) : f.path);
  return FIELDS.map((f) => ({ f, rest: rest(f) }))
    .filter(({ rest }) => rest !== null && !rest.includes('['))
    .map(({ f, rest }) => asField([...path, ...rest!.split('.')], f))
    .filter((f) => f !== null);
}

export interface EventSpec {
  type: string;
  /** A new event of this type with every default filled in (period left to the caller). */
  defaults: Record<string, unknown>;
  /** Its numeric fields besides the period. */
  fields: (NumericField & { key: string })[];
}

/** The market event types the schema accepts, with their defaults and numeric fields. */
export function eventSpecs(): EventSpec[] {
  return Object.entries(EVENTS).map(([type, e]) => {
    const defaults: Record<string, unknown> = { type };
    const fields: (NumericField & { key: string })[] = [];
    for (const [key, c] of Object.entries(e.fields)) {
      if (key === 'type' || key === 'period') continue;
      if (c.spec.default !== undefined) defaults[key] = c.spec.default;
      const f = asField(['events', 0, key], { path: `events[].${key}`, ...c.spec });
      if (f) fields.push({ ...f, key });
    }
    return { type, defaults, fields };
  });
}
