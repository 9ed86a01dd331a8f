// A what-if variant: a name and a list of lever settings, each holding from its own period on.
// What a setting does is the one rule of leverSettings.ts (experiments and live levers use it
// too): from `fromPeriod` on it wins over the scenario's scheduled changes for that firm and
// lever; before it, the variant runs as the scenario is written. A comparison also burns every
// variant in under the baseline (model/simulation.ts, `burnInUnder`), so all variants start
// from the same market and differ only from the periods their settings take effect.
import { applyLeverSettings, type LeverSetting } from './leverSettings.ts';
import { LEVER_BY_KEY } from './levers.ts';
import { parseScenarioValue, type ParseResult } from './parse.ts';
import type { LeverChange, Scenario } from './schema.ts';
import { COMPARISON_VERSION, type BandChoice, type Comparison } from './spec/comparison.ts';

export interface Variant {
  name: string;
  settings: LeverSetting[];
}

/** The problems of one variant's settings against the scenario, each naming the setting. */
export function settingProblems(base: Scenario, v: Variant): string[] {
  const k = base.firms.length;
  return v.settings.flatMap((x, j) => {
    const at = `settings[${j}]`;
    const spec = LEVER_BY_KEY[x.lever];
    const out: string[] = [];
    if (!spec) return [`${at}.lever: unknown lever "${String(x.lever)}"`];
    if (!(Number.isInteger(x.firm) && x.firm >= 0 && x.firm < k)) out.push(`${at}.firm: must be < ${k} (there are ${k} firms)`);
    if (!(x.value >= spec.min && x.value <= spec.max)) out.push(`${at}.value: ${x.lever} must be between ${spec.min} and ${spec.max}`);
    if (!Number.isInteger(x.fromPeriod)) out.push(`${at}.fromPeriod: must be a whole number`);
    else if (x.fromPeriod < 0) out.push(`${at}.fromPeriod: must be ≥ 0`);
    else if (x.fromPeriod >= base.horizon) out.push(`${at}.fromPeriod: must be < ${base.horizon}`);
    return out;
  });
}

/** The scenario a variant runs: the base with its settings applied (leverSettings.ts), without
 *  the saved comparison, validated like any edited scenario. Errors name the variant. */
export function applyVariant(base: Scenario, v: Variant): ParseResult {
  const problems = settingProblems(base, v);
  if (problems.length) return { ok: false, errors: problems.map((e) => `${v.name}: ${e}`) };
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { comparison, ...rest } = base;
  const r = parseScenarioValue(applyLeverSettings(structuredClone(rest) as Scenario, v.settings));
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => `${v.name}: ${e}`) };
  return r;
}

/** A scheduled change a variant's setting takes over: `replaced` when the change never acts
 *  (it falls at or after the setting's period), else it acts until the setting's period. */
export interface Overridden {
  /** Index of the change in the scenario's `changes`. */
  index: number;
  change: LeverChange;
  /** Index of the setting that takes over. */
  setting: number;
  replaced: boolean;
  /** The period from which the setting holds instead. */
  from: number;
}

/** Which scheduled changes the variant overrides, in schedule order: those of a setting's firm
 *  and lever from its period on (they are dropped), and the one still in force when the setting
 *  starts (it is cut short). The same rule as applyLeverSettings, read from the other side. */
export function overriddenChanges(base: Scenario, v: Variant): Overridden[] {
  const out = new Map<number, Overridden>();
  v.settings.forEach((x, j) => {
    let inForce = -1;
    base.changes.forEach((c, i) => {
      if (c.firm !== x.firm || c.lever !== x.lever) return;
      if (c.period >= x.fromPeriod) out.set(i, { index: i, change: c, setting: j, replaced: true, from: x.fromPeriod });
      else if (inForce < 0 || c.period >= base.changes[inForce].period) inForce = i;
    });
    // a later setting of the same firm and lever decides what happens to a change (it applies last)
    if (inForce >= 0 && !out.get(inForce)?.replaced)
      out.set(inForce, { index: inForce, change: base.changes[inForce], setting: j, replaced: false, from: x.fromPeriod });
  });
  return [...out.values()].sort((a, b) => a.index - b.index);
}

/** The saved form of a comparison (the scenario file's `comparison` section). */
export function comparisonSection(variants: readonly Variant[], replicates: number | null, band: BandChoice, cohorts = false): Comparison {
  return {
    version: COMPARISON_VERSION,
    variants: variants.map((v) => ({
      name: v.name,
      settings: v.settings.map((x) => ({ firm: x.firm, lever: x.lever, value: x.value, fromPeriod: x.fromPeriod })),
    })),
    ...(replicates === null ? {} : { replicates }),
    band,
    // written only when on, so a file saved without cohort curves is as it was
    ...(cohorts ? { cohorts } : {}),
  };
}

/** One row per setting (a baseline or a variant without settings gets one empty row): how a
 *  comparison's CSV states what each variant was. */
export function definitionRows(variants: readonly Variant[], firmNames: readonly string[]): (string | number)[][] {
  return variants.flatMap((v) =>
    v.settings.length ? v.settings.map((x) => [v.name, x.firm, firmNames[x.firm] ?? '', x.lever, x.value, x.fromPeriod]) : [[v.name, '', '', '', '', '']],
  );
}

export const DEFINITION_HEADER = ['variant', 'firm', 'firmName', 'lever', 'value', 'fromPeriod'] as const;
