// The run's keyboard shortcut: R runs, pauses and resumes (as the toolbar's first button does),
// so the run can be driven without tabbing to it. Ignored while typing in a field or with a
// modifier held, as the presentation keys are (teach/keys.ts).

export interface Runnable {
  status: string;
  run(): unknown;
  pause(): void;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}

/** Returns true when the key was the shortcut (and was handled). */
export function runKeys(e: Pick<KeyboardEvent, 'key' | 'target' | 'ctrlKey' | 'metaKey' | 'altKey' | 'preventDefault'>, live: Runnable): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return false;
  if (e.key !== 'r' && e.key !== 'R') return false;
  if (live.status === 'running') live.pause();
  else if (live.status === 'idle' || live.status === 'paused') void live.run();
  else return false;
  e.preventDefault();
  return true;
}
