// The CLI as a user runs it: a real process, real exit codes; and the esbuild bundle that
// `npm run sim` runs, whose worker threads start from the bundle itself.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeTinyScenario } from './helpers.ts';

const root = new URL('../../../', import.meta.url).pathname;
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: root, encoding: 'utf8', timeout: 60_000 });

let dir: string;
let file: string;
beforeAll(() => {
  dir = tempDir();
  file = writeTinyScenario(dir);
});

describe('the CLI as a process', () => {
  it('exits 2 on a bad file, with the field path on stderr and nothing on stdout', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, horizon: 0, firms: [{}, { price: 9 }] }));
    const r = run('npx', ['tsx', 'src/cli/main.ts', bad]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('horizon: must be ≥ 1');
    expect(r.stderr).toContain('firms[1].price: must be ≤ 3');
  });
  it('npm run sim (the bundle) gives the same CSV on 2 workers as tsx sequentially', () => {
    const seq = run('npx', ['tsx', 'src/cli/main.ts', file, '--reps', '3', '--out', join(dir, 'seq.csv'), '-q']);
    expect(seq.status).toBe(0);
    const par = run('node', ['scripts/run-ts.mjs', 'src/cli/main.ts', file, '--reps', '3', '--workers', '2', '--out', join(dir, 'par.csv')]);
    expect(par.stderr).toMatch(/^Ran 3 replicates × 6 periods of 500 customers in [\d.]+ s\n$/);
    expect(par.status).toBe(0);
    expect(par.stdout).toMatch(/^Period 6 of 6/);
    expect(readFileSync(join(dir, 'par.csv'), 'utf8')).toBe(readFileSync(join(dir, 'seq.csv'), 'utf8'));
  });
});
