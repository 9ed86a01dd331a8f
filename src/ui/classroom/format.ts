// Numbers for the game's screens, from the app's own formats.
import { formatNumber } from '../series/format.ts';

export const pct = (v: number | null | undefined): string => (v === null || v === undefined || !Number.isFinite(v) ? '–' : `${(100 * v).toFixed(1)}%`);
export const num = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : formatNumber(v));
export const score = (v: number | null | undefined): string => (v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(0));

/** The last value of a series that has one. */
export function last<T>(xs: readonly T[]): T | undefined {
  return xs[xs.length - 1];
}
