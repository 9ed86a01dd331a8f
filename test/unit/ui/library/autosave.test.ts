import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AUTOSAVE_KEY,
  debouncedSaver,
  readAutosave,
  REJECTED_KEY,
  siteStorage,
  tabStorage,
  writeAutosave,
  type Store,
} from '../../../../src/ui/io/autosave.ts';
import { defaultScenario } from '../../../../src/scenario/parse.ts';
import { scenarioWith } from '../../../helpers.ts';

/** A fake Storage; `quota` makes setItem throw as a full one does. */
function memory(init: Record<string, string> = {}, quota = Infinity) {
  const m = new Map(Object.entries(init));
  const store: Store = {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      m.set(k, v);
    },
  };
  return { store, m };
}
const throwing: Store = {
  getItem: () => {
    throw new Error('blocked');
  },
  setItem: () => {
    throw new Error('blocked');
  },
};

describe('autosave', () => {
  it('round-trips a scenario, every value and the seed', () => {
    const s = defaultScenario({ seed: 42, horizon: 36 });
    const { store, m } = memory();
    expect(writeAutosave(store, s)).toBe(true);
    expect(m.has(AUTOSAVE_KEY)).toBe(true);
    expect(readAutosave(store)).toEqual({ kind: 'ok', scenario: s, notices: [] });
  });

  it('says "none" when nothing was saved, or storage is missing or blocked', () => {
    expect(readAutosave(memory().store)).toEqual({ kind: 'none' });
    expect(readAutosave(undefined)).toEqual({ kind: 'none' });
    expect(readAutosave(throwing)).toEqual({ kind: 'none' });
  });

  it('refuses a saved copy that no longer validates, with the field named, and keeps it aside', () => {
    const stale = '{"schemaVersion":1,"horizon":5000}';
    const { store, m } = memory({ [AUTOSAVE_KEY]: stale });
    expect(readAutosave(store)).toEqual({ kind: 'invalid', errors: ['horizon: must be ≤ 1040'], kept: true });
    expect(m.get(REJECTED_KEY)).toBe(stale);
    expect(readAutosave(memory({ [AUTOSAVE_KEY]: 'garbage' }).store).kind).toBe('invalid');
  });

  it('says the refused copy was not kept when it does not fit (storage full)', () => {
    const stale = `{"schemaVersion":1,"horizon":5000,"meta":{"title":{"en":"${'x'.repeat(100)}"}}}`;
    const { store, m } = memory({ [AUTOSAVE_KEY]: stale }, 50); // the quota: nothing this long fits
    expect(readAutosave(store)).toMatchObject({ kind: 'invalid', kept: false });
    expect(m.has(REJECTED_KEY)).toBe(false);
  });

  it('migrates an old saved copy and passes the notice on', () => {
    const r = readAutosave(memory({ [AUTOSAVE_KEY]: '{"population":3000}' }).store);
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') {
      expect(r.scenario.population.size).toBe(3000);
      expect(r.notices[0]).toMatch(/version 0/);
    }
  });

  it('reports a refused write instead of throwing', () => {
    expect(writeAutosave(memory({}, 10).store, defaultScenario())).toBe(false);
    expect(writeAutosave(throwing, defaultScenario())).toBe(false);
    expect(writeAutosave(undefined, defaultScenario())).toBe(false);
  });
});

describe('debounced autosave', () => {
  afterEach(() => void vi.useRealTimers());
  const horizonSaved = (store: Store) => {
    const r = readAutosave(store);
    return r.kind === 'ok' ? r.scenario.horizon : null;
  };

  it('writes once, 300 ms after the last of a burst of edits', () => {
    vi.useFakeTimers();
    const { store } = memory();
    const setItem = vi.spyOn(store, 'setItem');
    const saver = debouncedSaver(store, 300);
    for (const h of [50, 51, 52]) {
      saver.schedule(defaultScenario({ horizon: h }));
      vi.advanceTimersByTime(100);
    }
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(199);
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(horizonSaved(store)).toBe(52);
  });

  it('tells whether each write was stored (a scenario larger than the quota is not)', () => {
    vi.useFakeTimers();
    const heard: boolean[] = [];
    const quota = JSON.stringify(defaultScenario()).length + 100;
    const saver = debouncedSaver(memory({}, quota).store, 300, (ok) => heard.push(ok));
    saver.schedule(defaultScenario());
    vi.advanceTimersByTime(300);
    saver.schedule(scenarioWith({ meta: { description: { en: 'x'.repeat(2000), zh: '' } } }));
    vi.advanceTimersByTime(300);
    expect(heard).toEqual([true, false]);
  });

  it('writes a pending scenario at once on flush (the page is hidden), and only once', () => {
    vi.useFakeTimers();
    const { store } = memory();
    const setItem = vi.spyOn(store, 'setItem');
    const saver = debouncedSaver(store, 300);
    saver.flush();
    expect(setItem).not.toHaveBeenCalled();
    saver.schedule(defaultScenario({ horizon: 33 }));
    saver.flush();
    expect(horizonSaved(store)).toBe(33);
    vi.advanceTimersByTime(1000);
    expect(setItem).toHaveBeenCalledTimes(1);
  });
});

describe('autosave with two tabs', () => {
  it("restores each tab's own scenario after its reload, and the latest one in a new tab", () => {
    const shared = memory();
    const tabA = tabStorage(memory().store, shared.store);
    const tabB = tabStorage(memory().store, shared.store);
    const a = defaultScenario({ seed: 1 });
    const b = defaultScenario({ seed: 2 });
    writeAutosave(tabA, a);
    writeAutosave(tabB, b); // B saved last
    expect(readAutosave(tabA)).toMatchObject({ kind: 'ok', scenario: { seed: 1 } });
    expect(readAutosave(tabB)).toMatchObject({ kind: 'ok', scenario: { seed: 2 } });
    const newTab = tabStorage(memory().store, shared.store);
    expect(readAutosave(newTab)).toMatchObject({ kind: 'ok', scenario: { seed: 2 } });
  });

  it('opens the good shared copy when this tab’s own copy is corrupt, and never the defaults', () => {
    const good = defaultScenario({ seed: 77, horizon: 40 });
    const shared = memory({ [AUTOSAVE_KEY]: JSON.stringify(good) });
    const session = memory({ [AUTOSAVE_KEY]: '{"schemaVersion":1,' });
    const tab = tabStorage(session.store, shared.store);
    const r = readAutosave(tab);
    expect(r).toMatchObject({ kind: 'ok', scenario: { seed: 77, horizon: 40 } });
    expect(r.kind === 'ok' && r.passedOver?.[0]).toMatch(/^\(file\): not valid JSON/);
    // the corrupt copy is set aside; the good shared copy is untouched until the next save of the good scenario
    expect(shared.m.get(REJECTED_KEY)).toBe('{"schemaVersion":1,');
    expect(JSON.parse(shared.m.get(AUTOSAVE_KEY)!)).toMatchObject({ seed: 77 });
  });

  it('works on one store when the other is missing or blocked, and fails only when both do', () => {
    const s = defaultScenario({ seed: 9 });
    for (const [session, shared] of [
      [undefined, memory().store],
      [memory().store, undefined],
      [throwing, memory().store],
      [memory().store, throwing],
    ] as const) {
      const tab = tabStorage(session, shared)!;
      expect(writeAutosave(tab, s)).toBe(true);
      expect(readAutosave(tab)).toMatchObject({ kind: 'ok', scenario: { seed: 9 } });
    }
    expect(tabStorage(undefined, undefined)).toBeUndefined();
    expect(writeAutosave(tabStorage(throwing, throwing), s)).toBe(false);
    expect(readAutosave(tabStorage(throwing, throwing))).toEqual({ kind: 'none' });
  });
});

describe('site storage the browser blocks', () => {
  const name = 'localStorage';
  const saved = Object.getOwnPropertyDescriptor(globalThis, name);
  afterEach(() => {
    if (saved) Object.defineProperty(globalThis, name, saved);
    else delete (globalThis as Record<string, unknown>)[name];
  });
  const define = (get: () => unknown) => Object.defineProperty(globalThis, name, { configurable: true, get });

  it('is undefined, not an exception, when touching it throws', () => {
    define(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(siteStorage(name)).toBeUndefined();
    define(() => ({
      getItem: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    }));
    expect(siteStorage(name)).toBeUndefined();
  });

  it('is the store when it can be read, even full (what it holds is still read back)', () => {
    const store = {
      getItem: (k: string) => (k === AUTOSAVE_KEY ? JSON.stringify(defaultScenario({ seed: 3 })) : null),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    define(() => store);
    expect(siteStorage(name)).toBe(store);
    expect(readAutosave(tabStorage(undefined, siteStorage(name)))).toMatchObject({ kind: 'ok', scenario: { seed: 3 } });
  });
});
