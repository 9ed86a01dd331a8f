// `npm run experiment -- merge part-*.csv --out results.csv`: joins the parts of a sharded
// experiment by run index into exactly the file the unsharded run writes. Parts are read a
// block at a time (a part may be larger than memory would like) and checked on the way: one
// header, one experiment, each run once, none missing between the first and the last. On
// any error the output is removed.
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { openFileSink } from './sink.ts';

const BLOCK = 64 * 1024;

/** Lines of a file, one at a time, without loading it whole. */
function openLines(path: string): { next(): string | null; close(): void } {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(BLOCK);
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let ended = false;
  return {
    next() {
      for (;;) {
        const nl = text.indexOf('\n');
        if (nl >= 0) {
          const line = text.slice(0, nl);
          text = text.slice(nl + 1);
          return line;
        }
        if (ended) {
          if (text !== '') throw new Error(`${path}: the last line is cut short (was the shard stopped while writing?)`);
          return null;
        }
        const n = readSync(fd, buffer, 0, BLOCK, null);
        if (n === 0) {
          ended = true;
          text += decoder.decode();
        } else text += decoder.decode(buffer.subarray(0, n), { stream: true });
      }
    },
    close: () => closeSync(fd),
  };
}

interface Head {
  path: string;
  run: number;
  line: string;
  lines: ReturnType<typeof openLines>;
}

/** Rows start `experiment,run,…`: the digest has no comma and the run is a whole number. */
function readRow(h: Omit<Head, 'run' | 'line'>, digest: { value: string | null }): { run: number; line: string } | null {
  const line = h.lines.next();
  if (line === null) return null;
  const m = /^([0-9a-f]{16}),(\d+),/.exec(line);
  if (!m) throw new Error(`${h.path}: "${line.slice(0, 60)}" is not a row of an experiment`);
  if (digest.value === null) digest.value = m[1];
  else if (m[1] !== digest.value) throw new Error(`${h.path}: comes from another experiment (${m[1]}, not ${digest.value})`);
  return { run: Number(m[2]), line };
}

/** Returns the number of runs written; throws with a message naming the part at fault. */
export function mergeParts(parts: readonly string[], out: string): number {
  const heads: Head[] = [];
  const digest = { value: null as string | null };
  let header: string | null = null;
  const sink = openFileSink(out);
  try {
    for (const path of parts) {
      const lines = openLines(path);
      const first = lines.next();
      if (first === null) throw new Error(`${path}: is empty`);
      if (header === null) header = first;
      else if (first !== header) throw new Error(`${path}: its columns differ from those of ${parts[0]}`);
      const row = readRow({ path, lines }, digest);
      if (row) heads.push({ path, lines, ...row });
      else lines.close();
    }
    sink.write(`${header}\n`);
    let expected = 0;
    while (heads.length) {
      // a handful of parts per merge in practice; a linear scan for the smallest run is enough
      let best = 0;
      for (let i = 1; i < heads.length; i++) if (heads[i].run < heads[best].run) best = i;
      const h = heads[best];
      if (h.run < expected) throw new Error(`${h.path}: run ${h.run} appears twice (is a part given twice?)`);
      if (h.run > expected) throw new Error(`run ${expected} is missing (no part holds it; was a shard left out or stopped?)`);
      sink.write(`${h.line}\n`);
      expected++;
      const next = readRow(h, digest);
      if (!next) {
        h.lines.close();
        heads.splice(best, 1);
      } else if (next.run <= h.run) throw new Error(`${h.path}: runs out of order (${next.run} after ${h.run})`);
      else Object.assign(h, next);
    }
    sink.close();
    return expected;
  } catch (e) {
    sink.close();
    // a half-merged file must not pass for the results
    rmSync(out, { force: true });
    throw e;
  } finally {
    for (const h of heads) h.lines.close();
  }
}
