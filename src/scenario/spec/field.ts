// A scenario field is declared once, as one entry of a section table (population.ts,
// behaviour.ts, …): its bounds, default, unit, meaning and English/Chinese label. From the
// tables come the zod schema (schema.ts), the format docs (fieldTable.ts → docs/), the
// editor's bounds, labels and units (src/scenario/fields.ts, src/i18n/fields.ts,
// src/ui/editor/). Each row carries its `path`, by which the model's parameter compilation
// (src/model/params.ts) takes the number fields of the sections the kernel reads.
import { z } from 'zod';
import type { TimeRule } from './time.ts';

export interface Text {
  readonly en: string;
  readonly zh: string;
}

export type FieldKind = 'number' | 'integer' | 'text' | 'choice' | 'list' | 'literal';

/** One field of the scenario file, as the docs, the editor and the tools see it. */
export interface FieldSpec {
  /** Where it sits in a file, as the docs write it: 'population.budget.mean', 'firms[].price'
   *  (error messages and the CLI's --set give the index: 'firms[1].price'). */
  readonly path: string;
  readonly kind: FieldKind;
  /** number, integer: the bounds (absent: unbounded); text, list: the longest allowed. */
  readonly min?: number;
  readonly max?: number;
  /** Absent: the field is required, unless `optional`. */
  readonly default?: unknown;
  /** The field may be left out, and means something when it is (a window without an end). */
  readonly optional?: boolean;
  /** choice: the allowed values. */
  readonly options?: readonly string[];
  /** events[]: the event type the field belongs to. */
  readonly event?: string;
  readonly label: Text;
  readonly unit?: Text;
  /** How the model converts the value to the run's period length (the unit's rule, units.ts);
   *  absent: it does not depend on the period length. */
  readonly time?: TimeRule;
  /** What it means, for docs/scenario-format.md (English). */
  readonly doc: string;
}

type About = Pick<FieldSpec, 'label' | 'unit' | 'doc' | 'time'>;
type UnitText = Text & { readonly time?: TimeRule };

/** A field of a section table: its spec (without the path, which its place gives) and its zod
 *  type, kept precise so the parsed scenario is fully typed. */
export interface Leaf<Z extends z.ZodType = z.ZodType> {
  readonly zod: Z;
  readonly spec: Omit<FieldSpec, 'path'>;
}

/** A nested object of fields (`budget: { mean, paretoAlpha }`); missing means all defaults. */
export interface Group<S extends Shape = Shape> {
  readonly zod: z.ZodPrefault<z.ZodObject<ZodShape<S>, z.core.$strict>>;
  readonly fields: S;
}

export type Shape = { readonly [key: string]: Leaf | Group };
export type ZodShape<S extends Shape> = { -readonly [K in keyof S]: S[K]['zod'] };

export const enZh = (en: string, zh: string): Text => ({ en, zh });
const about = (label: readonly [string, string], doc: string, unit?: UnitText): About => ({
  label: enZh(label[0], label[1]),
  doc,
  ...(unit ? { unit: enZh(unit.en, unit.zh) } : {}),
  ...(unit?.time ? { time: unit.time } : {}),
});

/** A number on [min, max] with a default. */
export function num(min: number, max: number, def: number, label: readonly [string, string], doc: string, unit?: UnitText): Leaf<z.ZodDefault<z.ZodNumber>> {
  return { zod: z.number().min(min).max(max).default(def), spec: { kind: 'number', min, max, default: def, ...about(label, doc, unit) } };
}

/** A whole number on [min, max] with a default. */
export function int(min: number, max: number, def: number, label: readonly [string, string], doc: string, unit?: UnitText): Leaf<z.ZodDefault<z.ZodInt>> {
  return { zod: z.int().min(min).max(max).default(def), spec: { kind: 'integer', min, max, default: def, ...about(label, doc, unit) } };
}

/** A required whole number on [min, max] (a schedule entry's period or firm). */
export function requiredInt(min: number, max: number, label: readonly [string, string], doc: string): Leaf<z.ZodInt> {
  return { zod: z.int().min(min).max(max), spec: { kind: 'integer', min, max, ...about(label, doc) } };
}

/** An optional whole number on [min, max]: absent means "none" (a window that does not end). */
export function optionalInt(min: number, max: number, label: readonly [string, string], doc: string, unit?: UnitText): Leaf<z.ZodOptional<z.ZodInt>> {
  return { zod: z.int().min(min).max(max).optional(), spec: { kind: 'integer', min, max, optional: true, ...about(label, doc, unit) } };
}

/** A required number with no bounds of its own (a lever change's value: the lever's bounds apply). */
export function requiredNum(label: readonly [string, string], doc: string): Leaf<z.ZodNumber> {
  return { zod: z.number(), spec: { kind: 'number', ...about(label, doc) } };
}

/** Free text of at most `max` characters (and at least `min`), with a default. */
export function text(max: number, def: string, label: readonly [string, string], doc: string, min = 0): Leaf<z.ZodDefault<z.ZodString>> {
  const zod = (min > 0 ? z.string().min(min) : z.string()).max(max).default(def);
  return { zod, spec: { kind: 'text', max, default: def, ...about(label, doc) } };
}

/** One of a few words, with a default. */
export function choice<const T extends readonly [string, ...string[]]>(
  options: T,
  def: T[number],
  label: readonly [string, string],
  doc: string,
): Leaf<z.ZodDefault<z.ZodEnum<{ [K in T[number]]: K }>>> {
  return { zod: z.enum(options).default(def as never), spec: { kind: 'choice', options, default: def, ...about(label, doc) } };
}

/** One of a few words, required (a lever change's lever). */
export function requiredChoice<const T extends readonly [string, ...string[]]>(
  options: T,
  label: readonly [string, string],
  doc: string,
): Leaf<z.ZodEnum<{ [K in T[number]]: K }>> {
  return { zod: z.enum(options), spec: { kind: 'choice', options, ...about(label, doc) } };
}

/** A list of at most `max` items of one kind, with a default. */
export function list<I extends z.ZodType>(
  item: I,
  max: number,
  def: z.output<I>[],
  label: readonly [string, string],
  doc: string,
): Leaf<z.ZodDefault<z.ZodArray<I>>> {
  return {
    zod: z
      .array(item)
      .max(max)
      .default(def as never),
    spec: { kind: 'list', max, default: def, ...about(label, doc) },
  };
}

/** A constant (the format version; an event's type). */
export function literal<const V extends string | number>(value: V, label: readonly [string, string], doc: string): Leaf<z.ZodLiteral<V>> {
  return { zod: z.literal(value), spec: { kind: 'literal', default: undefined, options: [String(value)], ...about(label, doc) } };
}

export function zodShape<S extends Shape>(fields: S): ZodShape<S> {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.zod])) as ZodShape<S>;
}

/** A nested object of fields; a file may leave out any part of it. */
export function group<const S extends Shape>(fields: S): Group<S> {
  return { zod: z.strictObject(zodShape(fields)).prefault({} as never), fields };
}

/** The fields of one item of a list (a firm, a lever change, an event): each item is whole. */
export interface Item<S extends Shape = Shape> {
  readonly zod: z.ZodObject<ZodShape<S>, z.core.$strict>;
  readonly fields: S;
}

export function item<const S extends Shape>(fields: S): Item<S> {
  return { zod: z.strictObject(zodShape(fields)), fields };
}

const isGroup = (f: Leaf | Group): f is Group => 'fields' in f;

/** The rows of a table, with their paths, in file order. */
export function rowsOf(fields: Shape, prefix: string, extra: Partial<FieldSpec> = {}): FieldSpec[] {
  return Object.entries(fields).flatMap(([k, f]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return isGroup(f) ? rowsOf(f.fields, path, extra) : [{ path, ...f.spec, ...extra }];
  });
}
