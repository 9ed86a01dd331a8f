// Autosave as an effect of the component that owns the draft: a write ~300 ms after the last
// change, and one more when the page is hidden or closed (so an edit just before a reload is
// not lost to the debounce).
import { untrack } from 'svelte';
import type { Scenario } from '../../scenario/schema.ts';
import { AUTOSAVE_MS, writeAutosave, type Store } from './autosave.ts';

/** Call during component initialisation; `current` is read reactively. */
export function keepSaved(current: () => Scenario, storage: Store | undefined, delay = AUTOSAVE_MS): void {
  $effect(() => {
    const scenario = current();
    const timer = setTimeout(() => writeAutosave(storage, scenario), delay);
    return () => clearTimeout(timer);
  });
  $effect(() => {
    const flush = () => writeAutosave(storage, untrack(current));
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  });
}
