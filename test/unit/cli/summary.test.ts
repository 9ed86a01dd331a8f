import { describe, expect, it } from 'vitest';
import { describe as stat, quantile } from '../../../src/cli/summary.ts';
import { createProgress } from '../../../src/cli/progress.ts';
import { parseCliArgs } from '../../../src/cli/args.ts';

describe('quantile (type 7) and the replicate statistics', () => {
  it.each([
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4, 5], 0.05, 1.2],
    [[1, 2, 3, 4, 5], 0.95, 4.8],
    [[7], 0.05, 7],
  ])('%j at %s → %s', (xs, p, q) => {
    expect(quantile(xs, p)).toBeCloseTo(q, 12);
  });
  it('is NaN for no values', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
  it('ignores replicates where a measure is undefined (NaN)', () => {
    expect(stat([3, NaN, 1, 2])).toEqual({ mean: 2, lo: 1.1, hi: 2.9, n: 3 });
    expect(stat([NaN]).n).toBe(0);
  });
});

describe('progress', () => {
  it('writes only the closing line when stderr is not a terminal', () => {
    let out = '';
    let t = 0;
    const p = createProgress(10, 'Ran it', (s) => (out += s), false, () => t);
    for (let i = 0; i < 10; i++) {
      t += 60;
      p.tick();
    }
    p.finish();
    expect(out).toBe('Ran it in 0.6 s\n');
  });
  it('redraws a bar on a terminal at most every 100 ms, then clears it', () => {
    let out = '';
    let t = 0;
    const p = createProgress(4, 'Ran it', (s) => (out += s), true, () => t);
    for (let i = 0; i < 4; i++) {
      t += 75; // draws at 75 ms (the first) and 225 ms (150 ms later), not at 150 or 300
      p.tick();
    }
    p.finish();
    expect(out.match(/\r\[/g)).toHaveLength(2);
    expect(out).toContain(' 75%, 0.1 s left');
    expect(out.endsWith('\r\u001b[KRan it in 0.3 s\n')).toBe(true);
  });
});

describe('parseCliArgs', () => {
  it('reads the file, the overrides and the outputs', () => {
    expect(parseCliArgs(['s.json', '--reps', '20', '--seed', '7', '--out', 'r.csv', '--json', 'r.json', '--horizon', '36', '--population', '900', '-w', '2'])).toEqual({
      help: false,
      options: { file: 's.json', overrides: { replicates: 20, seed: 7, horizon: 36, population: 900 }, out: 'r.csv', json: 'r.json', digits: undefined, workers: 2, quiet: false },
    });
  });
  it('leaves out options not given, so the file decides', () => {
    const r = parseCliArgs(['s.json']);
    expect('options' in r && r.options.overrides).toEqual({});
  });
  it.each([['1.5'], ['1e3'], [''], ['0x10']])('rejects --reps %j', (v) => {
    expect(parseCliArgs(['s.json', '--reps', v])).toMatchObject({ error: expect.stringMatching(/^--reps: must be a whole number/) });
  });
  it('rejects a negative number (read as an option)', () => {
    expect(parseCliArgs(['s.json', '--reps', '-1'])).toMatchObject({ error: expect.any(String) });
  });
});
