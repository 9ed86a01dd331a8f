import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROW_HEADER, SEGMENTS } from '../../../src/model/index.ts';
import { parsePath, parseSweep } from '../../../src/cli/sweep.ts';
import { cli, tempDir, writeTinyScenario } from './helpers.ts';

describe('paths and sweeps', () => {
  it.each([
    ['firms[0].price', ['firms', 0, 'price']],
    ['population.size', ['population', 'size']],
    ['seed', ['seed']],
    ['a.__proto__x', ['a', '__proto__x']],
  ])('%s', (text, path) => expect(parsePath(text)).toEqual(path));
  it.each(['firms[0]..price', '[0].x', 'firms[-1]', 'a b', ''])('refuses %j as a path', (text) => {
    expect(parsePath(text)).toMatch(/is not a field path/);
  });

  it('expands FROM:TO:STEP and lists', () => {
    expect(parseSweep('firms[0].price=0.8:1.2:0.1')).toMatchObject({ values: [0.8, 0.9, 1, 1.1, 1.2] });
    expect(parseSweep('seed=1,5,9')).toMatchObject({ path: ['seed'], values: [1, 5, 9] });
    expect(parseSweep('seed=1:2:0')).toMatch(/^--sweep: /);
    expect(parseSweep('seed=0:1000:1')).toMatch(/at most 50/);
    expect(parseSweep('seed=a,b')).toMatch(/^--sweep: /);
    expect(parseSweep('=1,2')).toMatch(/^--sweep: /);
  });
  it.each(['seed=', 'seed= ', 'seed=1,,2', 'seed=1,', 'seed=0x10', 'seed=Infinity', 'seed=:10:1', 'seed=1:10:'])(
    'refuses the empty or non-decimal value in %j (never a silent 0)',
    (text) => expect(parseSweep(text)).toMatch(/^--sweep: expected/),
  );
});

describe('npm run sim --sweep', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = tempDir();
    file = writeTinyScenario(dir);
  });

  it('runs every value on the same seeds: the base value gives exactly the plain run', async () => {
    const plain = await cli([file, '--out', join(dir, 'plain.csv'), '-q']);
    expect(plain.code).toBe(0);
    const r = await cli([file, '--sweep', 'firms[0].price=0.9,1,1.1', '--out', join(dir, 'sweep.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Us, period 6 .* by firms\[0\]\.price/);
    const lines = readFileSync(join(dir, 'sweep.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(['sweepPath', 'sweepValue', ...ROW_HEADER].join(','));
    const perValue = 2 * 6 * 3 * SEGMENTS.length;
    expect(lines).toHaveLength(1 + 3 * perValue);
    const atBase = lines.filter((l) => l.startsWith('firms[0].price,1,')).map((l) => l.split(',').slice(2).join(','));
    const plainRows = readFileSync(join(dir, 'plain.csv'), 'utf8').trimEnd().split('\n').slice(1);
    expect(atBase).toEqual(plainRows);
    const cheaper = lines.filter((l) => l.startsWith('firms[0].price,0.9,')).map((l) => l.split(',').slice(2).join(','));
    expect(cheaper).not.toEqual(plainRows);
  });

  it('refuses a value out of bounds, naming the option and the field', async () => {
    const r = await cli([file, '--sweep', 'firms[0].price=0.1,1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sweep firms[0].price: must be ≥ 0.2');
  });

  it('--set changes any field, and refuses unknown ones', async () => {
    const a = await cli([file, '--set', 'firms[0].quality=4.5', '--out', join(dir, 'set.csv'), '-q']);
    expect(a.code).toBe(0);
    expect(readFileSync(join(dir, 'set.csv'), 'utf8')).not.toBe(readFileSync(join(dir, 'plain.csv'), 'utf8'));
    const b = await cli([file, '--set', 'firms[5].quality=4']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--set firms[5].quality: there is no such field');
  });
});

describe('npm run sim refuses prototype paths in --set and --sweep (issue 13, item 8)', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = tempDir();
    file = writeTinyScenario(dir);
  });
  const polluted = () => [
    ({} as Record<string, unknown>).x,
    ([] as unknown as Record<string, unknown>).x,
    (Function.prototype as unknown as Record<string, unknown>).x,
  ];
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).x;
    delete (Array.prototype as unknown as Record<string, unknown>).x;
  });
  it.each([
    ['--set', '__proto__.x=1', '"__proto__" is not allowed'],
    ['--set', 'firms.__proto__.x=1', '"__proto__" is not allowed'],
    ['--set', 'firms[0].__proto__.x=1', '"__proto__" is not allowed'],
    ['--set', 'constructor.prototype.x=1', '"constructor" is not allowed'],
    ['--set', 'firms[0].constructor.prototype.x=1', '"constructor" is not allowed'],
    ['--set', 'firms.x=1', 'firms.x: there is no such field'],
    ['--set', 'firms.length=0', 'firms.length: there is no such field'],
    ['--sweep', '__proto__.x=1,2', '"__proto__" is not allowed'],
    ['--sweep', 'firms.__proto__.x=1,2', '"__proto__" is not allowed'],
    ['--sweep', 'firms[0].__proto__.x=1:2:1', '"__proto__" is not allowed'],
  ])('%s %s: exit 2, no prototype touched', async (option, text, message) => {
    const r = await cli([file, option, text, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain(option);
    expect(polluted()).toEqual([undefined, undefined, undefined]);
  });
});
