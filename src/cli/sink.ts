// An output file written in 64 kB blocks with synchronous writes: rows go to disk as periods
// complete, memory stays flat however long the run, and the model loop needs no awaits.
// Written atomically: into a temporary file beside the target, renamed over it only when the
// run has finished, so a failed or interrupted run never leaves half a file, and an existing
// file is replaced whole or not at all. A symlink is followed (its target is what is
// replaced); a device or pipe (/dev/stdout, /dev/null) is written in place.
import { closeSync, fchmodSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { realTarget } from './outputs.ts';

const BLOCK = 64 * 1024;

export interface Sink {
  write(text: string): void;
  /** Flushes and puts the file in place. */
  close(): void;
  /** Drops what was written; the target stays as it was. Never throws. */
  abort(): void;
}

/** An error of the file system, reported with the path the user gave. */
function asUserPath(e: unknown, path: string): never {
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err === 'object' && 'code' in err) err.path = path;
  throw err;
}

export function openFileSink(path: string): Sink {
  const target = realTarget(path);
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(target);
  } catch {
    existing = undefined;
  }
  const inPlace = existing !== undefined && !existing.isFile();
  const temp = inPlace ? null : join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp ?? target, temp ? 'wx' : 'w');
    // a replaced file keeps its permissions
    if (temp && existing) fchmodSync(fd, Number(existing.mode) & 0o7777);
  } catch (e) {
    asUserPath(e, path);
  }
  let pending: string[] = [];
  let size = 0;
  let open = true;
  const flush = () => {
    if (pending.length) writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  const removeTemp = () => {
    if (temp)
      try {
        unlinkSync(temp);
      } catch {
        // never made, or already renamed
      }
  };
  const discard = () => {
    if (!open) return;
    open = false;
    try {
      closeSync(fd);
    } catch {
      // already failing: the first error is the one to report
    }
    removeTemp();
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= BLOCK)
        try {
          flush();
        } catch (e) {
          asUserPath(e, path);
        }
    },
    close() {
      try {
        flush();
      } catch (e) {
        discard();
        asUserPath(e, path);
      }
      open = false;
      try {
        closeSync(fd);
        if (temp) renameSync(temp, target);
      } catch (e) {
        removeTemp();
        asUserPath(e, path);
      }
    },
    abort: discard,
  };
}

/** A whole text written as a file at once: the file is replaced only if all of it is written. */
export function writeWholeFile(path: string, text: string): void {
  const sink = openFileSink(path);
  try {
    sink.write(text);
    sink.close();
  } catch (e) {
    sink.abort();
    throw e;
  }
}
