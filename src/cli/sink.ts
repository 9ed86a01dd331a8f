// A file written in 64 kB blocks with synchronous writes: rows go to disk as periods
// complete, memory stays flat however long the run, and the model loop needs no awaits.
import { closeSync, openSync, writeSync } from 'node:fs';

const BLOCK = 64 * 1024;

export interface Sink {
  write(text: string): void;
  close(): void;
}

export function openFileSink(path: string): Sink {
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length) writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= BLOCK) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}
