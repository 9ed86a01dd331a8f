// A what-if variant is the base scenario with some lever values replaced from period 0.
import { parseScenarioValue, type ParseResult } from '../../scenario/parse.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { LeverKey } from '../../scenario/levers.ts';

export interface LeverOverride {
  firm: number;
  lever: LeverKey;
  value: number;
}

export interface Variant {
  name: string;
  overrides: LeverOverride[];
}

/** The base with the overrides applied, validated like any edited scenario. */
export function applyVariant(base: Scenario, v: Variant): ParseResult {
  const s = structuredClone(base) as Scenario;
  for (const o of v.overrides) {
    const firm = s.firms[o.firm] as Record<string, unknown> | undefined;
    if (firm) firm[o.lever] = o.value;
  }
  const r = parseScenarioValue(s);
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => `${v.name}: ${e}`) };
  return r;
}

/** Work items with common random numbers: every variant runs replicates 0..R−1 of one seed. */
export function compareTasks(variants: number, replicates: number): { variant: number; replicate: number }[] {
  const out: { variant: number; replicate: number }[] = [];
  // replicate-major order, so partial results cover every variant evenly
  for (let r = 0; r < replicates; r++) for (let v = 0; v < variants; v++) out.push({ variant: v, replicate: r });
  return out;
}

/** Size of the worker pool: the machine's cores, at most 4 and no more than the tasks. */
export function poolSize(hardwareConcurrency: number | undefined, tasks: number): number {
  return Math.max(1, Math.min(4, hardwareConcurrency || 2, tasks));
}
