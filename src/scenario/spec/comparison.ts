// The optional `comparison` section of a scenario file: a saved what-if comparison (its
// variants, replicates and band), so a file or a share link reopens the comparison it was
// made with. The section has a version of its own, independent of the file's schemaVersion:
// a file without the section is as valid as before, and the section can change without
// touching the rest of the format. What a variant means is in ../variants.ts.
import { z } from 'zod';
import { LEVER_BY_KEY, LEVER_KEYS } from '../levers.ts';
import { LIMITS } from './limits.ts';

export const COMPARISON_VERSION = 1;
/** A baseline and up to three variants: more lines than four do not read on one chart. */
export const MAX_VARIANTS = 4;
/** Lever settings per variant (13 levers × a few periods is already more than a reader follows). */
export const MAX_SETTINGS = 20;
export const BAND_KINDS = ['percentile', 'ci'] as const;

const setting = z.strictObject({
  firm: z
    .int()
    .min(0)
    .max(LIMITS.firms - 1)
    .describe('Index of the firm (0 = us); checked against the firms when the comparison runs.'),
  lever: z.enum(LEVER_KEYS).describe('Which lever the variant sets.'),
  value: z.number().describe("The value it holds, within the lever's bounds."),
  fromPeriod: z
    .int()
    .min(0)
    .max(LIMITS.horizon)
    .default(0)
    .describe(
      "Period (counted from 0, as in `changes`) from which the setting holds; from then on it wins over the scenario's scheduled changes of that firm and lever. Before it the variant runs as the baseline.",
    ),
});

const variant = z.strictObject({
  name: z.string().min(1).max(60).describe('Name shown on the charts and in the table; the first variant is the baseline.'),
  settings: z.array(setting).max(MAX_SETTINGS).default([]).describe('Lever settings of this variant (none for the baseline).'),
});

export const comparisonSchema = z
  .strictObject({
    version: z.literal(COMPARISON_VERSION).describe('Version of this section (files without it are read as version 0 and migrated).'),
    variants: z.array(variant).min(2).max(MAX_VARIANTS).describe('The baseline first, then the variants compared with it.'),
    replicates: z.int().min(1).max(LIMITS.replicates).optional().describe("Replicates of every variant; absent: the scenario's own `replicates`."),
    band: z.enum(BAND_KINDS).default('percentile').describe('percentile: 90% of the replicates; ci: 90% confidence interval of the mean.'),
    cohorts: z
      .boolean()
      .optional()
      .describe(
        'true: every run also counts cohorts, for the cohort survival and satisfaction → retention curves with bands (slower, more memory). Absent: false.',
      ),
  })
  .superRefine((c, ctx) => {
    c.variants.forEach((v, i) =>
      v.settings.forEach((x, j) => {
        const l = LEVER_BY_KEY[x.lever];
        if (!(x.value >= l.min && x.value <= l.max))
          ctx.addIssue({ code: 'custom', path: ['variants', i, 'settings', j, 'value'], message: `${x.lever} must be between ${l.min} and ${l.max}` });
      }),
    );
  });

export type Comparison = z.output<typeof comparisonSchema>;
export type BandChoice = (typeof BAND_KINDS)[number];

type Migrated = { ok: true; value: Record<string, unknown>; notices: string[] } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Version 0 was the comparison as the app first held it, never versioned: each variant had
 *  `overrides` ({ firm, lever, value }) that replaced the firm's base value from period 0. They
 *  become settings from period 0 (which now also win over the schedule: that is the point). */
function fromV0(c: Record<string, unknown>): Record<string, unknown> {
  const variants = Array.isArray(c.variants)
    ? c.variants.map((v) => {
        if (!isObject(v) || !('overrides' in v)) return v;
        const { overrides, ...rest } = v;
        return { ...rest, settings: Array.isArray(overrides) ? overrides.map((o) => (isObject(o) ? { ...o, fromPeriod: 0 } : o)) : overrides };
      })
    : c.variants;
  return { ...c, version: COMPARISON_VERSION, variants };
}

/** Brings a file's `comparison` section (if any) to the current version, saying so. The
 *  scenario's own migration (migrate.ts) has run before. */
export function migrateComparison(file: Record<string, unknown>): Migrated {
  const c = file.comparison;
  if (!isObject(c)) return { ok: true, value: file, notices: [] };
  const version = c.version === undefined ? 0 : c.version;
  if (version === COMPARISON_VERSION) return { ok: true, value: file, notices: [] };
  if (version === 0)
    return {
      ok: true,
      value: { ...file, comparison: fromV0(c) },
      notices: [`The comparison had no version (version 0); it was migrated to version ${COMPARISON_VERSION}.`],
    };
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, error: 'comparison.version: must be a whole number' };
  return { ok: false, error: `comparison.version: ${version} is not supported (this version of Loyalty Lab reads 0 to ${COMPARISON_VERSION})` };
}
