// `npm run optimise` in-process: the path CSV has a row per evaluation, workers give the same
// path and report as one thread, and bad input exits 2 naming the field.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runOptimiseCli } from '../../../src/cli/optimiseRun.ts';
import { tempDir, writeTinyScenario } from '../cli/helpers.ts';
import { optimiseExperiment } from './helpers.ts';

const WORKER_ENTRY = new URL('../../../src/cli/optimiseMain.ts', import.meta.url);

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runOptimiseCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false }, { workerEntry: WORKER_ENTRY });
  return { code, stdout, stderr };
}

let dir: string;
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
beforeAll(() => {
  dir = tempDir();
  writeTinyScenario(dir, {}, 'base.json');
});

describe('npm run optimise', () => {
  it('writes the path (a row per evaluation) and the report; workers give the same', async () => {
    const file = write('opt.json', optimiseExperiment({ constraints: [{ output: 'profit', min: -1e12 }] }));
    const one = await cli([file, '--out', join(dir, 'p1.csv'), '--report', join(dir, 'r1.json')]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Maximised share over firms\[0\]\.quality: 12 evaluations in 2 restarts/);
    expect(one.stdout).toMatch(/share on 3 fresh replicates \(2 … 4; the search used 0 … 1\)/);
    expect(one.stdout).toMatch(/constraint profit ≥ -1\.000e\+12: .* met on 100% of the fresh replicates/);
    const path = readFileSync(join(dir, 'p1.csv'), 'utf8').trim().split('\n');
    expect(path[0]).toBe('restart,step,firms[0].quality,share,profit,violation,feasible,reused');
    expect(path).toHaveLength(13);
    const two = await cli([file, '--out', join(dir, 'p2.csv'), '--report', join(dir, 'r2.json'), '--workers', '2']);
    expect(two.code).toBe(0);
    expect(readFileSync(join(dir, 'p2.csv'), 'utf8')).toBe(readFileSync(join(dir, 'p1.csv'), 'utf8'));
    expect(readFileSync(join(dir, 'r2.json'), 'utf8')).toBe(readFileSync(join(dir, 'r1.json'), 'utf8'));
    expect(two.stdout).toBe(one.stdout);
  }, 60_000);

  it('says so plainly when no candidate meets the constraints', async () => {
    const file = write('infeasible.json', optimiseExperiment({ constraints: [{ output: 'share', min: 2 }] }));
    const r = await cli([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No candidate met every constraint');
  }, 60_000);

  it.each([
    [{ optimise: undefined }, 'optimise: the experiment has no "optimise" section'],
    [{ optimise: { objective: 'nope' } }, 'optimise.objective: "nope" is not one of the outputs (share, profit)'],
    [{ optimise: { objective: 'share', constraints: [{ output: 'profit' }] } }, 'optimise.constraints[0]: needs min or max'],
    [{ optimise: { objective: 'share', restarts: 0 } }, 'optimise.restarts: must be ≥ 1'],
    [
      { optimise: { objective: 'share', restarts: 20, evaluations: 5000 } },
      'optimise: 20 restarts × 5000 evaluations × 2 replicates + 5 finalists × 20 fresh replicates is up to 200,100 runs, more than 100,000',
    ],
  ])('%j → %s', async (parts, message) => {
    const r = await cli([write('bad.json', { ...optimiseExperiment(), ...parts })]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
