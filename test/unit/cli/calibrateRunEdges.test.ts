// `npm run calibrate` in process on one thread (the command test that writes every file also runs
// worker threads, which mutation runs leave out): the targets file's checks, the bar's count,
// --quiet, the files written, and when threads are started.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCalibrateCli } from '../../../src/cli/calibrateRun.ts';
import { MAX_TARGET_BYTES } from '../../../src/experiment/calibrate/targets.ts';
import { tempDir } from './helpers.ts';

let dir: string;
let scenario: string;
let targets: string;
let stdout: string;
let stderr: string;
beforeEach(() => {
  dir = tempDir();
  scenario = join(dir, 'market.json');
  writeFileSync(scenario, JSON.stringify({ schemaVersion: 1, horizon: 6, population: { size: 300 } }));
  targets = join(dir, 'observed.csv');
  writeFileSync(targets, 'kind,firm,period,value\nretention,0,1,0.9\nretention,0,2,0.88\nretention,0,3,0.87\nshare,0,3,0.4\n');
  stdout = '';
  stderr = '';
});
const quick = ['--reps', '2', '--restarts', '1', '--evaluations', '3', '--bootstrap', '2', '--fit', 'behaviour.offerRate=0.01:0.3'];
const run = (argv: string[], tty = false, entry = 'file:///no/such/entry.mjs') =>
  runCalibrateCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: tty }, { workerEntry: new URL(entry) });

describe('npm run calibrate on one thread', () => {
  it('writes the calibrated scenario, the report and the residuals; prints the fit and what it wrote', async () => {
    const out = join(dir, 'fit.json');
    expect(await run([scenario, '--targets', targets, '--out', out, ...quick])).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).population).toEqual({ size: 300 });
    const report = JSON.parse(readFileSync(join(dir, 'fit.fit.json'), 'utf8'));
    expect(report).toMatchObject({ scenario, targets, holdout: 0 });
    expect(report.parameters).toHaveLength(1);
    const residuals = readFileSync(join(dir, 'fit.residuals.csv'), 'utf8').trimEnd().split('\n');
    expect(residuals[0]).toBe('kind,firm,period,set,observed,simulated,lo90,hi90,residual,scaled');
    expect(residuals).toHaveLength(5);
    expect(stdout).toMatch(/^Fitted 1 parameters to 4 observations/);
    expect(stdout).toContain(`\nWrote ${out} (the scenario with the fitted values), ${join(dir, 'fit.fit.json')} and ${join(dir, 'fit.residuals.csv')}.`);
    expect(stderr).toMatch(
      /^Calibrated 1 parameters to 4 observations: 1 restarts and 2 bootstrap refits of up to 3 evaluations × 2 replicates, 300 customers in [\d.]+ s\n$/,
    );
  });
  it('--quiet prints nothing; on a terminal the bar counts restarts, refits, one profile a parameter and the fit: the first of 5 is 20%', async () => {
    expect(await run([scenario, '--targets', targets, '--out', join(dir, 'q.json'), '-q', ...quick])).toBe(0);
    expect([stdout, stderr]).toEqual(['', '']);
    expect(await run([scenario, '--targets', targets, '--out', join(dir, 't.json'), ...quick], true)).toBe(0);
    // the bar writes its own codes (a carriage return, an erase to the end of the line) unsanitised
    expect(stderr.startsWith('\r[')).toBe(true);
    expect(/\r\[[#-]+\] +(\d+)%/.exec(stderr)?.[1]).toBe('20');
    expect(stderr).toContain('\u001b[K');
  });
  it('names what is wrong with the targets file', async () => {
    const refused = async (path: string, problem: string) => {
      stderr = '';
      expect(await run([scenario, '--targets', path, '--out', join(dir, 'x.json'), ...quick])).toBe(2);
      expect(stderr).toBe(`loyalty-lab calibrate: ${path} is not a usable targets file:\n  ${problem}\n`);
    };
    await refused(join(dir, 'none.csv'), '(file): no such file');
    mkdirSync(join(dir, 'sub'));
    await refused(join(dir, 'sub'), '(file): is not a file');
    writeFileSync(join(dir, 'big.csv'), ' '.repeat(MAX_TARGET_BYTES + 1));
    await refused(join(dir, 'big.csv'), '(file): larger than the 1 MB limit for targets');
    writeFileSync(join(dir, 'edge.csv'), 'x'.repeat(MAX_TARGET_BYTES));
    stderr = '';
    expect(await run([scenario, '--targets', join(dir, 'edge.csv'), '--out', join(dir, 'x.json'), ...quick])).toBe(2);
    expect(stderr).not.toContain('larger than');
  });
  it('a bad scenario, a fit it cannot make, a worker entry that cannot load', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ schemaVersion: 1, horizon: 0 }));
    expect(await run([join(dir, 'bad.json'), '--targets', targets, '--out', join(dir, 'x.json'), ...quick])).toBe(2);
    expect(stderr).toBe(`loyalty-lab calibrate: ${join(dir, 'bad.json')} is not a usable scenario:\n  horizon: must be ≥ 1\n`);
    stderr = '';
    expect(await run([scenario, '--targets', targets, '--out', join(dir, 'x.json'), ...quick, '--fit', 'nope.field=0:1'])).toBe(2);
    expect(stderr).toMatch(/^loyalty-lab calibrate: cannot calibrate:\n {2}/);
    stderr = '';
    expect(await run([scenario, '--targets', targets, '--out', join(dir, 'w.json'), '-q', '--workers', '2', ...quick])).toBe(1);
    expect(stderr).toMatch(/^loyalty-lab calibrate: /);
  });
});
