// Number formats for axes, tooltips and tables.
import { format } from 'd3';

const si = format('.3~s');
const fixed1 = format('.1f');

/** Compact numbers: 12.3k, 1.2M, 0.35. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a >= 1000) return si(v).replace('G', 'B');
  if (a >= 100) return String(Math.round(v));
  if (a >= 1) return fixed1(v);
  return a === 0 ? '0' : format('.2~r')(v);
}

export function formatPercent(v: number): string {
  return Number.isFinite(v) ? `${fixed1(v)}%` : '–';
}

export function formatSigned(v: number, f: (v: number) => string = formatNumber): string {
  if (!Number.isFinite(v)) return '–';
  return v > 0 ? `+${f(v)}` : f(v);
}

/** Seconds as "1 min 05 s" / "12 s". */
export function formatDuration(s: number): string {
  if (!Number.isFinite(s)) return '–';
  const r = Math.max(0, Math.round(s));
  return r >= 60 ? `${Math.floor(r / 60)} min ${String(r % 60).padStart(2, '0')} s` : `${r} s`;
}

/** Field bounds as written: 1,000,000 · 0.2 · 4,294,967,295. */
export function formatBound(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return Number.isInteger(v) ? v.toLocaleString('en') : String(v);
}

export function formatInteger(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v)) : '–';
}
