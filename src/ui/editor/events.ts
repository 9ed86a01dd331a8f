// Market events (MODEL.md §5) as the editor offers them: the types, the defaults of a new one,
// and the numeric fields each has, all read from the field tables (src/scenario/fields.ts, spec/).
import { eventSpecs } from '../../scenario/fields.ts';

export const EVENT_TYPES = ['deregulation', 'numberPortability', 'priceWar', 'qualityIncident'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface EventField {
  key: string;
  min: number;
  max: number;
  step: number;
  integer?: boolean;
  /** May be left out (a number portability without an end). */
  optional?: boolean;
  unit?: { en: string; zh: string };
}

const specs = new Map(eventSpecs().map((e) => [e.type, e]));
const spec = (type: EventType) => {
  const s = specs.get(type);
  if (!s) throw new Error(`the scenario schema has no event type "${type}"`);
  return s;
};

export const EVENT_DEFAULTS = Object.fromEntries(EVENT_TYPES.map((t) => [t, spec(t).defaults])) as Record<EventType, Record<string, unknown>>;

/** Numeric fields per type besides the period; the firm (a choice among firms) is not one. */
export const EVENT_FIELDS = Object.fromEntries(
  EVENT_TYPES.map((t) => [
    t,
    spec(t)
      .fields.filter((f) => f.key !== 'firm')
      .map((f) => ({
        key: f.key,
        min: f.min,
        max: f.max,
        integer: f.integer,
        optional: f.optional,
        unit: f.unit,
        step: f.integer ? 1 : f.max - f.min <= 1 ? 0.01 : 0.05,
      })),
  ]),
) as Record<EventType, EventField[]>;
