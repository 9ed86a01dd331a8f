// Earlier autosaved scenarios: a link opened in another tab never takes the only copy of someone's work.
import { describe, expect, it } from 'vitest';
import { HISTORY_KEY, HISTORY_SIZE, keepSharedCopy, readHistory, recordHistory, restorable } from '../../../../src/ui/io/history.ts';
import { AUTOSAVE_KEY, debouncedSaver, readAutosave, tabStorage, type Store } from '../../../../src/ui/io/autosave.ts';
import { defaultScenario } from '../../../../src/scenario/parse.ts';

function memory(quota = Infinity) {
  const m = new Map<string, string>();
  const store: Store = {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      m.set(k, v);
    },
  };
  return { store, m };
}
const text = (seed: number) => JSON.stringify(defaultScenario({ seed }));

describe('history of earlier scenarios', () => {
  it('keeps the latest version of each scenario, newest first, at most five', () => {
    const { store } = memory();
    recordHistory(store, 'a', text(1), 1);
    recordHistory(store, 'a', text(2), 2); // an edit of the same scenario replaces its entry
    recordHistory(store, 'b', text(3), 3);
    expect(readHistory(store).map((e) => [e.id, e.savedAt])).toEqual([
      ['b', 3],
      ['a', 2],
    ]);
    for (let i = 0; i < 10; i++) recordHistory(store, `x${i}`, text(10 + i), 10 + i);
    expect(readHistory(store)).toHaveLength(HISTORY_SIZE);
    expect(readHistory(store)[0].id).toBe('x9');
  });

  it('keeps one entry for the same text under two ids (a reload, a new tab on the same work)', () => {
    const { store } = memory();
    recordHistory(store, 'a', text(1), 1);
    recordHistory(store, 'b', text(1), 2);
    expect(readHistory(store).map((e) => e.id)).toEqual(['b']);
  });

  it('drops the oldest entries when the store is full, and reads a damaged history as empty', () => {
    const one = JSON.stringify([{ id: 'x', savedAt: 1, text: text(1) }]).length;
    const { store, m } = memory(one * 2.5);
    for (let i = 0; i < 4; i++) expect(recordHistory(store, `s${i}`, text(i), i)).toBe(true);
    expect(readHistory(store).map((e) => e.id)).toEqual(['s3', 's2']);
    m.set(HISTORY_KEY, '{"not":"a list"}');
    expect(readHistory(store)).toEqual([]);
    m.set(HISTORY_KEY, JSON.stringify([{ id: 1 }, { id: 'ok', savedAt: 5, text: 'x' }, null]));
    expect(readHistory(store)).toEqual([{ id: 'ok', savedAt: 5, text: 'x' }]);
    expect(recordHistory(undefined, 'a', 'x', 1)).toBe(false);
  });

  it('takes the shared copy found at start into the history once (work saved before the history existed)', () => {
    const { store, m } = memory();
    m.set(AUTOSAVE_KEY, text(5));
    keepSharedCopy(store, 'p.found', 9);
    keepSharedCopy(store, 'q.found', 10);
    expect(readHistory(store)).toEqual([{ id: 'p.found', savedAt: 9, text: text(5) }]);
    keepSharedCopy(memory().store, 'r', 1); // nothing saved: nothing to keep
  });

  it('offers what validates and differs from the scenario shown', () => {
    const entries = [
      { id: 'a', savedAt: 3, text: text(1) },
      { id: 'b', savedAt: 2, text: '{"horizon": 99999}' },
      { id: 'c', savedAt: 1, text: text(2) },
    ];
    expect(restorable(entries, defaultScenario({ seed: 2 })).map((r) => [r.scenario.seed, r.savedAt])).toEqual([[1, 3]]);
  });

  it('tab A’s work survives a link opened in tab B: a new tab C can restore it', () => {
    const shared = memory();
    const autosave = (session: Store, id: string, seed: number) => {
      const saver = debouncedSaver(tabStorage(session, shared.store), 0, (ok, t) => ok && recordHistory(shared.store, id, t, seed));
      saver.schedule(defaultScenario({ seed }));
      saver.flush();
    };
    autosave(memory().store, 'A.0', 11); // tab A's edits, then A is closed
    autosave(memory().store, 'B.0', 22); // tab B opens a link (seed 22), then is closed
    const tabC = tabStorage(memory().store, shared.store);
    const r = readAutosave(tabC);
    expect(r.kind === 'ok' && r.scenario.seed).toBe(22); // C starts from the latest copy: the link's
    expect(JSON.parse(shared.m.get(AUTOSAVE_KEY)!).seed).toBe(22);
    expect(restorable(readHistory(shared.store), defaultScenario({ seed: 22 })).map((x) => x.scenario.seed)).toEqual([11]);
  });
});
