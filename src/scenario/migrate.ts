// Brings files written for older schema versions up to the current one, saying what changed.
import { SCHEMA_VERSION } from './schema.ts';

type Migrated = { ok: true; value: Record<string, unknown>; notices: string[] } | { ok: false; error: string };

/** Version 0 was the unversioned draft format: `population` was a bare number and `firms`
 *  used `share` for what is now `initialShare`. */
function fromV0(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...v, schemaVersion: 1 };
  if (typeof v.population === 'number') out.population = { size: v.population };
  if (Array.isArray(v.firms))
    out.firms = v.firms.map((f) => {
      if (f === null || typeof f !== 'object' || Array.isArray(f)) return f;
      const { share, ...rest } = f as Record<string, unknown>;
      return share === undefined ? rest : { ...rest, initialShare: share };
    });
  return out;
}

export function migrate(v: Record<string, unknown>): Migrated {
  // only a missing schemaVersion means the draft format; null or "1" is a mistake to report
  const version = v.schemaVersion === undefined ? 0 : v.schemaVersion;
  if (version === SCHEMA_VERSION) return { ok: true, value: v, notices: [] };
  if (version === 0)
    return {
      ok: true,
      value: fromV0(v),
      notices: [`This file had no schemaVersion (version 0); it was migrated to version ${SCHEMA_VERSION}.`],
    };
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, error: 'schemaVersion: must be a whole number' };
  return {
    ok: false,
    error: `schemaVersion: ${version} is not supported (this version of Loyalty Lab reads 0 to ${SCHEMA_VERSION})`,
  };
}
