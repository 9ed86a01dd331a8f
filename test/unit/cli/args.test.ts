import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../src/cli/args.ts';

describe('parseCliArgs', () => {
  it('reads the file, the overrides and the outputs', () => {
    expect(
      parseCliArgs(['s.json', '--reps', '20', '--seed', '7', '--out', 'r.csv', '--json', 'r.json', '--horizon', '36', '--population', '900', '-w', '2']),
    ).toEqual({
      help: false,
      options: {
        file: 's.json',
        overrides: { replicates: 20, seed: 7, horizon: 36, population: 900 },
        sets: [],
        sweep: undefined,
        out: 'r.csv',
        json: 'r.json',
        digits: undefined,
        workers: 2,
        engine: 'wasm',
        quiet: false,
      },
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
