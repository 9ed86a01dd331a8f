// `npm run experiment -- report exp.json results.csv`: the closing table of an experiment from
// its rows, e.g. after merging the parts a cluster wrote (a part's run prints no table). The
// rows must come from this experiment (the fingerprint column) and hold every run.
import { closeSync, openSync, readSync } from 'node:fs';
import type { Plan } from '../experiment/plan.ts';
import { rowHeader } from '../experiment/run.ts';
import { csvLine } from '../io/csv.ts';

const BLOCK = 64 * 1024;

/** results[run * outputs + j] read from the CSV; throws naming the line at fault. */
export function readResults(plan: Plan, path: string): Float64Array {
  const k = plan.outputs.length;
  const results = new Float64Array(plan.runs * k).fill(NaN);
  const seen = new Uint8Array(plan.runs);
  const header = csvLine(rowHeader(plan)).trimEnd();
  const first = rowHeader(plan).length - k; // column of the first output
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(BLOCK);
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let line = 0;
  const take = (row: string) => {
    line++;
    if (line === 1) {
      if (row !== header) throw new Error(`${path}: its columns are not this experiment's (expected ${header.slice(0, 80)}…)`);
      return;
    }
    // factor values and outputs are numbers, and digest and run come first: no quoted cells
    const cells = row.split(',');
    if (cells.length !== first + k || cells[0] !== plan.digest) throw new Error(`${path}, line ${line}: not a row of this experiment`);
    const run = Number(cells[1]);
    if (!Number.isInteger(run) || run < 0 || run >= plan.runs) throw new Error(`${path}, line ${line}: run ${cells[1]} is not a run of this experiment`);
    if (seen[run]) throw new Error(`${path}, line ${line}: run ${run} appears twice`);
    seen[run] = 1;
    for (let j = 0; j < k; j++) results[run * k + j] = cells[first + j] === '' ? NaN : Number(cells[first + j]);
  };
  try {
    for (let n = readSync(fd, buffer, 0, BLOCK, null); n > 0; n = readSync(fd, buffer, 0, BLOCK, null)) {
      text += decoder.decode(buffer.subarray(0, n), { stream: true });
      const rows = text.split('\n');
      text = rows.pop()!;
      rows.forEach(take);
    }
  } finally {
    closeSync(fd);
  }
  if (text !== '') throw new Error(`${path}: the last line is cut short`);
  const missing = seen.indexOf(0);
  if (missing >= 0) throw new Error(`${path}: run ${missing} is missing (${seen.reduce((a, x) => a + 1 - x, 0)} runs in all)`);
  return results;
}
