// The scenario file, schema version 1, assembled from the field tables in spec/ (one row per
// field: bounds, default, unit, meaning, labels). Every field has a default and bounds; the
// parsed object is fully defaulted, so nothing inside the model re-checks it. What no single
// field can say (a firm index against the number of firms, the workload) is checked here.
import { z } from 'zod';
import { LEVERS } from './levers.ts';
import { calibrationSectionSchema } from './calibrationSection.ts';
import { zodShape } from './spec/field.ts';
import { experimentSectionSchema } from '../experiment/schema.ts';
import { CHANGE, DEFAULT_FIRMS, EVENTS, FIRM, LIMITS, SCHEMA_VERSION, SECTIONS } from './spec/index.ts';
import { comparisonSchema } from './spec/comparison.ts';

export { LIMITS, SCHEMA_VERSION };

export const scenarioSchema = z
  .strictObject({
    ...zodShape(SECTIONS),
    firms: z.array(FIRM.zod).min(1).max(LIMITS.firms).prefault(DEFAULT_FIRMS),
    changes: z.array(CHANGE.zod).max(LIMITS.changes).default([]),
    events: z
      .array(z.discriminatedUnion('type', [EVENTS.deregulation.zod, EVENTS.numberPortability.zod, EVENTS.priceWar.zod, EVENTS.qualityIncident.zod]))
      .max(LIMITS.events)
      .default([]),
    // optional sections, each versioned on its own (not part of schemaVersion): a saved
    // comparison (spec/comparison.ts), a calibration's targets and fit (calibrationSection.ts),
    // an experiment on this scenario (src/experiment/schema.ts)
    comparison: comparisonSchema.optional(),
    calibration: calibrationSectionSchema.optional(),
    experiment: experimentSectionSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const k = s.firms.length;
    s.changes.forEach((c, i) => {
      if (c.firm >= k) ctx.addIssue({ code: 'custom', path: ['changes', i, 'firm'], message: `must be < ${k} (there are ${k} firms)` });
      const l = LEVERS.find((x) => x.key === c.lever)!;
      if (c.until !== undefined && c.until <= c.period)
        ctx.addIssue({ code: 'custom', path: ['changes', i, 'until'], message: `must be > period (${c.period})` });
      if (!(c.value >= l.min && c.value <= l.max))
        ctx.addIssue({ code: 'custom', path: ['changes', i, 'value'], message: `${c.lever} must be between ${l.min} and ${l.max}` });
    });
    s.events.forEach((e, i) => {
      if (e.type === 'qualityIncident' && e.firm >= k)
        ctx.addIssue({ code: 'custom', path: ['events', i, 'firm'], message: `must be < ${k} (there are ${k} firms)` });
      if (e.type === 'priceWar')
        e.firms.forEach((f, j) => {
          if (f >= k) ctx.addIssue({ code: 'custom', path: ['events', i, 'firms', j], message: `must be < ${k} (there are ${k} firms)` });
        });
    });
    if (s.firms.every((f) => f.initialShare === 0))
      ctx.addIssue({ code: 'custom', path: ['firms'], message: 'at least one firm needs an initialShare above 0' });
    // only when each factor is within its own bound: a horizon of 1e300 is one problem, not two
    const inBounds = s.population.size <= LIMITS.population && s.horizon <= LIMITS.horizon && s.replicates <= LIMITS.replicates;
    if (inBounds && s.population.size * s.horizon * s.replicates > LIMITS.workload)
      ctx.addIssue({
        code: 'custom',
        path: ['replicates'],
        message: `population × horizon × replicates must be ≤ ${LIMITS.workload.toExponential(0)} (asked for ${(s.population.size * s.horizon * s.replicates).toExponential(2)})`,
      });
  });

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Firm = Scenario['firms'][number];
export type MarketEvent = Scenario['events'][number];
export type LeverChange = Scenario['changes'][number];
