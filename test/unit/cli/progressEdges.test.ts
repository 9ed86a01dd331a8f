// The progress bar and --sweep at their edges (mutation testing of src/cli/progress.ts and
// sweep.ts): every drawn frame exactly, minutes in the closing line, a redraw exactly 100 ms
// later, a range whose end equals its start, the 50-value limit on both sides.
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/cli/progress.ts';
import { MAX_SWEEP_VALUES, parseAssignment, parseSweep } from '../../../src/cli/sweep.ts';

function record(total: number, isTTY = true) {
  const frames: string[] = [];
  let t = 1000; // a clock that does not start at 0, so a sum with the start shows
  const p = createProgress(
    total,
    'Ran it',
    (s) => frames.push(s),
    isTTY,
    () => t,
  );
  return { p, frames, advance: (ms: number) => (t += ms) };
}

describe('createProgress', () => {
  it('draws the bar, the percentage and the time left from the rate so far', () => {
    const { p, frames, advance } = record(4);
    advance(100);
    p.tick();
    expect(frames).toEqual([`\r[${'#'.repeat(7)}${'-'.repeat(21)}]  25%, 0.3 s left\u001b[K`]);
    advance(100);
    p.tick();
    advance(100);
    p.tick();
    advance(100);
    p.tick();
    expect(frames.at(-1)).toBe(`\r[${'#'.repeat(28)}] 100%, 0.0 s left\u001b[K`);
    expect(frames).toHaveLength(4);
  });
  it('redraws when exactly 100 ms have passed, not sooner', () => {
    const { p, frames, advance } = record(10);
    advance(5);
    p.tick();
    advance(99);
    p.tick();
    expect(frames).toHaveLength(1);
    advance(1);
    p.tick();
    expect(frames).toHaveLength(2);
  });
  it('never draws past the end, and a run of no periods is full', () => {
    const { p, frames, advance } = record(1);
    advance(200);
    p.tick();
    advance(200);
    p.tick();
    expect(frames.at(-1)).toBe(`\r[${'#'.repeat(28)}] 100%, 0.0 s left\u001b[K`);
    const empty = record(0);
    empty.advance(200);
    empty.p.tick();
    expect(empty.frames[0]).toBe(`\r[${'#'.repeat(28)}] 100%, 0.0 s left\u001b[K`);
  });
  it('states the time in seconds below a minute and in minutes and seconds from a minute on', () => {
    const a = record(1, false);
    a.advance(59_940);
    a.p.finish();
    expect(a.frames).toEqual(['Ran it in 59.9 s\n']);
    const b = record(1, false);
    b.advance(60_000);
    b.p.finish();
    expect(b.frames).toEqual(['Ran it in 1 min 0 s\n']);
    const c = record(1, false);
    c.advance(185_600);
    c.p.finish();
    expect(c.frames).toEqual(['Ran it in 3 min 6 s\n']);
  });
  it('rounds once, so a time just short of a whole minute reads as that minute', () => {
    const at = (ms: number) => {
      const r = record(1, false);
      r.advance(ms);
      r.p.finish();
      return r.frames[0];
    };
    expect(at(119_600)).toBe('Ran it in 2 min 0 s\n');
    expect(at(59_960)).toBe('Ran it in 1 min 0 s\n');
    expect(at(59_949)).toBe('Ran it in 59.9 s\n');
    expect(at(3_599_700)).toBe('Ran it in 60 min 0 s\n');
  });
  it('states a long time left in minutes', () => {
    const { p, frames, advance } = record(3);
    advance(61_000);
    p.tick();
    expect(frames[0]).toBe(`\r[${'#'.repeat(9)}${'-'.repeat(19)}]  33%, 2 min 2 s left\u001b[K`);
  });
});

describe('parseSweep and parseAssignment at their edges', () => {
  it('takes a range whose end is its start (one value), and refuses a step of 0 or an end before the start', () => {
    expect(parseSweep('seed=3:3:1')).toMatchObject({ values: [3] });
    expect(parseSweep('seed=3:2:1')).toBe('--sweep: expected FROM:TO:STEP with FROM ≤ TO and STEP > 0, not "3:2:1"');
    expect(parseSweep('seed=1:3:0')).toBe('--sweep: expected FROM:TO:STEP with FROM ≤ TO and STEP > 0, not "1:3:0"');
    expect(parseSweep('seed=1:3:-1')).toBe('--sweep: expected FROM:TO:STEP with FROM ≤ TO and STEP > 0, not "1:3:-1"');
  });
  it(`takes ${MAX_SWEEP_VALUES} values, in a range or a list, and refuses one more`, () => {
    expect(parseSweep(`seed=1:${MAX_SWEEP_VALUES}:1`)).toMatchObject({ values: Array.from({ length: MAX_SWEEP_VALUES }, (_, i) => i + 1) });
    expect(parseSweep(`seed=1:${MAX_SWEEP_VALUES + 1}:1`)).toBe(`--sweep: ${MAX_SWEEP_VALUES + 1} values; at most ${MAX_SWEEP_VALUES}`);
    const list = (n: number) => Array.from({ length: n }, (_, i) => i).join(',');
    expect(parseSweep(`seed=${list(MAX_SWEEP_VALUES)}`)).toMatchObject({ values: Array.from({ length: MAX_SWEEP_VALUES }, (_, i) => i) });
    expect(parseSweep(`seed=${list(MAX_SWEEP_VALUES + 1)}`)).toBe(`--sweep: ${MAX_SWEEP_VALUES + 1} values; at most ${MAX_SWEEP_VALUES}`);
  });
  it('reads numbers with spaces around them, and keeps the path as typed', () => {
    expect(parseSweep('firms[1].price= 0.9 , 1.1')).toEqual({ text: 'firms[1].price', path: ['firms', 1, 'price'], values: [0.9, 1.1] });
  });
  it('reads a --set value as JSON when it is JSON, else as the text typed', () => {
    expect(parseAssignment('--set', 'meta.title.en=Hello')).toEqual({ text: 'meta.title.en', path: ['meta', 'title', 'en'], value: 'Hello' });
    expect(parseAssignment('--set', 'seed=7')).toEqual({ text: 'seed', path: ['seed'], value: 7 });
    expect(parseAssignment('--set', 'a=b=c')).toEqual({ text: 'a', path: ['a'], value: 'b=c' });
    expect(parseAssignment('--set', '__proto__.x=1')).toBe('--set __proto__.x: "__proto__" is not allowed in a field path');
  });
});
