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
  | { kind: 'ok'; scenario: Scenario; notices: string[] }
  | { kind: 'invalid'; errors: string[] };

/** The browser's storage for autosave (see tabStorage), or undefined where it is blocked
 *  (reading either one throws in sandboxed frames and some private modes). */
export function browserStorage(): Store | undefined {
  const get = (name: 'sessionStorage' | 'localStorage'): Store | undefined => {
    try {
      return globalThis[name] ?? undefined;
    } catch {
      return undefined;
    }
  };
  return tabStorage(get('sessionStorage'), get('localStorage'));
}

/** Two tabs must not take each other's work: each writes its own copy to `session` (one per
 *  tab, kept across that tab's reloads) and the latest copy of any tab to `shared` (what a new
 *  tab starts from). Reads take the tab's own copy first. A store that throws is passed over. */
export function tabStorage(session: Store | undefined, shared: Store | undefined): Store | undefined {
  const stores = [session, shared].filter((x): x is Store => x !== undefined);
  if (!stores.length) return undefined;
  return {
    getItem(key) {
      for (const store of stores) {
        try {
          const value = store.getItem(key);
          if (value !== null) return value;
        } catch {
          // blocked: try the next
        }
      }
      return null;
    },
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

export function readAutosave(storage: Store | undefined): Saved {
  let text: string | null;
  try {
    text = storage?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const r = parseScenarioText(text);
  if (r.ok) return { kind: 'ok', scenario: r.scenario, notices: r.notices };
  try {
    storage?.setItem(REJECTED_KEY, text);
  } catch {
    // full or blocked: the copy is lost when the next save overwrites it
  }
  return { kind: 'invalid', errors: r.errors };
}

/** False when the browser refused (quota, private mode); autosave is a convenience, not a must. */
export function writeAutosave(storage: Store | undefined, scenario: Scenario): boolean {
  if (!storage) return false;
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(scenario));
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

export function debouncedSaver(storage: Store | undefined, delay = AUTOSAVE_MS): Saver {
  let pending: Scenario | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (pending) writeAutosave(storage, pending);
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
