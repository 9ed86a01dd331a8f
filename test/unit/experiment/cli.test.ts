// `npm run experiment` in-process: bad input exits 2 naming the field, workers give the same
// rows as one thread, and merge refuses parts that do not add up.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExperimentCli } from '../../../src/cli/experimentRun.ts';
import { tempDir, writeTinyScenario } from '../cli/helpers.ts';
import { experimentValue } from './helpers.ts';

const WORKER_ENTRY = new URL('../../../src/cli/experimentMain.ts', import.meta.url);

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runExperimentCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false }, { workerEntry: WORKER_ENTRY });
  return { code, stdout, stderr };
}

let dir: string;
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

beforeAll(() => {
  dir = tempDir();
  writeTinyScenario(dir, {}, 'base.json');
});

describe('bad input exits 2 with field-named errors', () => {
  it.each([
    [{ design: { type: 'lhs', n: 0 } }, 'design.n: must be ≥ 1'],
    [{ factors: [{ path: 'firms[0].programme', range: { from: 0, to: 0.9 } }] }, 'factors[0].range.to: firms[0].programme must be between 0 and 0.3 (got 0.9)'],
    [{ base: 'missing.json' }, 'base (missing.json) (file): no such file'],
    [{ base: { schemaVersion: 1, horizon: 0 } }, 'base.horizon: must be ≥ 1'],
    [{ base: { schemaVersion: 1, firms: [{}, { price: 9 }] } }, 'base.firms[1].price: must be ≤ 3'],
    [{ base: { schemaVersion: 7 } }, 'base.schemaVersion: 7 is not supported'],
    [{ design: { type: 'sobol', n: 60000 } }, 'design: 60,000 points × 2 replicates is more than 100,000 runs'],
  ])('%#', async (parts, message) => {
    const r = await cli([write('bad.json', experimentValue(parts))]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });
  it.each([
    [['x.json', '--shard', '4/4', '--out', 'p.csv'], '--shard: i must be between 0 and 3'],
    [['x.json', '--shard', '1/2'], '--shard: needs --out FILE'],
    [['x.json', '--workers', 'many'], '--workers: must be a whole number'],
    [['merge', 'a.csv'], 'merge: --out FILE is required'],
    [['x.json', 'y.json'], 'expected one experiment file, got 2'],
    [['x.json', '--bogus'], "Unknown option '--bogus'"],
  ])('options %#', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
  it.each([['1'], ['2']])('a point whose factors together make a bad scenario exits 2 naming it (workers: %s)', async (workers) => {
    const zero = (firm: number) => ({ path: `firms[${firm}].initialShare`, levels: [0, 0.5] });
    const file = write('shares.json', experimentValue({ factors: [zero(0), zero(1), zero(2)], design: { type: 'factorial' } }));
    const r = await cli([file, '--workers', workers, '--out', join(dir, 'shares.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'design point 0 (firms[0].initialShare=0, firms[1].initialShare=0, firms[2].initialShare=0): firms: at least one firm needs an initialShare above 0',
    );
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
  it('prints a title without its control characters', async () => {
    const r = await cli([write('title.json', experimentValue({ title: 'Price \u001b[2J\u0007test' }))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Price \?\[2J\?test: 3 design points/);
  });
  it('refuses to write over the experiment file or its base scenario', async () => {
    const file = write('exp.json', experimentValue());
    const r = await cli([file, '--out', file]);
    expect(r.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(experimentValue()));
    const base = readFileSync(join(dir, 'base.json'), 'utf8');
    const b = await cli([file, '--out', join(dir, 'base.json')]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('the output would overwrite the base scenario');
    expect(readFileSync(join(dir, 'base.json'), 'utf8')).toBe(base);
  });
});

describe('running', () => {
  it('--workers 3 writes the same rows as one thread, and prints the table', async () => {
    const file = write(
      'lhs.json',
      experimentValue({
        factors: [
          { path: 'firms[0].price', range: { from: 0.8, to: 1.2 } },
          { path: 'behaviour.offerRate', levels: [0.03, 0.09] },
        ],
        design: { type: 'lhs', n: 4 },
      }),
    );
    const one = await cli([file, '--out', join(dir, 'one.csv')]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/4 design points \(lhs\) × 2 replicates on the same seeds/);
    expect(one.stderr).toMatch(/^Ran 8 of 8 runs: 4 points × 2 replicates × 6 periods of 500 customers in/);
    expect(one.stdout).toMatch(/First-order effects[\s\S]*total_profit_firm0\s+behaviour\.offerRate\s+(\d\.\d\d|–)/);
    const three = await cli([file, '--workers', '3', '--out', join(dir, 'three.csv'), '--quiet']);
    expect(three.code).toBe(0);
    expect(three.stdout + three.stderr).toBe('');
    const csv = readFileSync(join(dir, 'one.csv'), 'utf8');
    expect(readFileSync(join(dir, 'three.csv'), 'utf8')).toBe(csv);
    expect(csv.split('\n')[0]).toBe('experiment,run,point,replicate,seed,firms[0].price,behaviour.offerRate,total_profit_firm0');
    expect(csv.trim().split('\n')).toHaveLength(9);
  });
  it('--engine typescript writes the same rows as the WebAssembly engine', async () => {
    const file = write('engine.json', experimentValue({ replicates: 1 }));
    expect((await cli([file, '--out', join(dir, 'wasm.csv'), '-q'])).code).toBe(0);
    expect((await cli([file, '--engine', 'typescript', '--out', join(dir, 'ts.csv'), '-q'])).code).toBe(0);
    expect(readFileSync(join(dir, 'ts.csv'), 'utf8')).toBe(readFileSync(join(dir, 'wasm.csv'), 'utf8'));
  });
  it('a Morris design prints the elementary effects; a sweep, the differences from its first level', async () => {
    const morris = write(
      'morris.json',
      experimentValue({
        factors: [
          { path: 'firms[0].price', range: { from: 0.8, to: 1.2 } },
          { path: 'firms[0].quality', range: { from: 3, to: 4.5 } },
        ],
        design: { type: 'morris', r: 2 },
        replicates: 1,
      }),
    );
    const m = await cli([morris]);
    expect(m.code).toBe(0);
    expect(m.stdout).toMatch(/Elementary effects[\s\S]*total_profit_firm0\s+firms\[0\]\.price/);
    const sweep = await cli([write('sweep.json', experimentValue())]);
    expect(sweep.stdout).toMatch(/Difference from firms\[0\]\.price = 0\.8/);
    expect(sweep.stdout).toMatch(/total_profit_firm0: (the difference crosses zero|(below|above|level with) the first level)/);
  });
});

describe('merge', () => {
  let header: string;
  let rows: string[];
  beforeAll(async () => {
    const file = write('m.json', experimentValue({ design: { type: 'sweep', n: 3 } }));
    expect((await cli([file, '--out', join(dir, 'whole.csv'), '-q'])).code).toBe(0);
    for (let i = 0; i < 2; i++) expect((await cli([file, '--shard', `${i}/2`, '--out', join(dir, `part-${i}.csv`), '-q'])).code).toBe(0);
    [header, ...rows] = readFileSync(join(dir, 'whole.csv'), 'utf8').trimEnd().split('\n');
  });
  const part = (name: string, lines: string[]) => write(name, [header, ...lines].join('\n') + '\n');

  it('joins the parts into the unsharded file, byte for byte, in any order', async () => {
    const r = await cli(['merge', join(dir, 'part-1.csv'), join(dir, 'part-0.csv'), '--out', join(dir, 'merged.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Merged 2 parts, 6 runs, into ${join(dir, 'merged.csv')}\n`);
    expect(readFileSync(join(dir, 'merged.csv'), 'utf8')).toBe(readFileSync(join(dir, 'whole.csv'), 'utf8'));
  });
  it.each([
    ['a part left out', () => [join(dir, 'part-1.csv')], 'run 0 is missing'],
    ['a part given twice', () => [join(dir, 'part-0.csv'), join(dir, 'part-0.csv'), join(dir, 'part-1.csv')], 'run 0 appears twice'],
    [
      'another experiment',
      () => [
        join(dir, 'part-0.csv'),
        part(
          'other.csv',
          rows.filter((_, i) => i % 2).map((l) => l.replace(/^[0-9a-f]{16}/, '0123456789abcdef')),
        ),
      ],
      'comes from another experiment',
    ],
    ['other columns', () => [join(dir, 'part-0.csv'), write('cols.csv', `x,y\n${rows[1]}\n`)], 'its columns differ'],
    ['a cut-short part', () => [join(dir, 'part-0.csv'), write('cut.csv', `${header}\n${rows[1]}\n${rows[3].slice(0, 20)}`)], 'the last line is cut short'],
    ['not a part', () => [write('junk.csv', `${header}\nhello,world\n`)], 'is not a row of an experiment'],
    ['an empty file', () => [write('empty.csv', '')], 'is empty'],
  ])('refuses %s', async (_, parts, message) => {
    const r = await cli(['merge', ...parts(), '--out', join(dir, 'bad-merge.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(dir, 'bad-merge.csv'))).toBe(false);
  });
  it('report prints from the merged rows the table the unsharded run printed', async () => {
    const file = join(dir, 'm.json');
    const whole = await cli([file]);
    expect((await cli(['merge', join(dir, 'part-0.csv'), join(dir, 'part-1.csv'), '--out', join(dir, 'merged2.csv')])).code).toBe(0);
    const r = await cli(['report', file, join(dir, 'merged2.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(whole.stdout);
    expect(r.stdout).toMatch(/Difference from firms\[0\]\.price/);
  });
  it.each([
    ['a part only', () => join(dir, 'part-0.csv'), 'run 1 is missing (3 runs in all)'],
    ['another experiment', () => join(dir, 'other.csv'), 'not a row of this experiment'],
    ['a cut-short file', () => join(dir, 'cut.csv'), 'the last line is cut short'],
    ['other columns', () => join(dir, 'cols.csv'), "its columns are not this experiment's"],
  ])('report refuses %s', async (_, results, message) => {
    const r = await cli(['report', join(dir, 'm.json'), results()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
  it('refuses to write over one of its parts', async () => {
    const r = await cli(['merge', join(dir, 'part-0.csv'), '--out', join(dir, 'part-0.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is also one of the parts');
  });
});
