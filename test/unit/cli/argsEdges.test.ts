// The options of `npm run sim` at their bounds and in every spelling the parser takes, each
// checked on its own (mutation testing of src/cli/args.ts and searchArgs.ts: the bounds of
// --digits, --workers and --memory, the megabytes, the outputs, the messages).
import { describe, expect, it } from 'vitest';
import { parseCliArgs, USAGE } from '../../../src/cli/args.ts';
import { MAX_WORKERS, num, oneFile, parseEngine, parseRunner, parseWorkers, table } from '../../../src/cli/searchArgs.ts';

const options = (argv: string[]) => {
  const r = parseCliArgs(['s.json', ...argv]);
  if (!('options' in r)) throw new Error(`expected options, got ${JSON.stringify(r)}`);
  return r.options;
};
const error = (argv: string[]) => {
  const r = parseCliArgs(argv);
  if (!('error' in r)) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return r.error;
};

describe('parseCliArgs: the bounds of each number', () => {
  it.each([
    ['digits', '1', 1],
    ['digits', '17', 17],
    ['workers', '1', 1],
    ['workers', String(MAX_WORKERS), MAX_WORKERS],
  ] as const)('--%s %s is accepted', (name, text, value) => {
    expect(options([`--${name}`, text])[name]).toBe(value);
  });
  it.each([
    ['digits', '0', '--digits: must be between 1 and 17'],
    ['digits', '18', '--digits: must be between 1 and 17'],
    ['workers', '0', `--workers: must be between 1 and ${MAX_WORKERS}`],
    ['workers', String(MAX_WORKERS + 1), `--workers: must be between 1 and ${MAX_WORKERS}`],
    ['memory', '0', '--memory: must be between 1 and 1000000000'],
    ['memory', '1000000001', '--memory: must be between 1 and 1000000000'],
  ])('--%s %s is refused with its range', (name, text, message) => {
    expect(error(['s.json', `--${name}`, text])).toBe(message);
  });
  it('accepts 0 replicates, seed 0 and the largest safe integer (the schema judges them)', () => {
    expect(options(['--reps', '0', '--seed', String(Number.MAX_SAFE_INTEGER)]).overrides).toEqual({ replicates: 0, seed: Number.MAX_SAFE_INTEGER });
    expect(error(['s.json', '--horizon', String(Number.MAX_SAFE_INTEGER + 2)])).toBe(`--horizon: must be between 0 and ${Number.MAX_SAFE_INTEGER}`);
  });
  it('reads a number with spaces around it, and quotes what was typed when it is not one', () => {
    expect(options(['--population', ' 900 ']).overrides).toEqual({ population: 900 });
    expect(error(['s.json', '--seed', '7a'])).toBe('--seed: must be a whole number, not "7a"');
    expect(error(['s.json', '--digits', 'x'])).toBe('--digits: must be a whole number, not "x"');
  });
  it('reports the first bad number in the order of the options (reps before workers)', () => {
    expect(error(['s.json', '--workers', '0', '--reps', 'x'])).toBe('--reps: must be a whole number, not "x"');
  });
});

describe('parseCliArgs: what each option sets', () => {
  it('turns --memory megabytes into bytes, and leaves it undefined when not given', () => {
    expect(options(['--memory', '3']).memory).toBe(3 * 1024 * 1024);
    expect(options([]).memory).toBeUndefined();
  });
  it('gives every default when only the file is named', () => {
    expect(options([])).toEqual({
      file: 's.json',
      overrides: {},
      sets: [],
      sweep: undefined,
      out: undefined,
      json: undefined,
      cohorts: undefined,
      bySatisfaction: undefined,
      byTenure: undefined,
      digits: undefined,
      workers: 1,
      memory: undefined,
      engine: 'wasm',
      quiet: false,
    });
  });
  it('reads the cohort outputs, --quiet, --engine and repeated --set', () => {
    const o = options([
      '--cohorts',
      'c.csv',
      '--by-satisfaction',
      'b.csv',
      '--by-tenure',
      't.csv',
      '-q',
      '--engine',
      'typescript',
      '--set',
      'seed=3',
      '--set',
      'firms[1].price=0.9',
    ]);
    expect([o.cohorts, o.bySatisfaction, o.byTenure, o.quiet, o.engine]).toEqual(['c.csv', 'b.csv', 't.csv', true, 'typescript']);
    expect(o.sets).toEqual([
      { text: 'seed', path: ['seed'], value: 3 },
      { text: 'firms[1].price', path: ['firms', 1, 'price'], value: 0.9 },
    ]);
  });
  it('reads a sweep, and refuses a bad one or a bad --set with its message', () => {
    expect(options(['--sweep', 'seed=1,2']).sweep).toEqual({ text: 'seed', path: ['seed'], values: [1, 2] });
    expect(error(['s.json', '--sweep', 'seed=1,,2'])).toBe('--sweep: expected numbers A,B,C or FROM:TO:STEP, not "1,,2"');
    expect(error(['s.json', '--set', 'seed'])).toBe('--set: expected PATH=VALUE, e.g. firms[0].price=0.9, not "seed"');
  });
  it('refuses an unknown engine by name', () => {
    expect(error(['s.json', '--engine', 'gpu'])).toBe('--engine: must be wasm or typescript, not "gpu"');
  });
  it('answers --help before looking for the file, and needs exactly one file otherwise', () => {
    expect(parseCliArgs(['--help'])).toEqual({ help: true });
    expect(parseCliArgs(['-h', 'a.json', 'b.json'])).toEqual({ help: true });
    expect(error([])).toBe('missing the scenario file');
    expect(error(['a.json', 'b.json'])).toBe('expected one scenario file, got 2');
  });
  it('refuses an unknown option with the parser message', () => {
    expect(error(['s.json', '--nope'])).toMatch(/--nope/);
  });
  it('names every option in its usage text', () => {
    for (const o of [
      '--reps',
      '--seed',
      '--horizon',
      '--population',
      '--set',
      '--sweep',
      '--out',
      '--json',
      '--cohorts',
      '--by-satisfaction',
      '--by-tenure',
      '--digits',
      '--workers',
      '--memory',
      '--engine',
      '--quiet',
      '--help',
    ])
      expect(USAGE).toContain(o);
  });
});

describe('the shared options (searchArgs.ts)', () => {
  it('parseWorkers: 1 by default, the bounds inclusive, a word quoted', () => {
    expect(parseWorkers(undefined)).toBe(1);
    expect(parseWorkers('1')).toBe(1);
    expect(parseWorkers(String(MAX_WORKERS))).toBe(MAX_WORKERS);
    expect(parseWorkers('0')).toBe(`--workers: must be between 1 and ${MAX_WORKERS}`);
    expect(parseWorkers(String(MAX_WORKERS + 1))).toBe(`--workers: must be between 1 and ${MAX_WORKERS}`);
    expect(parseWorkers('two')).toBe('--workers: must be a whole number, not "two"');
  });
  it('parseEngine and parseRunner', () => {
    expect(parseEngine(undefined)).toBe('wasm');
    expect(parseEngine('typescript')).toBe('typescript');
    expect(parseRunner({ workers: '3', engine: 'typescript' })).toEqual({ workers: 3, engine: 'typescript' });
    expect(parseRunner({})).toEqual({ workers: 1, engine: 'wasm' });
    expect(parseRunner({ workers: '0', engine: 'gpu' })).toBe(`--workers: must be between 1 and ${MAX_WORKERS}`);
    expect(parseRunner({ engine: 'gpu' })).toBe('--engine: must be wasm or typescript, not "gpu"');
  });
  it('oneFile names what it wanted', () => {
    expect(oneFile(['x'], 'experiment file')).toEqual({ file: 'x' });
    expect(oneFile([], 'experiment file')).toEqual({ error: 'missing the experiment file' });
    expect(oneFile(['x', 'y', 'z'], 'experiment file')).toEqual({ error: 'expected one experiment file, got 3' });
  });
  it('num: four significant digits, exponents from 10,000 up, a dash for what is not finite', () => {
    expect(num(0)).toBe('0');
    expect(num(1234.5678)).toBe('1235');
    expect(num(9999)).toBe('9999');
    expect(num(10000)).toBe('1.000e+4');
    expect(num(-10000)).toBe('-1.000e+4');
    expect(num(0.001)).toBe('0.001');
    expect(num(0.5)).toBe('0.5');
    // below 0.001 the digits stay as toPrecision writes them, trailing zeros and all
    expect(num(0.0005)).toBe('0.0005000');
    expect(num(-0.0005)).toBe('-0.0005000');
    expect(num(NaN)).toBe('–');
    expect(num(Infinity)).toBe('–');
  });
  it('table: the first column padded on the right, the others on the left, three spaces apart, no trailing space', () => {
    expect(
      table(
        ['firm', 'n'],
        [
          ['Us', '12'],
          ['Rival', '3'],
        ],
      ),
    ).toBe(['firm     n', 'Us      12', 'Rival    3'].join('\n'));
    expect(table(['a', 'bb'], [['long', '']])).toBe(['a      bb', 'long'].join('\n'));
    // widths count characters, not UTF-16 units
    expect(table(['x', 'y'], [['😀😀', '1']])).toBe(['x    y', '😀😀   1'].join('\n'));
  });
});
