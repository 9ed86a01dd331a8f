// Earlier autosaved scenarios, so that nothing opened later (a share link in another tab, a
// library scenario, a file) can take the only copy of someone's work: the browser keeps the
// latest version of each of the last few scenarios edited, and "Restore previous" lists them.
// One entry per scenario opened in a page (an `id`): its edits update that entry in place, so
// the history holds different pieces of work, not every keystroke.
import { parseScenarioText } from '../../scenario/parse.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { AUTOSAVE_KEY, type Store } from './autosave.ts';

export const HISTORY_KEY = 'loyalty-lab.scenario.history';
/** Five earlier scenarios: enough to go back past a few links opened in a row, small next to the quota. */
export const HISTORY_SIZE = 5;

export interface Earlier {
  id: string;
  /** When it was last saved (ms since 1970). */
  savedAt: number;
  /** The scenario as autosaved (JSON). */
  text: string;
}

function isEarlier(x: unknown): x is Earlier {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.text === 'string' && typeof e.savedAt === 'number' && Number.isFinite(e.savedAt);
}

/** The stored history, newest first; whatever does not have the expected shape is dropped. */
export function readHistory(store: Store | undefined): Earlier[] {
  try {
    const text = store?.getItem(HISTORY_KEY);
    if (!text) return [];
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isEarlier).slice(0, HISTORY_SIZE) : [];
  } catch {
    return [];
  }
}

/** Records the latest version of scenario `id`; false if it could not be stored at all. A
 *  full store drops the oldest entries first. */
export function recordHistory(store: Store | undefined, id: string, text: string, now: number): boolean {
  if (!store) return false;
  // the same text under another id is the same work (a reload, a new tab opened on it)
  const rest = readHistory(store).filter((e) => e.id !== id && e.text !== text);
  const entries = [{ id, savedAt: now, text }, ...rest].slice(0, HISTORY_SIZE);
  while (entries.length) {
    try {
      store.setItem(HISTORY_KEY, JSON.stringify(entries));
      return true;
    } catch {
      entries.pop();
    }
  }
  return false;
}

/** Puts the shared autosaved copy into the history if it is not there (one written before the
 *  history existed, or whose entry did not fit), before anything opened now can overwrite it. */
export function keepSharedCopy(store: Store | undefined, id: string, now: number): void {
  let text: string | null = null;
  try {
    text = store?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return;
  }
  if (text !== null && !readHistory(store).some((e) => e.text === text)) recordHistory(store, id, text, now);
}

export interface Restorable {
  scenario: Scenario;
  savedAt: number;
}

/** The entries that can be restored (they still validate), other than the scenario shown now. */
export function restorable(entries: readonly Earlier[], current: Scenario): Restorable[] {
  const now = JSON.stringify(current);
  const out: Restorable[] = [];
  for (const e of entries) {
    if (e.text === now) continue;
    const r = parseScenarioText(e.text);
    if (r.ok && JSON.stringify(r.scenario) !== now) out.push({ scenario: r.scenario, savedAt: e.savedAt });
  }
  return out;
}
