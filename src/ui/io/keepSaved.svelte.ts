// Autosave as effects of the component that owns the draft: a write ~300 ms after the last
// change, and at once when the page is hidden or closed (so an edit just before a reload is
// not lost to the debounce).
import type { Scenario } from '../../scenario/schema.ts';
import { AUTOSAVE_MS, debouncedSaver, type Store } from './autosave.ts';

/** Call during component initialisation; `current` is read reactively. */
export function keepSaved(current: () => Scenario, storage: Store | undefined, delay = AUTOSAVE_MS): void {
  const saver = debouncedSaver(storage, delay);
  $effect(() => saver.schedule(current()));
  $effect(() => {
    addEventListener('pagehide', saver.flush);
    return () => {
      removeEventListener('pagehide', saver.flush);
      saver.flush();
    };
  });
}
