import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MEASURES, ROW_HEADER, SEGMENTS } from '../../../src/model/index.ts';
import { cli, tempDir, writeTinyScenario } from './helpers.ts';

let dir: string;
let file: string;
beforeAll(() => {
  dir = tempDir();
  file = writeTinyScenario(dir);
});
const out = (name: string) => join(dir, name);

describe('npm run sim (in process)', () => {
  it('writes the CSV header and reps × horizon × firms × segments rows, in order', async () => {
    const r = await cli([file, '--out', out('a.csv'), '--quiet']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const lines = readFileSync(out('a.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(ROW_HEADER.join(','));
    expect(lines).toHaveLength(1 + 2 * 6 * 3 * SEGMENTS.length);
    const keys = lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','));
    expect(keys[0]).toBe('0,0,0,Us,all');
    expect(keys.at(-1)).toBe('1,5,2,Rival B,low');
    for (const l of lines.slice(1)) expect(l.split(',')).toHaveLength(5 + MEASURES.length);
  });
  it('gives an identical CSV for the same seed, and another for another seed', async () => {
    await cli([file, '--out', out('b1.csv'), '-q']);
    await cli([file, '--out', out('b2.csv'), '-q']);
    await cli([file, '--out', out('b3.csv'), '-q', '--seed', '8']);
    expect(readFileSync(out('b1.csv'), 'utf8')).toBe(readFileSync(out('b2.csv'), 'utf8'));
    expect(readFileSync(out('b3.csv'), 'utf8')).not.toBe(readFileSync(out('b1.csv'), 'utf8'));
  });
  it('gives an identical CSV on 2 worker threads as sequentially', async () => {
    await cli([file, '--out', out('seq.csv'), '-q', '--reps', '3']);
    const r = await cli([file, '--out', out('par.csv'), '-q', '--reps', '3', '--workers', '2']);
    expect(r.code).toBe(0);
    expect(readFileSync(out('par.csv'), 'utf8')).toBe(readFileSync(out('seq.csv'), 'utf8'));
  });
  it('gives an identical CSV with the TypeScript engine as with WebAssembly, on one thread or two', async () => {
    await cli([file, '--out', out('wasm.csv'), '-q', '--reps', '2']);
    await cli([file, '--out', out('ts.csv'), '-q', '--reps', '2', '--engine', 'typescript']);
    await cli([file, '--out', out('ts2.csv'), '-q', '--reps', '2', '--engine', 'typescript', '--workers', '2']);
    expect(readFileSync(out('ts.csv'), 'utf8')).toBe(readFileSync(out('wasm.csv'), 'utf8'));
    expect(readFileSync(out('ts2.csv'), 'utf8')).toBe(readFileSync(out('wasm.csv'), 'utf8'));
  });
  it('applies --reps, --horizon and --population over the file', async () => {
    await cli([file, '--out', out('c.csv'), '-q', '--reps', '1', '--horizon', '3', '--population', '200']);
    expect(readFileSync(out('c.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(1 + 1 * 3 * 3 * 4);
  });
  it('prints the summary table on stdout and one closing line on stderr', async () => {
    const r = await cli([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Period 6 of 6/);
    for (const label of ['Retention', 'Market share', 'Revenue share', 'Value-loyal share', 'NPS', 'Mean satisfaction', 'Cumulative profit', 'CLV'])
      expect(r.stdout).toContain(label);
    expect(r.stdout).toMatch(/Us\s+Rival A\s+Rival B/);
    expect(r.stderr).toMatch(/^Ran 2 replicates × 6 periods of 500 customers in [\d.]+ s\n$/);
  });
  it('draws a progress bar only on a terminal', async () => {
    const r = await cli([file], true);
    expect(r.stderr).toContain('\r[');
  });
  it('writes JSON with the scenario, the rows and the summary, NaN as null', async () => {
    await cli([file, '--json', out('d.json'), '-q']);
    const j = JSON.parse(readFileSync(out('d.json'), 'utf8'));
    expect(j.columns).toEqual([...ROW_HEADER]);
    expect(j.rows).toHaveLength(2 * 6 * 3 * 4);
    expect(j.scenario.seed).toBe(7);
    expect(j.summary[0]).toMatchObject({ firm: 0, name: 'Us', retention: { n: 2 } });
  });
  it('rounds to --digits significant digits', async () => {
    await cli([file, '--out', out('e.csv'), '-q', '--digits', '3']);
    const cells = readFileSync(out('e.csv'), 'utf8').split('\n')[1].split(',').slice(5);
    const fractions = cells.filter((c) => /^-?\d*\.\d+$/.test(c));
    expect(fractions.length).toBeGreaterThan(10);
    for (const c of fractions) expect(c.replace(/^-?0\.0*|\.|-/g, '').length).toBeLessThanOrEqual(3);
  });
  it('prints the version-0 migration notice', async () => {
    const v0 = join(dir, 'v0.json');
    writeFileSync(v0, JSON.stringify({ population: 300, horizon: 2, replicates: 1 }));
    const r = await cli([v0]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('migrated to version 2');
  });
});

describe('npm run sim refuses (exit 2)', () => {
  it('a bad field, naming its path', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, firms: [{}, { price: 0.1 }] }));
    const r = await cli([bad, '--out', out('never.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('  firms[1].price: must be ≥ 0.2\n');
    expect(() => readFileSync(out('never.csv'))).toThrow();
  });
  it.each([
    ['a missing file', ['nope.json'], '(file): no such file'],
    ['a directory', ['.'], '(file): is not a file'],
    ['no file at all', [], 'missing the scenario file'],
    ['two files', ['a.json', 'b.json'], 'expected one scenario file, got 2'],
    ['an unknown option', ['a.json', '--fast'], "Unknown option '--fast'"],
    ['a non-number', ['a.json', '--reps', 'ten'], '--reps: must be a whole number, not "ten"'],
    ['too many workers', ['a.json', '--workers', '1000'], '--workers: must be between 1 and 64'],
    ['an unknown engine', ['a.json', '--engine', 'gpu'], '--engine: must be wasm or typescript, not "gpu"'],
  ])('%s', async (_, argv, message) => {
    const r = await cli(argv.map((a) => (a === 'nope.json' ? join(dir, a) : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
  it('an option beyond the limits, naming the option', async () => {
    const r = await cli([file, '--reps', '1000', '--population', '5000000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--reps (replicates): must be ≤ 200');
    expect(r.stderr).toContain('--population (population.size): must be ≤ 1,000,000');
  });
  it('a file over the size limit, without reading it', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, ' '.repeat(1_200_000));
    const r = await cli([big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(file): 1.20 MB is larger than the 1 MB limit');
  });
});

describe('npm run sim, other exits', () => {
  it('--help prints the usage and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run sim -- <scenario.json>/);
  });
  it('an output that cannot be written exits 1', async () => {
    const r = await cli([file, '--out', join(dir, 'no-such-dir', 'x.csv'), '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*x\.csv \(ENOENT\)/);
  });
});

describe('npm run sim guards its outputs', () => {
  it('refuses to write over the scenario file', async () => {
    const r = await cli([file, '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the output would overwrite the scenario file');
    expect(JSON.parse(readFileSync(file, 'utf8')).seed).toBe(7);
  });
  it('refuses the same file for --out and --json', async () => {
    expect((await cli([file, '--out', out('x'), '--json', out('x')])).code).toBe(2);
  });
  it.runIf(existsSync('/dev/full')).each([['1'], ['2']])('exits 1 when the disk is full (%s worker(s))', async (workers) => {
    const r = await cli([file, '--out', '/dev/full', '-q', '--workers', workers, '--reps', '3', '--population', '5000', '--horizon', '24']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('loyalty-lab: cannot write /dev/full (ENOSPC)\n');
  });
  it('exits 1 when a worker cannot start', async () => {
    const { runCli } = await import('../../../src/cli/run.ts');
    let stderr = '';
    const code = await runCli(
      [file, '--workers', '2', '-q'],
      { stdout: () => {}, stderr: (t) => (stderr += t), stderrIsTTY: false },
      { workerEntry: new URL('file:///no/such/worker.mjs') },
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^loyalty-lab: /);
  });
});
