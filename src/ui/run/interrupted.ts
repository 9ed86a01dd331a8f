// A run lives only in its worker, so a reload loses it. The tab notes, while a run is under
// way, how far it got (in sessionStorage, which survives the reload); the next page load reads
// the note and says what was lost instead of silently showing an empty run.
import type { RunStatus } from './liveRun.svelte.ts';

export const RUN_KEY = 'loyalty-lab.run';

export type NoteStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface RunNote {
  period: number;
  horizon: number;
}

/** A run is under way (and would be lost to a reload) while it runs or waits paused. */
export function underWay(status: RunStatus): boolean {
  return status === 'running' || status === 'paused';
}

/** Writes the note for a run under way, or removes it. Never throws (storage may be blocked). */
export function noteRun(store: NoteStore | undefined, note: RunNote | null): void {
  try {
    if (note) store?.setItem(RUN_KEY, JSON.stringify(note));
    else store?.removeItem(RUN_KEY);
  } catch {
    // not noted: a reload then loses the run without the notice
  }
}

/** The note left by the previous page in this tab, if a run was under way; removes it. */
export function takeInterrupted(store: NoteStore | undefined): RunNote | null {
  try {
    const text = store?.getItem(RUN_KEY) ?? null;
    store?.removeItem(RUN_KEY);
    if (text === null) return null;
    const v = JSON.parse(text) as Partial<RunNote> | null;
    const whole = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
    return v && whole(v.period) && whole(v.horizon) ? { period: v.period, horizon: v.horizon } : null;
  } catch {
    return null;
  }
}
