// `npm run optimise` in process on one thread (the command test that writes the path and the
// report also runs two worker threads, which mutation runs leave out): the files it writes, its
// closing line and bar, --quiet, outputs it refuses, and when it starts threads.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runOptimiseCli } from '../../../src/cli/optimiseRun.ts';
import { optimiseExperiment } from '../experiment/helpers.ts';
import { tempDir, writeTinyScenario } from './helpers.ts';

let dir: string;
let stdout: string;
let stderr: string;
beforeEach(() => {
  dir = tempDir();
  writeTinyScenario(dir, {}, 'base.json');
  stdout = '';
  stderr = '';
});
const entry = { workerEntry: new URL('file:///no/such/entry.mjs') };
const run = (argv: string[], tty = false) => runOptimiseCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: tty }, entry);
const experiment = (optimise: Record<string, unknown> = {}) => {
  const path = join(dir, 'opt.json');
  writeFileSync(path, JSON.stringify(optimiseExperiment({ evaluations: 4, freshReplicates: 2, ...optimise })));
  return path;
};

describe('npm run optimise on one thread', () => {
  it('writes the path, a row per evaluation, and the report; prints the table and the closing line', async () => {
    const file = experiment({ constraints: [{ output: 'profit', min: -1e12 }] });
    expect(await run([file, '--out', join(dir, 'path.csv'), '--report', join(dir, 'r.json')])).toBe(0);
    const path = readFileSync(join(dir, 'path.csv'), 'utf8').split('\n');
    expect(path[0]).toBe('restart,step,firms[0].quality,share,profit,violation,feasible,reused');
    expect(path.at(-1)).toBe('');
    const rows = path.slice(1, -1).map((l) => l.split(','));
    expect(rows).toHaveLength(8); // 2 restarts × 4 evaluations
    expect(rows.map((r) => r[0])).toEqual(['0', '0', '0', '0', '1', '1', '1', '1']);
    for (const r of rows) {
      expect(r).toHaveLength(8);
      expect(r[5]).toBe('0'); // no violation of a bound this low
      expect(r[6]).toBe('1');
    }
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report).toMatchObject({ factors: ['firms[0].quality'], objective: 'share', direction: 'maximise', evaluations: 8, feasibleFound: true });
    expect(report.experiment).toMatch(/^[0-9a-f]{16}$/);
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toMatch(/^\{\n {2}"experiment": .*\n\}\n$/s);
    expect(stdout).toMatch(/^Maximised share over firms\[0\]\.quality: 8 evaluations in 2 restarts/);
    expect(stderr).toMatch(
      /^Searched 2 restarts × up to 4 evaluations × 2 replicates, then 2 finalists × 2 fresh replicates, 6 periods of 500 customers in [\d.]+ s\n$/,
    );
  });
  it('a candidate that breaks a bound is flagged infeasible in the path', async () => {
    const file = experiment({ constraints: [{ output: 'share', min: 2 }] });
    expect(await run([file, '--out', join(dir, 'path.csv'), '-q'])).toBe(0);
    const rows = readFileSync(join(dir, 'path.csv'), 'utf8').trimEnd().split('\n').slice(1);
    for (const r of rows) {
      expect(Number(r.split(',')[5])).toBeGreaterThan(0);
      expect(r.split(',')[6]).toBe('0');
    }
  });
  it('--quiet prints nothing; no --out or --report writes nothing', async () => {
    expect(await run([experiment(), '-q'])).toBe(0);
    expect([stdout, stderr]).toEqual(['', '']);
  });
  it('on a terminal, the bar counts restarts and finalists: the first of 4 is 25%', async () => {
    expect(await run([experiment()], true)).toBe(0);
    expect(/\r\[[#-]+\] +(\d+)%/.exec(stderr)?.[1]).toBe('25');
  });
  it('refuses --out or --report that is the experiment file, naming it', async () => {
    const file = experiment();
    for (const option of ['--out', '--report']) {
      stderr = '';
      expect(await run([file, option, file])).toBe(2);
      expect(stderr).toBe(`loyalty-lab optimise: ${file}: the output would overwrite the experiment file\n`);
    }
  });
  it('a bad experiment file is named', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1 }));
    expect(await run([file])).toBe(2);
    expect(stderr).toMatch(/^loyalty-lab optimise: .*bad\.json is not a usable experiment:\n {2}/);
  });
  it('more than one thread starts threads (this entry cannot load: exit 1); an output that cannot be made: exit 1', async () => {
    expect(await run([experiment(), '--workers', '2', '-q'])).toBe(1);
    expect(stderr).toMatch(/^loyalty-lab optimise: /);
    stderr = '';
    expect(await run([experiment(), '--out', join(dir, 'none', 'p.csv'), '-q'])).toBe(1);
    expect(stderr).toBe(`loyalty-lab optimise: cannot write ${join(dir, 'none', 'p.csv')} (ENOENT)\n`);
  });
});
