// `npm run calibrate` in-process: a fit writes the scenario with only the fitted fields changed,
// the report and the residuals; workers give the same report as one thread; bad input exits 2
// naming the option, line or column.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCalibrateCli } from '../../../src/cli/calibrateRun.ts';
import { parseScenarioText } from '../../../src/scenario/parse.ts';
import { tempDir } from '../cli/helpers.ts';
import { smallMarket, synthetic, withValues } from './helpers.ts';

const WORKER_ENTRY = new URL('../../../src/cli/calibrateMain.ts', import.meta.url);

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCalibrateCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false }, { workerEntry: WORKER_ENTRY });
  return { code, stdout, stderr };
}

let dir: string;
let scenario: string;
let targets: string;
const quick = ['--reps', '2', '--restarts', '2', '--evaluations', '8', '--bootstrap', '2'];

beforeAll(() => {
  dir = tempDir();
  scenario = join(dir, 'market.json');
  // as an analyst writes it: only what differs from the defaults
  writeFileSync(scenario, JSON.stringify({ schemaVersion: 1, horizon: 10, population: { size: 600 } }));
  const truth = withValues(smallMarket(600, 10), { 'behaviour.offerRate': 0.15 });
  const rows = synthetic(truth, ['retention', 'share'], 8, 0.3, 3).map((t) => `${t.kind},${t.firm},${t.period},${t.value}`);
  targets = join(dir, 'observed.csv');
  writeFileSync(targets, `kind,firm,period,value\n${rows.join('\n')}\n`);
});

describe('npm run calibrate', () => {
  it('writes the calibrated scenario (only the fitted, identified field added), the report and the residuals; workers agree with one thread', async () => {
    const out1 = join(dir, 'one.json');
    const r1 = await cli([
      scenario,
      '--targets',
      targets,
      '--fit',
      'behaviour.offerRate=0.01:0.4',
      '--fit',
      'behaviour.doWithout=0:1',
      '--holdout',
      '0.25',
      '--out',
      out1,
      ...quick,
    ]);
    expect(r1.stderr).toMatch(/Calibrated 2 parameters to 16 observations/);
    expect(r1.code).toBe(0);
    expect(r1.stdout).toMatch(/behaviour\.offerRate/);
    expect(r1.stdout).toMatch(/on the held-out points/);
    const written = JSON.parse(readFileSync(out1, 'utf8'));
    expect(Object.keys(written)).toEqual(['schemaVersion', 'horizon', 'population', 'behaviour']);
    // doWithout has no effect in this market: flagged, and not written
    expect(Object.keys(written.behaviour)).toEqual(['offerRate']);
    expect(r1.stdout).toContain("behaviour.doWithout keeps the scenario's value there (not identified)");
    const report = JSON.parse(readFileSync(join(dir, 'one.fit.json'), 'utf8'));
    expect(written.behaviour.offerRate).toBe(report.parameters[0].value);
    expect(parseScenarioText(readFileSync(out1, 'utf8')).ok).toBe(true);
    const residuals = readFileSync(join(dir, 'one.residuals.csv'), 'utf8').trim().split('\n');
    expect(residuals[0]).toBe('kind,firm,period,set,observed,simulated,lo90,hi90,residual,scaled');
    expect(residuals).toHaveLength(17);
    expect(residuals.filter((l) => l.includes(',holdout,'))).toHaveLength(4);
    const out2 = join(dir, 'two.json');
    const r2 = await cli([
      scenario,
      '--targets',
      targets,
      '--fit',
      'behaviour.offerRate=0.01:0.4',
      '--fit',
      'behaviour.doWithout=0:1',
      '--holdout',
      '0.25',
      '--out',
      out2,
      '--workers',
      '2',
      ...quick,
    ]);
    expect(r2.code).toBe(0);
    expect(readFileSync(out2, 'utf8')).toBe(readFileSync(out1, 'utf8'));
    const { scenario: _a, ...rest1 } = report;
    const { scenario: _b, ...rest2 } = JSON.parse(readFileSync(join(dir, 'two.fit.json'), 'utf8'));
    expect(rest2).toEqual(rest1);
  }, 120_000);

  it.each([
    [['--targets', 'T', '--out', 'o.json'], '--fit PATH=FROM:TO is required at least once'],
    [['--fit', 'behaviour.offerRate=0:1', '--out', 'o.json'], '--targets FILE is required'],
    [['--targets', 'T', '--fit', 'behaviour.offerRate=1:0', '--out', 'o.json'], "--fit 'behaviour.offerRate=1:0': FROM must be less than TO"],
    [['--targets', 'T', '--fit', 'behaviour.offerRate=0:1', '--out', 'o.json', '--holdout', '1'], '--holdout: must be a fraction from 0 to below 1'],
    [['--targets', 'T', '--fit', 'behaviour.offerRate=0:1', '--out', 'o.json', '--reps', '1'], '--reps: must be between 2 and 1000'],
    [['--targets', 'T', '--fit', 'behaviour.offerRate=0:9', '--out', 'o.json'], "--fit 'behaviour.offerRate=0:9': 9 is out of bounds"],
    [['--targets', 'T', '--fit', 'behaviour.offerRate=0:1', '--out', 'S'], 'the output would overwrite an input file'],
    [
      ['--targets', 'T', '--fit', 'behaviour.offerRate=0:1', '--out', 'o.json', '--reps', '1000', '--evaluations', '100'],
      '--restarts, --bootstrap, --evaluations, --reps: up to 1,115,008 runs, more than 100,000',
    ],
  ])('%j → %s', async (argv, message) => {
    const args = argv.map((a) => (a === 'T' ? targets : a === 'S' ? scenario : a));
    const r = await cli([scenario, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('a scenario file in UTF-16 (which the loader reads) is written whole, with the fitted value', async () => {
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(scenario, 'utf8'), 'utf16le')]));
    const out = join(dir, 'from16.json');
    const r = await cli([
      utf16,
      '--targets',
      targets,
      '--fit',
      'behaviour.offerRate=0.01:0.4',
      '--out',
      out,
      '--reps',
      '2',
      '--restarts',
      '1',
      '--evaluations',
      '4',
      '--bootstrap',
      '2',
    ]);
    expect(r.code).toBe(0);
    const written = parseScenarioText(readFileSync(out, 'utf8'));
    expect(written.ok && written.scenario.population.size).toBe(600);
    expect(written.ok && written.scenario.behaviour.offerRate).toBe(JSON.parse(readFileSync(join(dir, 'from16.fit.json'), 'utf8')).parameters[0].value);
  }, 60_000);

  it('a bad targets file exits 2 naming its line and column', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'kind,period,value\nretention,3,0.97\nnps,4,NaN\n');
    const r = await cli([scenario, '--targets', bad, '--fit', 'behaviour.offerRate=0:1', '--out', join(dir, 'x.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 3, column value: "NaN" is not a number');
  });

  it('accepts the cohort kinds: survival by age and retention by satisfaction band', async () => {
    const yearly = join(dir, 'yearly.json');
    writeFileSync(yearly, JSON.stringify({ schemaVersion: 1, horizon: 14, population: { size: 600 } }));
    const cohortCsv = join(dir, 'cohorts.csv');
    const ages = [0.93, 0.88, 0.84, 0.81, 0.79, 0.77].map((v, a) => `survival,0,${a + 1},${v}`);
    const bands = [0.7, 0.8, 0.9, 0.95].map((v, i) => `retentionbyband,0,${9 + 2 * i},${v}`);
    writeFileSync(cohortCsv, `kind,firm,period,value\n${[...ages, ...bands].join('\n')}\n`);
    const out = join(dir, 'cohort.json');
    const r = await cli([yearly, '--targets', cohortCsv, '--fit', 'behaviour.offerRate=0.01:0.4', '--out', out, ...quick]);
    expect(r.stderr).toMatch(/Calibrated 1 parameters? to 10 observations/);
    expect(r.code).toBe(0);
    const residuals = readFileSync(join(dir, 'cohort.residuals.csv'), 'utf8').trim().split('\n');
    expect(residuals.filter((l) => l.startsWith('survival,0,'))).toHaveLength(6);
    expect(residuals.filter((l) => l.startsWith('retentionbyband,0,'))).toHaveLength(4);
    const bad = join(dir, 'age0.csv');
    writeFileSync(bad, 'kind,period,value\nsurvival,0,1\n');
    const e = await cli([yearly, '--targets', bad, '--fit', 'behaviour.offerRate=0:1', '--out', join(dir, 'y.json')]);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain("line 2, column period: a survival row's period is the age in periods");
  }, 60_000);
});
