// What the Experiments view offers to vary and to record: every numeric field of the scenario
// and every lever of every firm, with the bounds, labels and units the editor shows (the field
// tables, src/scenario/spec/, and the lever table), by the paths the errors use.
import { FIELDS, type Text } from '../../scenario/spec/index.ts';
import { LEVERS, type LeverKey } from '../../scenario/levers.ts';
import { MEASURES, type Measure } from '../../model/measures.ts';
import { MONEY_MEASURES } from '../../experiment/schema.ts';
import type { Scenario } from '../../scenario/schema.ts';

export interface FactorChoice {
  /** `firms[0].programme`, `behaviour.offerRate`. */
  path: string;
  label: Text;
  unit: Text | undefined;
  min: number;
  max: number;
  integer: boolean;
  /** A firm's lever: it can take effect from a period. */
  lever: { firm: number; key: LeverKey } | null;
}

/** Set by the experiment itself, or on which its outputs' windows depend (experiment/plan.ts). */
const NOT_FACTORS = new Set(['schemaVersion', 'seed', 'replicates', 'horizon']);

/** Levers first (what a strategist varies), firm by firm, then the market's fields. */
export function factorChoices(s: Scenario): FactorChoice[] {
  const levers = s.firms.flatMap((_, firm) =>
    LEVERS.map((l): FactorChoice => ({
      path: `firms[${firm}].${l.key}`,
      label: l.label,
      unit: l.unit,
      min: l.min,
      max: l.max,
      integer: false,
      lever: { firm, key: l.key },
    })),
  );
  const fields = FIELDS.filter(
    (f) => (f.kind === 'number' || f.kind === 'integer') && !f.path.includes('[') && !NOT_FACTORS.has(f.path) && f.min !== undefined && f.max !== undefined,
  ).map((f): FactorChoice => ({ path: f.path, label: f.label, unit: f.unit, min: f.min!, max: f.max!, integer: f.kind === 'integer', lever: null }));
  return [...levers, ...fields];
}

export const isMoney = (m: Measure): boolean => (MONEY_MEASURES as readonly string[]).includes(m);

/** The measures an output can record, in the model's order. */
export const OUTPUT_MEASURES: readonly Measure[] = MEASURES;
