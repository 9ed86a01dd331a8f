// Autosave as effects of the component that owns the draft: a write ~300 ms after the last
// change, and at once when the page is hidden or closed (so an edit just before a reload is
// not lost to the debounce). Each stored write also updates the scenario's entry in the
// history of earlier scenarios (history.ts); a refused write is reported.
import type { Scenario } from '../../scenario/schema.ts';
import { AUTOSAVE_MS, debouncedSaver, type Store } from './autosave.ts';
import { recordHistory } from './history.ts';

export interface KeepOptions {
  /** Where earlier scenarios are kept (shared by the tabs) and the id of the current one. */
  history?: { store: Store | undefined; id: () => string };
  /** Hears whether each write was stored. */
  saved?: (ok: boolean) => void;
  delay?: number;
}

/** Call during component initialisation; `current` is read reactively. */
export function keepSaved(current: () => Scenario, storage: Store | undefined, options: KeepOptions = {}): void {
  const { history, saved, delay = AUTOSAVE_MS } = options;
  const saver = debouncedSaver(storage, delay, (ok, text) => {
    if (ok && history) recordHistory(history.store, history.id(), text, Date.now());
    saved?.(ok);
  });
  $effect(() => saver.schedule(current()));
  $effect(() => {
    addEventListener('pagehide', saver.flush);
    return () => {
      removeEventListener('pagehide', saver.flush);
      saver.flush();
    };
  });
}
