// The calibration view's inputs checked before anything runs: the observed data (the command
// line's parser, src/experiment/calibrate/targets.ts, plus the most a scenario keeps), the free
// parameters (fields of the scenario's sections, within each field's bounds) and the settings
// (the command line's ranges). Every error names the line and column, the field or the setting.
import { MAX_TARGET_BYTES, parseTargetsText, type Target } from '../../experiment/calibrate/targets.ts';
import type { FreeParameter } from '../../experiment/calibrate/setup.ts';
import { MAX_SAVED_TARGETS } from '../../scenario/calibrationSection.ts';
import { numericField, numericFieldsUnder, type NumericField } from '../../scenario/fields.ts';
import { parsePath } from '../../scenario/paths.ts';
import { decodeText } from '../../io/text.ts';
import type { ParamChoice } from './setup.svelte.ts';

export type TargetsRead =
  { ok: true; targets: Target[]; series: { kind: string; firm: number; points: number; from: number; to: number }[] } | { ok: false; errors: string[] };

export function readTargets(text: string): TargetsRead {
  const r = parseTargetsText(text);
  if (!r.ok) return r;
  if (r.targets.length > MAX_SAVED_TARGETS)
    return {
      ok: false,
      errors: [
        `(file): ${r.targets.length} observations, more than the ${MAX_SAVED_TARGETS} a calibration in the app keeps with its scenario (npm run calibrate takes up to 10000)`,
      ],
    };
  const by = new Map<string, { kind: string; firm: number; points: number; from: number; to: number }>();
  for (const t of r.targets) {
    const key = `${t.kind} ${t.firm}`;
    const s = by.get(key) ?? { kind: t.kind, firm: t.firm, points: 0, from: t.period, to: t.period };
    s.points++;
    s.from = Math.min(s.from, t.period);
    s.to = Math.max(s.to, t.period);
    by.set(key, s);
  }
  return { ok: true, targets: r.targets, series: [...by.values()] };
}

/** A file's bytes as text, decoded as the command line decodes it; the size checked first. */
export async function readTargetsFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > MAX_TARGET_BYTES)
    return { ok: false, error: `(file): ${(file.size / 1e6).toFixed(2)} MB is larger than the ${MAX_TARGET_BYTES / 1e6} MB limit for targets` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: '(file): could not be read (it may have been moved or deleted)' };
  }
  const d = decodeText(bytes);
  return d.ok ? d : { ok: false, error: `(file): ${d.error}` };
}

/** The sections whose number fields may be fitted: properties of the market, not decisions. */
const SECTIONS = ['population', 'behaviour', 'service', 'wordOfMouth', 'market'] as const;

export const fieldPath = (f: NumericField): string => f.path.join('.');

/** Every field a calibration may free, in file order. */
export function fittableFields(): NumericField[] {
  return SECTIONS.flatMap((s) => numericFieldsUnder([s])).filter((f) => fieldPath(f) !== 'population.size');
}

export function checkParams(params: readonly ParamChoice[]): { fits: FreeParameter[]; errors: string[] } {
  const errors: string[] = [];
  const fits: FreeParameter[] = [];
  for (const p of params) {
    const keys = parsePath(p.path);
    const f = typeof keys === 'string' ? null : numericField(keys);
    if (!f) {
      errors.push(`${p.path}: is not a number field of the scenario`);
      continue;
    }
    const before = errors.length;
    if (!Number.isFinite(p.from) || !Number.isFinite(p.to)) errors.push(`${p.path}: the bounds must be numbers`);
    else {
      if (p.from < f.min || p.to > f.max) errors.push(`${p.path}: the bounds must lie within the field's own, ${f.min} … ${f.max}`);
      if (!(p.from < p.to)) errors.push(`${p.path}: from (${p.from}) must be less than to (${p.to})`);
    }
    if (errors.length === before) fits.push({ text: `${p.path}=${p.from}:${p.to}`, path: p.path, from: p.from, to: p.to });
  }
  if (params.length > 20) errors.push('free parameters: at most 20');
  return { fits, errors };
}

export const SETTINGS = {
  replicates: { min: 2, max: 1000 },
  restarts: { min: 1, max: 20 },
  evaluations: { min: 3, max: 5000 },
  bootstrap: { min: 2, max: 200 },
} as const;

export function checkSettings(s: Record<keyof typeof SETTINGS, number> & { holdout: number }): string[] {
  const errors: string[] = [];
  for (const [k, b] of Object.entries(SETTINGS) as [keyof typeof SETTINGS, { min: number; max: number }][])
    if (!Number.isInteger(s[k]) || s[k] < b.min || s[k] > b.max) errors.push(`${k}: must be a whole number from ${b.min} to ${b.max}`);
  if (!(s.holdout >= 0 && s.holdout < 1)) errors.push('holdout: must be a fraction from 0 to below 1');
  return errors;
}
