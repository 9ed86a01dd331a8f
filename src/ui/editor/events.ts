// Market events (MODEL.md §5) as the editor offers them: defaults when one is added, and the
// numeric fields each type has (bounds come from the schema).
export const EVENT_TYPES = ['deregulation', 'numberPortability', 'priceWar', 'qualityIncident'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_DEFAULTS: Record<EventType, Record<string, unknown>> = {
  deregulation: { type: 'deregulation' },
  numberPortability: { type: 'numberPortability', remaining: 0 },
  priceWar: { type: 'priceWar', duration: 12, priceCut: 0.25, firms: [1] },
  qualityIncident: { type: 'qualityIncident', duration: 3, firm: 0, qualityDrop: 1, failureRate: 0.2 },
};

export interface EventField {
  key: string;
  min: number;
  max: number;
  step: number;
  integer?: boolean;
}

/** Numeric fields per type, besides the period (bounds as in src/scenario/schema.ts). */
export const EVENT_FIELDS: Record<EventType, EventField[]> = {
  deregulation: [],
  numberPortability: [{ key: 'remaining', min: 0, max: 1, step: 0.05 }],
  priceWar: [
    { key: 'duration', min: 1, max: 1040, step: 1, integer: true },
    { key: 'priceCut', min: 0, max: 0.9, step: 0.01 },
  ],
  qualityIncident: [
    { key: 'duration', min: 1, max: 1040, step: 1, integer: true },
    { key: 'qualityDrop', min: 0, max: 4, step: 0.05 },
    { key: 'failureRate', min: 0, max: 1, step: 0.01 },
  ],
};
