// The one CSV (RFC 4180) and JSON-row writer, shared by the command line and the app's
// exports (live run and comparison), so a file reads the same whichever wrote it. Numbers
// keep full precision unless a digit count is asked for; NaN (a ratio with nothing to
// divide, e.g. the retention of a firm with no customers) is an empty cell, which R, pandas
// and spreadsheets all read as missing.

/** Shortest text that reads back as x, or x to `digits` significant digits. */
export function formatNumber(x: number, digits?: number): string {
  if (Number.isNaN(x)) return '';
  if (x === Infinity) return 'Inf';
  if (x === -Infinity) return '-Inf';
  if (x === 0) return '0'; // also -0
  if (digits === undefined || Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(digits)));
}

/** A text cell, quoted when needed. Firm names and labels come from strangers' files and
 *  links, so a cell that a spreadsheet would run as a formula (=, +, -, @, tab or carriage
 *  return first) gets a leading apostrophe (OWASP, "CSV injection"). */
export function formatText(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row, ending in a newline. */
export function csvLine(cells: readonly (string | number)[], digits?: number): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (i > 0) out += ',';
    out += typeof c === 'number' ? formatNumber(c, digits) : formatText(c);
  }
  return out + '\n';
}

/** JSON has no NaN or Infinity: both become null. */
export function jsonLine(cells: readonly (string | number)[], digits?: number): string {
  let out = '[';
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (i > 0) out += ',';
    if (typeof c === 'string') out += JSON.stringify(c);
    else out += Number.isFinite(c) ? formatNumber(c, digits) : 'null';
  }
  return out + ']';
}
