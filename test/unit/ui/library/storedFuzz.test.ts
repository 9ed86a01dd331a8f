// Hostile stored values: whatever another version, another site script or a damaged profile
// left in this origin's storage, reading it never throws, never pollutes prototypes, and
// gives either a validated scenario or a reason.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AUTOSAVE_KEY, readAutosave, tabStorage, type Store } from '../../../../src/ui/io/autosave.ts';
import { HISTORY_KEY, readHistory, recordHistory, restorable } from '../../../../src/ui/io/history.ts';
import { RUN_KEY, takeInterrupted } from '../../../../src/ui/run/interrupted.ts';
import { defaultScenario } from '../../../../src/scenario/parse.ts';

function memory(init: Record<string, string>) {
  const m = new Map(Object.entries(init));
  const store: Store & Pick<Storage, 'removeItem'> = {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
  return store;
}

// JSON-ish text: valid JSON of any shape (prototype keys included), truncated JSON, or anything
const hostile = fc.oneof(
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify({ schemaVersion: 1, ...(typeof v === 'object' && v ? v : { v }) })),
  fc.constantFrom(
    '{"__proto__":{"polluted":1}}',
    '{"constructor":{"prototype":{"polluted":1}}}',
    '[{"__proto__":{"polluted":1}}]',
    '{"schemaVersion":1,',
    'null',
    '',
    '\u0000',
  ),
  fc.string(),
);

describe('stored values are read defensively', () => {
  it('autosave, history and the run note never throw or pollute, whatever is stored', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (tab, shared, history, note) => {
        const session = memory({ [AUTOSAVE_KEY]: tab, [RUN_KEY]: note });
        const local = memory({ [AUTOSAVE_KEY]: shared, [HISTORY_KEY]: history });
        const r = readAutosave(tabStorage(session, local));
        expect(['none', 'ok', 'invalid']).toContain(r.kind);
        if (r.kind === 'invalid') expect(r.errors.length).toBeGreaterThan(0);
        const entries = readHistory(local);
        for (const e of entries) expect(typeof e.text).toBe('string');
        restorable(entries, defaultScenario());
        recordHistory(local, 'x', JSON.stringify(defaultScenario()), 1);
        const lost = takeInterrupted(session);
        if (lost) expect(Number.isInteger(lost.period) && Number.isInteger(lost.horizon)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('notes a run under way and takes the note once', () => {
    const session = memory({ [RUN_KEY]: JSON.stringify({ period: 12, horizon: 60 }) });
    expect(takeInterrupted(session)).toEqual({ period: 12, horizon: 60 });
    expect(takeInterrupted(session)).toBeNull();
    expect(takeInterrupted(memory({ [RUN_KEY]: '{"period":-1,"horizon":60}' }))).toBeNull();
    expect(takeInterrupted(undefined)).toBeNull();
  });
});
