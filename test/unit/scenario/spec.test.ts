// The field tables (src/scenario/spec/) are the one source of every field: each row is
// complete, the parser enforces exactly its bounds and defaults, and the docs list exactly its rows.
import { describe, expect, it } from 'vitest';
import { FIELDS, fieldSpec, rowPath } from '../../../src/scenario/spec/index.ts';
import { scenarioFieldRows } from '../../../src/scenario/fieldTable.ts';
import { defaultScenario, parseScenarioValue } from '../../../src/scenario/parse.ts';
import { LEVERS } from '../../../src/scenario/levers.ts';
import { getAt, setAt } from '../../../src/ui/editor/paths.ts';

/** A file that sets one field (of the first of two firms, or of one event of the row's type). */
function fileWith(path: string, value: unknown, event?: string): Record<string, unknown> {
  const file: Record<string, unknown> = { schemaVersion: 1 };
  if (path.startsWith('firms[]')) file.firms = [{}, {}];
  if (path.startsWith('events[]')) file.events = [{ type: event, period: 1 }];
  setAt(
    file,
    path
      .replace('[]', '.0')
      .split('.')
      .map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
    value,
  );
  return file;
}

describe('the scenario field tables', () => {
  it('give every field a label in both languages and a meaning; units in both languages', () => {
    expect(FIELDS.length).toBeGreaterThan(100);
    for (const f of FIELDS) {
      expect(f.label.en, f.path).toBeTruthy();
      expect(f.label.zh, f.path).toBeTruthy();
      expect(f.doc, f.path).toMatch(/\S/);
      if (f.unit) expect(f.unit.zh, f.path).not.toBe(f.unit.en);
    }
  });

  it('are exactly the fields the parser accepts and the docs list', () => {
    // optional sections document themselves: calibration as one row, the comparison from its
    // own schema (spec/comparison.ts); neither is a field table's
    const rows = scenarioFieldRows();
    const documented = new Set(rows.filter((r) => r.default !== '(optional)' && !r.path.startsWith('comparison.')).map((r) => r.path));
    expect(new Set(FIELDS.map((f) => f.path))).toEqual(documented);
    expect(rows.filter((r) => r.default === '(optional)').map((r) => r.path)).toEqual(['calibration']);
  });

  it('hold the defaults the parser fills in', () => {
    const d = defaultScenario() as unknown as Record<string, unknown>;
    for (const f of FIELDS.filter((x) => !x.path.includes('[]') && x.kind !== 'literal')) expect(getAt(d, f.path.split('.')), f.path).toEqual(f.default);
    const firm = defaultScenario({ firms: [{}] }).firms[0];
    for (const f of FIELDS.filter((x) => x.path.startsWith('firms[]'))) expect(getAt(firm, [f.path.slice('firms[].'.length)]), f.path).toEqual(f.default);
  });

  it('hold the bounds the parser enforces, and errors name the field', () => {
    const bounded = FIELDS.filter((f) => (f.kind === 'number' || f.kind === 'integer') && f.min !== undefined && !f.path.startsWith('changes[]'));
    expect(bounded.length).toBeGreaterThan(90);
    for (const f of bounded.filter((x) => x.path !== 'events[].firm')) {
      const at = (v: number) => parseScenarioValue(fileWith(f.path, v, f.event));
      expect(at(f.min!).ok, `${f.path} at min`).toBe(true);
      expect(at(f.max!).ok, `${f.path} at max`).toBe(true);
      const above = at(f.max! + Math.max(1, Math.abs(f.max!)));
      expect(above.ok ? [] : above.errors[0], `${f.path} above max`).toMatch(
        new RegExp(
          `^${rowPath(f.path)
            .replace(/[.[\]]/g, (c) => `\\${c}`)
            .replace('\\[\\]', '\\[0\\]')}: must be ≤`,
        ),
      );
      if (f.kind === 'integer') expect(at(f.min! + 0.5).ok, `${f.path} fractional`).toBe(false);
    }
  });

  it('carry the levers from LEVERS, unit and label included', () => {
    for (const l of LEVERS)
      expect(fieldSpec(`firms[3].${l.key}`)).toMatchObject({
        min: l.min,
        max: l.max,
        default: l.default,
        unit: { en: l.unit.en, zh: l.unit.zh },
        label: l.label,
      });
    expect(fieldSpec('firms[0].acquisitionSpend')?.time).toBe('amount');
  });

  it('find a field by the path an error or --set uses', () => {
    expect(fieldSpec('population.budget.mean')?.default).toBe(100);
    expect(fieldSpec('events[2].duration', 'qualityIncident')?.default).toBe(3);
    expect(fieldSpec('events[2].duration', 'priceWar')?.default).toBe(12);
    expect(fieldSpec('nope')).toBeUndefined();
  });
});
