// Observed data for a calibration, from CSV: one row per observation, in the scenario's time
// base (period 0 is the first reported period, as in the output of npm run sim).
//
//   kind,firm,period,value,weight,scale
//   retention,0,0,0.981,,
//   nps,0,11,32,2,
//   survival,0,12,0.71,,
//   retentionbyband,0,14,0.93,,
//
// For survival the period column is the age in periods (1, 2, …), for retentionbyband the
// satisfaction band (0 … 15); see kinds.ts. kind, period and value are required; firm defaults to 0, weight to 1 (relative importance of
// the row), scale to the kind's (kinds.ts). Blank lines and lines starting with # are skipped.
// A stranger's file: size and row limits first, every number checked, every error naming its
// line and column.
import { KIND_NAMES, PLANNED_KINDS, TARGET_KINDS, type TargetKind, type TargetKindName } from './kinds.ts';

export const MAX_TARGET_BYTES = 1_000_000;
export const MAX_TARGET_ROWS = 10_000;
const MAX_ERRORS = 20;
const MAX_WEIGHT = 1e6;
const MAX_PERIOD = 100_000;
const MAX_FIRM = 99;

export interface Target {
  kind: TargetKindName;
  firm: number;
  period: number;
  value: number;
  weight: number;
  scale: number;
  /** Line of the file, for later errors (e.g. a period past the scenario's horizon). */
  line: number;
}

const COLUMNS = ['kind', 'firm', 'period', 'value', 'weight', 'scale'] as const;
const REQUIRED = ['kind', 'period', 'value'];
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?$/;

export type TargetParse = { ok: true; targets: Target[] } | { ok: false; errors: string[] };

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function cellsOf(line: string): string[] {
  return line.split(',').map((c) => {
    const t = c.trim();
    return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).trim() : t;
  });
}

export function parseTargetsText(text: string): TargetParse {
  if (text.length > MAX_TARGET_BYTES || new TextEncoder().encode(text).length > MAX_TARGET_BYTES)
    return { ok: false, errors: [`(file): larger than the ${MAX_TARGET_BYTES / 1e6} MB limit for targets`] };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\0')) return { ok: false, errors: ['(file): is not text (it holds a NUL byte)'] };
  const lines = text.split(/\r\n|\n|\r/);
  const errors: string[] = [];
  const headerAt = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (headerAt < 0) return { ok: false, errors: ['(file): has no header line (kind,firm,period,value,weight,scale)'] };
  const header = cellsOf(lines[headerAt]).map((h) => h.toLowerCase());
  header.forEach((h, j) => {
    if (!(COLUMNS as readonly string[]).includes(h))
      errors.push(`line ${headerAt + 1}, column ${j + 1}: unknown column "${clip(h)}" (expected ${COLUMNS.join(', ')})`);
    else if (header.indexOf(h) < j) errors.push(`line ${headerAt + 1}, column ${j + 1}: "${h}" appears twice`);
  });
  for (const r of REQUIRED) if (!header.includes(r)) errors.push(`line ${headerAt + 1}: the header has no "${r}" column (needed: ${REQUIRED.join(', ')})`);
  if (errors.length) return { ok: false, errors };
  const targets: Target[] = [];
  const seen = new Map<string, number>();
  for (let i = headerAt + 1; i < lines.length && errors.length < MAX_ERRORS; i++) {
    const raw = lines[i];
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const line = i + 1;
    if (targets.length >= MAX_TARGET_ROWS) {
      errors.push(`line ${line}: more than ${MAX_TARGET_ROWS} rows, the limit of one file`);
      break;
    }
    const cells = cellsOf(raw);
    if (cells.length !== header.length) {
      errors.push(`line ${line}: ${cells.length} cells, but the header has ${header.length} columns`);
      continue;
    }
    const cell = (c: string) => cells[header.indexOf(c)] ?? '';
    const before = errors.length;
    const number = (c: string, fallback: number | null, check: (x: number) => string | null): number => {
      const t = cell(c);
      if (t === '' && fallback !== null) return fallback;
      if (t === '') return (errors.push(`line ${line}, column ${c}: is empty`), NaN);
      if (!NUMBER.test(t)) return (errors.push(`line ${line}, column ${c}: "${clip(t)}" is not a number`), NaN);
      const x = Number(t);
      const why = Number.isFinite(x) ? check(x) : 'must be a finite number';
      if (why) errors.push(`line ${line}, column ${c}: ${why} (got ${clip(t)})`);
      return x;
    };
    const kindText = cell('kind').toLowerCase();
    let kind: TargetKindName | null = null;
    if ((KIND_NAMES as string[]).includes(kindText)) kind = kindText as TargetKindName;
    else if (PLANNED_KINDS[kindText]) errors.push(`line ${line}, column kind: "${kindText}": ${PLANNED_KINDS[kindText]}`);
    else errors.push(`line ${line}, column kind: "${clip(cell('kind'))}" is not a kind of target (${KIND_NAMES.join(', ')})`);
    const whole = (max: number) => (x: number) => (Number.isInteger(x) && x >= 0 && x <= max ? null : `must be a whole number from 0 to ${max}`);
    const firm = number('firm', 0, whole(MAX_FIRM));
    const spec: TargetKind | null = kind ? TARGET_KINDS[kind] : null;
    const period = number('period', null, (x) => {
      const lo = spec?.minPeriod ?? 0;
      const hi = spec?.maxPeriod ?? MAX_PERIOD;
      if (Number.isInteger(x) && x >= lo && x <= hi) return null;
      if (kind === 'survival') return `a survival row's period is the age in periods, a whole number from ${lo} to ${hi}`;
      if (kind === 'retentionbyband') return `a retentionbyband row's period is the satisfaction band, a whole number from ${lo} (1–1.25) to ${hi} (4.75–5)`;
      return `must be a whole number from ${lo} to ${hi}`;
    });
    const value = number('value', null, (x) => (spec && (x < spec.min || x > spec.max) ? `a ${kind} must be between ${spec.min} and ${spec.max}` : null));
    const weight = number('weight', 1, (x) => (x >= 0 && x <= MAX_WEIGHT ? null : `must be between 0 and ${MAX_WEIGHT}`));
    const scale = number('scale', spec?.scale ?? 1, (x) => (x > 0 && x <= 1e6 ? null : 'must be greater than 0 and at most 1e6'));
    if (errors.length > before || !kind) continue;
    const key = `${kind} ${firm} ${period}`;
    if (seen.has(key)) {
      errors.push(`line ${line}: ${kind} of firm ${firm} at period ${period} is also on line ${seen.get(key)}`);
      continue;
    }
    seen.set(key, line);
    targets.push({ kind, firm, period, value, weight, scale, line });
  }
  if (errors.length >= MAX_ERRORS) errors.push('(file): stopped after 20 errors');
  if (errors.length) return { ok: false, errors };
  if (targets.length === 0) return { ok: false, errors: ['(file): has a header but no rows of data'] };
  if (targets.every((t) => t.weight === 0)) return { ok: false, errors: ['column weight: every weight is 0, so nothing would be fitted'] };
  return { ok: true, targets };
}
