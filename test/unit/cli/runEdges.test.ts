// `npm run sim` in process, at the edges the other command tests leave open: which plan a
// sweep's variants run on under --memory, notices and --quiet, the JSON's layout, the cohort
// files of a sweep, the progress bar's first frame, one replicate, a worker that cannot start.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run.ts';
import { cli, tempDir, writeTinyScenario } from './helpers.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = tempDir();
  file = writeTinyScenario(dir);
});
const out = (name: string) => join(dir, name);

describe('the plan a sweep runs on', () => {
  const sweep = ['--sweep', 'population.size=200,20000', '--horizon', '1', '--reps', '2'];
  it('a variant that does not fit the budget refuses the whole run, whichever comes first', async () => {
    // 128 MB for the main thread, 64 bytes a customer: 20,000 customers need 129.3 MB
    for (const values of ['200,20000', '20000,200']) {
      const r = await cli([file, '--sweep', `population.size=${values}`, '--horizon', '1', '--memory', '129', '-q']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('loyalty-lab: one replicate of 20,000 customers needs about 130 MB, more than the memory budget of 129 MB (--memory)\n');
    }
  });
  it('the variant that fits the fewest workers sets the notice (the larger population)', async () => {
    // 193 MB: two workers of 200 customers fit (33 MB each), two of 20,000 do not (34 MB each)
    const r = await cli([file, ...sweep, '--workers', '2', '--memory', '193', '--out', out('s.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^loyalty-lab: --workers 2 would need about 195 MB \(34 MB a worker\), more than the memory budget of 193 MB; running on the main thread alone/,
    );
  });
  it('on a tie, the first variant’s notice', async () => {
    // 150 MB: neither fits two workers; both run on the main thread, and the first one's numbers are given
    const r = await cli([file, ...sweep, '--workers', '2', '--memory', '150', '--out', out('s.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^loyalty-lab: --workers 2 would need about \d+ MB \(33 MB a worker\)/);
    const quiet = await cli([file, ...sweep, '--workers', '2', '--memory', '150', '-q']);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  it('the cohort counts count in the budget only when a cohort file is asked for', async () => {
    // 15,000 customers: 128 MB + 15,000 × 64 bytes fits 129 MB; with 20 bytes more each, it does not
    const small = ['--population', '15000', '--horizon', '1', '--reps', '1', '--memory', '129', '-q'];
    expect((await cli([file, ...small, '--out', out('a.csv')])).code).toBe(0);
    const r = await cli([file, ...small, '--by-satisfaction', out('b.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('one replicate of 15,000 customers needs about');
  });
});

describe('messages and files', () => {
  it('--quiet leaves out the migration notice', async () => {
    const v0 = join(dir, 'v0.json');
    writeFileSync(v0, JSON.stringify({ population: 300, horizon: 2, replicates: 1 }));
    expect(await cli([v0, '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  it('each output option is refused by name when it would overwrite the scenario', async () => {
    for (const option of ['--out', '--json', '--cohorts', '--by-satisfaction', '--by-tenure']) {
      const before = readFileSync(file, 'utf8');
      const r = await cli([file, option, file, '-q']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`loyalty-lab: ${option} ${file}: the output would overwrite the scenario file ${file}\n`);
      expect(readFileSync(file, 'utf8')).toBe(before);
    }
  });
  it('the JSON: the scenario, the columns, then one row a line, then the summary', async () => {
    expect((await cli([file, '--json', out('r.json'), '-q', '--reps', '1', '--horizon', '1'])).code).toBe(0);
    const lines = readFileSync(out('r.json'), 'utf8').split('\n');
    // 1 replicate × 1 period × 3 firms × 4 segments = 12 rows
    expect(lines).toHaveLength(3 + 12 + 3);
    expect(lines[0]).toMatch(/^\{"scenario":\{.*\},$/);
    expect(lines[1]).toMatch(/^"columns":\["replicate",.*\],$/);
    expect(lines[2]).toBe('"rows":[');
    for (const [i, l] of lines.slice(3, 15).entries()) expect(l).toMatch(i < 11 ? /^\[0,0,\d,"[^"]+","[^"]+",.*\],$/ : /^\[0,0,2,"Rival B","low",.*\]$/);
    expect(lines[15]).toMatch(/^\],$/);
    expect(lines[16]).toMatch(/^"summary":\[\{"firm":0,"name":"Us",.*\}\]\}$/);
    expect(lines[17]).toBe('');
  });
  it('a sweep labels the cohort files’ rows with the sweep path and value', async () => {
    const r = await cli([file, '--sweep', 'horizon=13,14', '--cohorts', out('c.csv'), '--by-satisfaction', out('b.csv'), '--by-tenure', out('t.csv'), '-q']);
    expect(r.code).toBe(0);
    for (const name of ['c.csv', 'b.csv', 't.csv']) {
      const [header, ...rows] = readFileSync(out(name), 'utf8').trimEnd().split('\n');
      expect(header).toMatch(/^sweepPath,sweepValue,replicate,/);
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((l) => l.split(',').slice(0, 2).join(',')))).toEqual(new Set(['horizon,13', 'horizon,14']));
    }
  });
  it('the bar counts every variant’s replicates × periods: 2 × 3 + 2 × 8 = 22, so the first period is 5%', async () => {
    const r = await cli([file, '--sweep', 'horizon=3,8', '--out', out('p.csv')], true);
    expect(r.code).toBe(0);
    expect(/\r\[[#-]+\] +(\d+)%/.exec(r.stderr)?.[1]).toBe('5');
  });
  it('one replicate is "1 replicate"', async () => {
    const r = await cli([file, '--reps', '1', '--out', out('one.csv')]);
    expect(r.stderr).toMatch(/^Ran 1 replicate × 6 periods of 500 customers in [\d.]+ s\n$/);
  });
  it('two replicates on more than one thread start threads: an entry that cannot load exits 1', async () => {
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => (stderr += t), stderrIsTTY: false };
    const code = await runCli([file, '--workers', '2', '-q', '--out', out('w.csv')], io, { workerEntry: new URL('file:///no/such/entry.mjs') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^loyalty-lab: /);
    // one replicate needs no thread, so the same entry is never loaded
    stderr = '';
    expect(await runCli([file, '--workers', '2', '--reps', '1', '-q', '--out', out('w1.csv')], io, { workerEntry: new URL('file:///no/such/entry.mjs') })).toBe(
      0,
    );
    expect(stderr).toBe('');
  });
});
