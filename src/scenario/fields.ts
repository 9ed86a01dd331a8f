// Bounds and defaults of the scenario's fields for editors, read from the schema's JSON Schema
// (zod's public toJSONSchema), so no consumer restates a bound or reaches into zod internals.
import { z } from 'zod';
import { scenarioSchema } from './schema.ts';

type Key = string | number;

export interface NumericField {
  path: readonly Key[];
  min: number;
  max: number;
  integer: boolean;
  default: number | undefined;
}

/** A node of the scenario's JSON Schema, as far as the readers here need it. */
export interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  const?: unknown;
  enum?: unknown[];
}
type Node = SchemaNode;

let root: Node | undefined;
/** The scenario schema as JSON Schema (input side: what a file may say), built once. */
export const scenarioJsonSchema = (): SchemaNode =>
  (root ??= z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Node);
const schema = scenarioJsonSchema;

/** The alternatives of an array of tagged objects (events), keyed by their `type` constant. */
function alternatives(n: Node): Record<string, Node> {
  const out: Record<string, Node> = {};
  for (const alt of n.oneOf ?? n.anyOf ?? []) {
    const tag = alt.properties?.type?.const;
    if (typeof tag === 'string') out[tag] = alt;
  }
  return out;
}

function nodeAt(path: readonly Key[], tagged?: string): Node | undefined {
  let n: Node | undefined = schema();
  for (const p of path) {
    if (!n) return undefined;
    if (typeof p === 'number') {
      const item: Node | undefined = n.items;
      n = item && (item.oneOf || item.anyOf) ? (tagged ? alternatives(item)[tagged] : undefined) : item;
    } else n = n.properties?.[p];
  }
  return n;
}

const asField = (path: readonly Key[], n: Node | undefined): NumericField | null =>
  n && (n.type === 'number' || n.type === 'integer')
    ? {
        path,
        min: n.minimum ?? -Infinity,
        max: n.maximum ?? Infinity,
        integer: n.type === 'integer',
        default: typeof n.default === 'number' ? n.default : undefined,
      }
    : null;

/** Bounds of a numeric field, e.g. ['population', 'size'] or ['firms', 2, 'price'];
 *  for events pass the event type: (['events', 0, 'duration'], 'priceWar'). */
export function numericField(path: readonly Key[], eventType?: string): NumericField | null {
  return asField(path, nodeAt(path, eventType));
}

/** Every numeric leaf under an object path, in schema order. */
export function numericFieldsUnder(path: readonly Key[]): NumericField[] {
  const out: NumericField[] = [];
  const walk = (p: readonly Key[], n: Node | undefined) => {
    const f = asField(p, n);
    if (f) out.push(f);
    else if (n?.type === 'object' && n.properties) for (const [k, c] of Object.entries(n.properties)) walk([...p, k], c);
  };
  walk(path, nodeAt(path));
  return out;
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
  const events = schema().properties?.events?.items;
  return Object.entries(events ? alternatives(events) : {}).map(([type, n]) => {
    const defaults: Record<string, unknown> = { type };
    const fields: (NumericField & { key: string })[] = [];
    for (const [key, c] of Object.entries(n.properties ?? {})) {
      if (key === 'type' || key === 'period') continue;
      if (c.default !== undefined) defaults[key] = c.default;
      const f = asField(['events', 0, key], c);
      if (f) fields.push({ ...f, key });
    }
    return { type, defaults, fields };
  });
}
