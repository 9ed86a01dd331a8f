// The output writer (src/cli/sink.ts) used directly: 64 kB blocks reach the temporary file as
// they fill, a file is put in place only on close, something that is not a file (a pipe) is
// written in place, errors name the path the user gave, and abort after close touches nothing.
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  statSync,
  writeFileSync,
  writeSync,
  constants,
} from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFileSink, writeWholeFile } from '../../../src/cli/sink.ts';
import { tempDir } from './helpers.ts';

const BLOCK = 64 * 1024;
let dir: string;
beforeEach(() => {
  dir = tempDir();
});
const temps = () => readdirSync(dir).filter((n) => n.endsWith('.tmp'));
const tempSize = () => statSync(join(dir, temps()[0])).size;

describe('openFileSink', () => {
  it('holds writes until 64 kB are pending, then writes them to the temporary file', () => {
    const sink = openFileSink(join(dir, 'out.csv'));
    expect(temps()).toHaveLength(1);
    expect(temps()[0]).toMatch(new RegExp(`^\\.out\\.csv\\.${process.pid}-[0-9a-f]{8}\\.tmp$`));
    sink.write('a'.repeat(10));
    expect(tempSize()).toBe(0);
    sink.write('b'.repeat(BLOCK - 11));
    expect(tempSize()).toBe(0); // one character short of a block
    sink.write('c');
    expect(tempSize()).toBe(BLOCK); // exactly a block
    sink.write('d'.repeat(5));
    expect(tempSize()).toBe(BLOCK);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
    sink.close();
    expect(temps()).toEqual([]);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('a'.repeat(10) + 'b'.repeat(BLOCK - 11) + 'c' + 'd'.repeat(5));
  });
  it('abort drops the temporary file, closes it, and leaves the target as it was', () => {
    writeFileSync(join(dir, 'out.csv'), 'old\n');
    const sink = openFileSink(join(dir, 'out.csv'));
    const temp = join(dir, temps()[0]);
    sink.write('x'.repeat(BLOCK));
    const openOn = (path: string) =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`).startsWith(path);
        } catch {
          return false;
        }
      });
    if (existsSync('/proc/self/fd')) expect(openOn(temp)).toHaveLength(1);
    sink.abort();
    if (existsSync('/proc/self/fd')) expect(openOn(temp)).toEqual([]);
    expect(temps()).toEqual([]);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('old\n');
  });
  it('abort after close, or twice, closes nothing the sink no longer owns', () => {
    const sink = openFileSink(join(dir, 'a.csv'));
    sink.write('a');
    sink.close();
    // the descriptor the sink had is likely to be handed out again now
    const other = openSync(join(dir, 'other.txt'), 'w');
    sink.abort();
    sink.abort();
    expect(() => writeSync(other, 'still open')).not.toThrow();
    closeSync(other);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('a');
    expect(readFileSync(join(dir, 'other.txt'), 'utf8')).toBe('still open');

    const dropped = openFileSink(join(dir, 'b.csv'));
    dropped.abort();
    const another = openSync(join(dir, 'another.txt'), 'w');
    dropped.abort();
    expect(() => writeSync(another, 'x')).not.toThrow();
    closeSync(another);
  });
  it.runIf(process.platform === 'linux')('writes a pipe in place, without a temporary file beside it', () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const sink = openFileSink(fifo);
      expect(temps()).toEqual([]);
      sink.write('through the pipe\n');
      sink.close();
      const buffer = Buffer.alloc(100);
      const n = readSync(reader, buffer, 0, 100, null);
      expect(buffer.subarray(0, n).toString()).toBe('through the pipe\n');
      expect(statSync(fifo).isFIFO()).toBe(true);
    } finally {
      closeSync(reader);
    }
  });
  it('refuses a directory when it is opened, naming the path given', () => {
    mkdirSync(join(dir, 'sub'));
    expect(() => openFileSink(join(dir, 'sub'))).toThrow(expect.objectContaining({ code: 'EISDIR', path: join(dir, 'sub') }));
    expect(temps()).toEqual([]);
  });
  it.runIf(existsSync('/dev/full'))('a full disk: the write that fills a block fails, naming the path given', () => {
    const sink = openFileSink('/dev/full');
    try {
      sink.write('x'.repeat(10));
      expect(() => sink.write('x'.repeat(BLOCK))).toThrow(expect.objectContaining({ code: 'ENOSPC', path: '/dev/full' }));
    } finally {
      sink.abort();
    }
    // never closed here: a mutant that wrote a device through a temporary file would rename it over /dev/full
  });
  it('a target whose directory goes away before close: the error names the path given, no temporary file is left', () => {
    mkdirSync(join(dir, 'gone'));
    const sink = openFileSink(join(dir, 'gone', 'x.csv'));
    sink.write('x');
    execFileSync('rm', ['-rf', join(dir, 'gone')]);
    expect(() => sink.close()).toThrow(expect.objectContaining({ code: 'ENOENT', path: join(dir, 'gone', 'x.csv') }));
  });
});

describe('writeWholeFile', () => {
  it('writes the whole text, replacing a file', () => {
    writeFileSync(join(dir, 'w.json'), 'old');
    writeWholeFile(join(dir, 'w.json'), 'y'.repeat(BLOCK + 3));
    expect(readFileSync(join(dir, 'w.json'), 'utf8')).toBe('y'.repeat(BLOCK + 3));
    expect(temps()).toEqual([]);
  });
  it('a text that cannot be written leaves nothing behind and says why', () => {
    expect(() => writeWholeFile(join(dir, 'nope', 'w.json'), 'z')).toThrow(expect.objectContaining({ code: 'ENOENT', path: join(dir, 'nope', 'w.json') }));
  });
});
