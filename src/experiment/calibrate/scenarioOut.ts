// The calibrated scenario as a normal scenario file: the file as the analyst wrote it, with
// only the fitted fields changed (or added, where the file left them at their defaults), so
// it reads as their scenario, diffs cleanly, and opens in every view.
import { parseScenarioValue } from '../../scenario/parse.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { fieldValue, type FieldPath } from '../paths.ts';

type Json = Record<string, unknown> | unknown[];

/** `raw`: the scenario file's JSON value; `parsed`: the same, validated and defaulted. */
export function calibratedScenario(
  raw: unknown,
  parsed: Scenario,
  fitted: readonly { keys: FieldPath; value: number }[],
): { ok: true; value: Record<string, unknown> } | { ok: false; errors: string[] } {
  const out = structuredClone((raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>);
  for (const { keys, value } of fitted) {
    let at: Json = out;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i];
      let next = (at as Record<string | number, unknown>)[key];
      if (next === undefined || next === null || typeof next !== 'object') {
        // a list the file leaves out (firms at their defaults) is written whole from the
        // parsed scenario; an object is started empty and defaults fill the rest
        next = typeof keys[i + 1] === 'number' ? structuredClone(fieldValue(parsed, keys.slice(0, i + 1))) : {};
        (at as Record<string | number, unknown>)[key] = next;
      }
      at = next as Json;
    }
    (at as Record<string | number, unknown>)[keys[keys.length - 1]] = value;
  }
  const check = parseScenarioValue(out);
  if (!check.ok) return { ok: false, errors: check.errors };
  for (const { keys, value } of fitted)
    if (fieldValue(check.scenario, keys) !== value) return { ok: false, errors: [`${keys.join('.')}: the written file does not read back as ${value}`] };
  return { ok: true, value: out };
}
