// Keyboard shortcuts of the classroom display: P toggles presentation mode, Esc leaves it.
// Ignored while typing in a field or with a modifier held, so they never steal input.

export interface Presentable {
  presenting: boolean;
  glossaryOpen: boolean;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}

/** Returns true when the key was a shortcut (and was handled). */
export function presentationKeys(e: Pick<KeyboardEvent, 'key' | 'target' | 'ctrlKey' | 'metaKey' | 'altKey' | 'preventDefault'>, view: Presentable): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return false;
  if ((e.key === 'p' || e.key === 'P') && !view.glossaryOpen) {
    view.presenting = !view.presenting;
    e.preventDefault();
    return true;
  }
  if (e.key === 'Escape' && view.presenting && !view.glossaryOpen) {
    view.presenting = false;
    return true;
  }
  return false;
}
