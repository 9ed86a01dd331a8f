// `npm run experiment` in process, at the edges the command tests leave open: a run that fails
// part-way (the output is written atomically, as src/cli/sink.ts promises), a shard's closing
// line and its silence on stdout, notices and --quiet, two outputs' columns in the table, merge's
// messages, and when threads are started.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runExperimentCli } from '../../../src/cli/experimentRun.ts';
import { experimentValue } from '../experiment/helpers.ts';
import { tempDir, writeTinyScenario } from './helpers.ts';

describe('a run that fails part-way', () => {
  it('leaves an existing output untouched and no temporary file (a bad design point after good ones)', async () => {
    const dir = tempDir();
    writeTinyScenario(dir, {}, 'base.json');
    const file = join(dir, 'e.json');
    // points 0–5 run; point 6 gives every firm an initial share of 0
    const share = (firm: number, levels: number[]) => ({ path: `firms[${firm}].initialShare`, levels });
    writeFileSync(
      file,
      JSON.stringify(experimentValue({ factors: [share(0, [0.5, 0]), share(1, [0.5, 0]), share(2, [0, 0])], design: { type: 'factorial' } })),
    );
    writeFileSync(join(dir, 'out.csv'), 'previous results\n');
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => (stderr += t), stderrIsTTY: false };
    const code = await runExperimentCli([file, '--out', join(dir, 'out.csv'), '-q'], io, { workerEntry: new URL('file:///unused') });
    expect(code).toBe(2);
    expect(stderr).toContain('design point 6 (firms[0].initialShare=0, firms[1].initialShare=0, firms[2].initialShare=0)');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('previous results\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

let dir: string;
let stdout: string;
let stderr: string;
beforeEach(() => {
  dir = tempDir();
  writeTinyScenario(dir, {}, 'base.json');
  stdout = '';
  stderr = '';
});
const io = () => ({ stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), stderrIsTTY: false });
const entry = { workerEntry: new URL('file:///no/such/entry.mjs') };
const write = (name: string, value: unknown) => {
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return join(dir, name);
};
const run = (argv: string[]) => runExperimentCli(argv, io(), entry);

describe('running', () => {
  it('a shard: only its runs, a closing line naming it, and no table', async () => {
    const file = write('e.json', experimentValue());
    expect(await run([file, '--shard', '1/2', '--out', join(dir, 'p.csv')])).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Ran 3 of 6 runs \(shard 1\/2\): 3 points × 2 replicates × 6 periods of 500 customers in [\d.]+ s\n$/);
    const runs = readFileSync(join(dir, 'p.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[1]);
    expect(runs).toEqual(['1', '3', '5']);
  });
  it('the whole run: every run, no shard in the line, the table on stdout', async () => {
    const file = write('e.json', experimentValue());
    expect(await run([file])).toBe(0);
    expect(stderr).toMatch(/^Ran 6 of 6 runs: 3 points × 2 replicates × 6 periods of 500 customers in [\d.]+ s\n$/);
    expect(stdout).toMatch(/^Experiment: 3 design points \(sweep\)/);
  });
  it('a factor on the population: "varied numbers of" customers', async () => {
    const file = write('e.json', experimentValue({ factors: [{ path: 'population.size', levels: [200, 300] }], design: { type: 'sweep' } }));
    expect(await run([file, '-q'])).toBe(0);
    expect(await run([file])).toBe(0);
    expect(stderr).toMatch(/^Ran 4 of 4 runs: 2 points × 2 replicates × 6 periods of varied numbers of customers in /);
  });
  it('a factor on the population among others is still "varied numbers of"; every error of a bad file listed', async () => {
    const factors = [
      { path: 'firms[0].price', levels: [1, 1.1] },
      { path: 'population.size', levels: [200, 300] },
    ];
    expect(await run([write('e.json', experimentValue({ factors, design: { type: 'factorial' }, replicates: 1 }))])).toBe(0);
    expect(stderr).toMatch(/^Ran 4 of 4 runs: 4 points × 1 replicates × 6 periods of varied numbers of customers in /);
    stderr = '';
    const bad = write('bad.json', experimentValue({ replicates: 0, design: { type: 'lhs', n: 0 } }));
    expect(await run([bad])).toBe(2);
    expect(stderr).toMatch(new RegExp(`^loyalty-lab experiment: .*bad\\.json is not a usable experiment:\\n  [^\\n]+\\n  [^\\n]+\\n$`));
  });
  it('on a terminal, the bar counts the runs: the first of 6 is 17%', async () => {
    const file = write('e.json', experimentValue());
    expect(await runExperimentCli([file], { ...io(), stderrIsTTY: true }, entry)).toBe(0);
    expect(/\r\[[#-]+\] +(\d+)%/.exec(stderr)?.[1]).toBe('17');
  });
  it('--quiet: nothing on stdout or stderr', async () => {
    expect(await run([write('e.json', experimentValue()), '-q', '--out', join(dir, 'q.csv')])).toBe(0);
    expect([stdout, stderr]).toEqual(['', '']);
  });
  it("the base scenario's notices, unless --quiet", async () => {
    write('v0.json', { population: 300, horizon: 2, replicates: 1 });
    const file = write('e.json', experimentValue({ base: 'v0.json' }));
    expect(await run([file, '-q'])).toBe(0);
    expect(stderr).toBe('');
    expect(await run([file])).toBe(0);
    expect(stderr).toMatch(/^loyalty-lab experiment: .*migrated to version 2/);
  });
  it('two outputs: each run’s outputs in their own columns of the table', async () => {
    const outputs = [
      { measure: 'profit', statistic: 'total' },
      { measure: 'customers', statistic: 'final' },
    ];
    const file = write('e.json', experimentValue({ outputs }));
    expect(await run([file, '--out', join(dir, 'two.csv')])).toBe(0);
    const rows = readFileSync(join(dir, 'two.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').slice(-2).map(Number));
    const mean = (point: number, j: number) => (rows[2 * point][j] + rows[2 * point + 1][j]) / 2;
    const table = stdout
      .split('\n')
      .slice(3, 6)
      .map((l) => l.trim().split(/\s{3,}/));
    for (let point = 0; point < 3; point++)
      for (let j = 0; j < 2; j++)
        expect(Number(table[point][2 + j].split(' ')[0])).toBeCloseTo(mean(point, j), -Math.floor(Math.log10(Math.abs(mean(point, j)))) + 3);
  });
  it('more than one thread and more than one run start threads (this entry cannot load: exit 1); one run needs none', async () => {
    const file = write('e.json', experimentValue());
    expect(await run([file, '--workers', '2', '-q'])).toBe(1);
    expect(stderr).toMatch(/^loyalty-lab experiment: /);
    // one run in this shard: no thread
    stderr = '';
    expect(await run([file, '--workers', '2', '--shard', '5/6', '--out', join(dir, 'one.csv'), '-q'])).toBe(0);
    expect(stderr).toBe('');
    // one thread: none either
    expect(await run([file, '--workers', '1', '-q'])).toBe(0);
  });
  it('refuses --out that is the experiment file, by its message', async () => {
    const file = write('e.json', experimentValue());
    expect(await run([file, '--out', file])).toBe(2);
    expect(stderr).toBe(`loyalty-lab experiment: ${file}: the output would overwrite the experiment file\n`);
  });
  it('an embedded base: an output named like a base file is no clash', async () => {
    const file = write('e.json', experimentValue({ base: JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')) }));
    expect(await run([file, '--out', join(dir, 'base.json'), '-q'])).toBe(0);
  });
  it('an output that cannot be made: exit 1, naming it', async () => {
    const file = write('e.json', experimentValue());
    expect(await run([file, '--out', join(dir, 'none', 'x.csv'), '-q'])).toBe(1);
    expect(stderr).toBe(`loyalty-lab experiment: cannot write ${join(dir, 'none', 'x.csv')} (ENOENT)\n`);
  });
});

describe('merge and report', () => {
  const part = (name: string, runs: number[]) => write(name, ['experiment,run,v', ...runs.map((r) => `0123456789abcdef,${r},1`)].join('\n') + '\n');
  it('refuses an output that is one of several parts; says what it merged unless --quiet', async () => {
    const [a, b] = [part('a.csv', [0, 2]), part('b.csv', [1])];
    expect(await run(['merge', a, b, '--out', b])).toBe(2);
    expect(stderr).toBe(`loyalty-lab experiment: merge: ${b} is also one of the parts\n`);
    stderr = '';
    expect(await run(['merge', a, b, '--out', join(dir, 'all.csv'), '-q'])).toBe(0);
    expect(stderr).toBe('');
    expect(await run(['merge', a, b, '--out', join(dir, 'all.csv')])).toBe(0);
    expect(stderr).toBe(`Merged 2 parts, 3 runs, into ${join(dir, 'all.csv')}\n`);
  });
  it('a part that cannot be read: exit 1, naming it; a bad part: exit 2', async () => {
    expect(await run(['merge', join(dir, 'missing.csv'), '--out', join(dir, 'all.csv')])).toBe(1);
    expect(stderr).toBe(`loyalty-lab experiment: merge: cannot read or write ${join(dir, 'missing.csv')} (ENOENT)\n`);
    expect(existsSync(join(dir, 'all.csv'))).toBe(false);
  });
  it('report: a bad experiment file or a missing results file', async () => {
    const bad = write('bad.json', { schemaVersion: 1 });
    expect(await run(['report', bad, join(dir, 'r.csv')])).toBe(2);
    expect(stderr).toMatch(new RegExp(`^loyalty-lab experiment: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a usable experiment:\n(  .+\n)+$`));
    stderr = '';
    const file = write('e.json', experimentValue());
    expect(await run(['report', file, join(dir, 'r.csv')])).toBe(1);
    expect(stderr).toBe(`loyalty-lab experiment: report: cannot read ${join(dir, 'r.csv')} (ENOENT)\n`);
  });
  it('--help prints the usage', async () => {
    expect(await run(['--help'])).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run experiment/);
  });
});
