// The scenario being edited survives a reload or a crash: it is kept in localStorage and read
// back through the same validation as a file, since a schema change can invalidate it.
import { parseScenarioText } from '../../scenario/parse.ts';
import type { Scenario } from '../../scenario/schema.ts';

export const AUTOSAVE_KEY = 'loyalty-lab.scenario';
/** Where a saved copy that no longer validates is moved, so it can still be recovered by hand. */
export const REJECTED_KEY = 'loyalty-lab.scenario.rejected';
/** Typing pauses longer than this between keystrokes; one write per burst of edits. */
export const AUTOSAVE_MS = 300;

export type Store = Pick<Storage, 'getItem' | 'setItem'>;

export type Saved =
  | { kind: 'none' }
  /** `passedOver`: why a copy read before this one (the tab's own) was refused. */
  | { kind: 'ok'; scenario: Scenario; notices: string[]; passedOver?: string[] }
  /** `kept`: whether the refused text could be set aside under REJECTED_KEY (not when storage is full). */
  | { kind: 'invalid'; errors: string[]; kept: boolean };

/** A store that can list every copy it holds of a key, most specific first (see tabStorage). */
export type CopyStore = Store & { copies?(key: string): string[] };

/** The browser's `name` storage, or undefined where touching it throws (site data blocked,
 *  sandboxed frames). Never throws. A store that is only full is returned: what it holds can
 *  still be read, and a refused write is reported when it happens. */
export function siteStorage(name: 'sessionStorage' | 'localStorage'): Storage | undefined {
  try {
    const store = globalThis[name];
    store?.getItem(AUTOSAVE_KEY);
    return store ?? undefined;
  } catch {
    return undefined;
  }
}

/** The browser's storage for autosave (see tabStorage), or undefined where both are blocked. */
export function browserStorage(): CopyStore | undefined {
  return tabStorage(siteStorage('sessionStorage'), siteStorage('localStorage'));
}

/** Two tabs must not take each other's work: each writes its own copy to `session` (one per
 *  tab, kept across that tab's reloads) and the latest copy of any tab to `shared` (what a new
 *  tab starts from). Reads take the tab's own copy first. A store that throws is passed over. */
export function tabStorage(session: Store | undefined, shared: Store | undefined): CopyStore | undefined {
  const stores = [session, shared].filter((x): x is Store => x !== undefined);
  if (!stores.length) return undefined;
  const copies = (key: string): string[] => {
    const out: string[] = [];
    for (const store of stores) {
      try {
        const value = store.getItem(key);
        if (value !== null) out.push(value);
      } catch {
        // blocked: try the next
      }
    }
    return out;
  };
  return {
    copies,
    getItem: (key) => copies(key)[0] ?? null,
    setItem(key, value) {
      let failure: unknown = null;
      let written = 0;
      for (const store of stores) {
        try {
          store.setItem(key, value);
          written++;
        } catch (e) {
          failure = e;
        }
      }
      if (!written) throw failure;
    },
  };
}

/** The first saved copy that validates: the tab's own, else the latest of any tab. A good
 *  shared copy is never passed over for the defaults because the tab's own copy is corrupt
 *  (the next autosave would then overwrite the only good copy). */
export function readAutosave(storage: CopyStore | undefined): Saved {
  let texts: string[];
  try {
    texts = storage ? (storage.copies?.(AUTOSAVE_KEY) ?? [storage.getItem(AUTOSAVE_KEY)].filter((x) => x !== null)) : [];
  } catch {
    return { kind: 'none' };
  }
  let refused: { text: string; errors: string[] } | null = null;
  for (const text of texts) {
    const r = parseScenarioText(text);
    if (r.ok) {
      if (refused) setAside(storage, refused.text);
      return refused
        ? { kind: 'ok', scenario: r.scenario, notices: r.notices, passedOver: refused.errors }
        : { kind: 'ok', scenario: r.scenario, notices: r.notices };
    }
    refused ??= { text, errors: r.errors };
  }
  if (!refused) return { kind: 'none' };
  return { kind: 'invalid', errors: refused.errors, kept: setAside(storage, refused.text) };
}

/** Keeps a refused copy where the next autosave will not overwrite it; false if it did not fit. */
function setAside(storage: Store | undefined, text: string): boolean {
  try {
    storage?.setItem(REJECTED_KEY, text);
    return storage !== undefined && storage.getItem(REJECTED_KEY) === text;
  } catch {
    return false; // full or blocked: the copy is lost when the next save overwrites it
  }
}

/** False when the browser refused (quota, private mode); autosave is a convenience, not a must. */
export function writeAutosave(storage: Store | undefined, scenario: Scenario | string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(AUTOSAVE_KEY, typeof scenario === 'string' ? scenario : JSON.stringify(scenario));
    return true;
  } catch {
    return false;
  }
}

export interface Saver {
  /** Replaces any pending write; the write happens `delay` ms after the last call. */
  schedule(scenario: Scenario): void;
  /** Writes the pending scenario now, if there is one. */
  flush(): void;
}

/** `saved` hears whether each write was stored (false: full or blocked, nothing kept). */
export function debouncedSaver(storage: Store | undefined, delay = AUTOSAVE_MS, saved: (ok: boolean, text: string) => void = () => {}): Saver {
  let pending: Scenario | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (pending) {
      const text = JSON.stringify(pending);
      saved(writeAutosave(storage, text), text);
    }
    pending = null;
  };
  return {
    schedule(scenario) {
      pending = scenario;
      clearTimeout(timer);
      timer = setTimeout(flush, delay);
    },
    flush,
  };
}
