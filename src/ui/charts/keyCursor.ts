// The keyboard read-out of a chart over periods: which period a key moves it to.

const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };

/** Where the read-out goes from period `at` (null: not shown yet, starts at the last) with
 *  periods 0..last: arrows move a period, Page keys ten, Home and End to the ends. Returns
 *  null for Escape (hide it) and undefined for a key that is not the chart's. */
export function periodAfterKey(key: string, at: number | null, last: number, first = 0): number | null | undefined {
  if (key === 'Escape') return null;
  if (key === 'Home') return first;
  if (key === 'End') return last;
  if (!(key in STEPS)) return undefined;
  return Math.max(first, Math.min(last, (at ?? last) + STEPS[key]));
}
