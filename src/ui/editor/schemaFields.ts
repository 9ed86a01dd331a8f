// Bounds of the scenario's numeric fields, read from the zod schema itself so the editor never
// restates them (an adapter over zod's introspection; the schema is owned by the model side).
import { scenarioSchema } from '../../scenario/schema.ts';
import type { Path } from './paths.ts';

export interface NumberField {
  path: Path;
  min: number;
  max: number;
  integer: boolean;
  default: number | undefined;
}

interface ZodLike {
  _zod: { def: { type: string; innerType?: ZodLike; element?: ZodLike; defaultValue?: unknown; shape?: Record<string, ZodLike> } };
  shape?: Record<string, ZodLike>;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}

function unwrap(z: ZodLike): { node: ZodLike; def: unknown } {
  let node = z;
  let def: unknown;
  while (node._zod.def.innerType) {
    if (node._zod.def.type === 'default' && def === undefined) def = node._zod.def.defaultValue;
    node = node._zod.def.innerType;
  }
  return { node, def };
}

function nodeAt(path: Path): { node: ZodLike; def: unknown } | null {
  let cur = unwrap(scenarioSchema as unknown as ZodLike);
  for (const p of path) {
    const n = cur.node;
    if (typeof p === 'number') {
      if (n._zod.def.type !== 'array' || !n._zod.def.element) return null;
      cur = unwrap(n._zod.def.element);
    } else {
      const child = n.shape?.[p];
      if (!child) return null;
      cur = unwrap(child);
    }
  }
  return cur;
}

/** Bounds of a numeric field (e.g. ['population', 'size']), or null if it is not one. */
export function numberField(path: Path): NumberField | null {
  const found = nodeAt(path);
  if (!found || found.node._zod.def.type !== 'number') return null;
  const n = found.node;
  return {
    path,
    min: n.minValue ?? -Infinity,
    max: n.maxValue ?? Infinity,
    integer: Boolean(n.isInt),
    default: typeof found.def === 'number' ? found.def : undefined,
  };
}

/** Every numeric leaf under an object path, in schema order (e.g. all of 'behaviour'). */
export function numberFieldsUnder(path: Path): NumberField[] {
  const found = nodeAt(path);
  if (!found) return [];
  const out: NumberField[] = [];
  const walk = (p: Path) => {
    const f = numberField(p);
    if (f) return void out.push(f);
    const at = nodeAt(p);
    if (at?.node._zod.def.type === 'object') for (const k of Object.keys(at.node.shape ?? {})) walk([...p, k]);
  };
  walk(path);
  return out;
}
