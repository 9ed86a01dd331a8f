// The options of `npm run experiment`, `npm run optimise` and `npm run calibrate`, read directly:
// every rule of each parser at its edge, every default, and each message as a user reads it
// (the in-process command tests reach these only through a whole run).
import { describe, expect, it } from 'vitest';
import { CALIBRATE_USAGE, parseCalibrateArgs } from '../../../src/cli/calibrateArgs.ts';
import { EXPERIMENT_USAGE, parseExperimentArgs } from '../../../src/cli/experimentArgs.ts';
import { OPTIMISE_USAGE, parseOptimiseArgs } from '../../../src/cli/optimiseArgs.ts';

const bad = (error: string) => ({ help: false, error });

describe('npm run experiment: options', () => {
  it('runs one experiment file, the whole of it, on one thread by default', () => {
    expect(parseExperimentArgs(['e.json'])).toEqual({
      help: false,
      options: { command: 'run', file: 'e.json', out: undefined, workers: 1, engine: 'wasm', shard: { index: 0, count: 1 }, quiet: false },
    });
  });
  it('reads --out, --workers, --engine, --shard and --quiet', () => {
    expect(parseExperimentArgs(['e.json', '--out', 'p.csv', '-w', '3', '--engine', 'typescript', '--shard', '2/5', '-q'])).toEqual({
      help: false,
      options: { command: 'run', file: 'e.json', out: 'p.csv', workers: 3, engine: 'typescript', shard: { index: 2, count: 5 }, quiet: true },
    });
  });
  it('takes a shard of 1 without --out (the whole run), and refuses a shard of 2 without it', () => {
    expect(parseExperimentArgs(['e.json', '--shard', '0/1'])).toMatchObject({ options: { shard: { index: 0, count: 1 }, out: undefined } });
    expect(parseExperimentArgs(['e.json', '--shard', '0/2'])).toEqual(bad('--shard: needs --out FILE for the part'));
    expect(parseExperimentArgs(['e.json', '--shard', 'x'])).toEqual(bad('--shard: expected i/n with 0 ≤ i < n, e.g. 0/4, not "x"'));
  });
  it('names the file problem, the runner problem and the parser problem', () => {
    expect(parseExperimentArgs([])).toEqual(bad('missing the experiment file'));
    expect(parseExperimentArgs(['a.json', 'b.json'])).toEqual(bad('expected one experiment file, got 2'));
    expect(parseExperimentArgs(['e.json', '--engine', 'gpu'])).toEqual(bad('--engine: must be wasm or typescript, not "gpu"'));
    expect(parseExperimentArgs(['e.json', '--out'])).toEqual(bad("Option '-o, --out <value>' argument missing"));
  });
  it('--help wins over everything else', () => {
    expect(parseExperimentArgs(['--help'])).toEqual({ help: true });
    expect(parseExperimentArgs(['merge', '-h'])).toEqual({ help: true });
    expect(EXPERIMENT_USAGE).toMatch(/^Usage: npm run experiment -- <experiment.json> \[options\]\n/);
  });
  it('merge: the parts and --out, quiet or not', () => {
    expect(parseExperimentArgs(['merge', 'a.csv', 'b.csv', '--out', 'all.csv'])).toEqual({
      help: false,
      options: { command: 'merge', parts: ['a.csv', 'b.csv'], out: 'all.csv', quiet: false },
    });
    expect(parseExperimentArgs(['merge', 'a.csv', '--out', 'all.csv', '--quiet'])).toMatchObject({ options: { quiet: true } });
  });
  it('merge: refuses no parts, no --out, and each run option', () => {
    expect(parseExperimentArgs(['merge', '--out', 'all.csv'])).toEqual(bad('merge: name the part files to join'));
    expect(parseExperimentArgs(['merge', 'a.csv'])).toEqual(bad('merge: --out FILE is required'));
    const only = bad('merge: takes only the part files, --out and --quiet');
    expect(parseExperimentArgs(['merge', 'a.csv', '--out', 'o.csv', '--workers', '2'])).toEqual(only);
    expect(parseExperimentArgs(['merge', 'a.csv', '--out', 'o.csv', '--shard', '0/2'])).toEqual(only);
    expect(parseExperimentArgs(['merge', 'a.csv', '--out', 'o.csv', '--engine', 'wasm'])).toEqual(only);
  });
  it('report: exactly the experiment file and the results file, and no option', () => {
    expect(parseExperimentArgs(['report', 'e.json', 'r.csv'])).toEqual({ help: false, options: { command: 'report', file: 'e.json', results: 'r.csv' } });
    const two = bad('report: name the experiment file and its results file');
    expect(parseExperimentArgs(['report', 'e.json'])).toEqual(two);
    expect(parseExperimentArgs(['report', 'e.json', 'r.csv', 'x.csv'])).toEqual(two);
    expect(parseExperimentArgs(['report', 'e.json', 'r.csv', '-q'])).toEqual(bad('report: takes only the experiment file and the results file'));
  });
});

describe('npm run optimise: options', () => {
  it('the defaults, and every option read', () => {
    expect(parseOptimiseArgs(['e.json'])).toEqual({
      help: false,
      options: { file: 'e.json', out: undefined, report: undefined, workers: 1, engine: 'wasm', quiet: false },
    });
    expect(parseOptimiseArgs(['e.json', '-o', 'path.csv', '--report', 'r.json', '--workers', '4', '--engine', 'typescript', '--quiet'])).toEqual({
      help: false,
      options: { file: 'e.json', out: 'path.csv', report: 'r.json', workers: 4, engine: 'typescript', quiet: true },
    });
  });
  it('refuses no file, two files, a bad runner and an unknown option; --help', () => {
    expect(parseOptimiseArgs([])).toEqual(bad('missing the experiment file'));
    expect(parseOptimiseArgs(['a', 'b', 'c'])).toEqual(bad('expected one experiment file, got 3'));
    expect(parseOptimiseArgs(['e.json', '--workers', '0'])).toEqual(bad('--workers: must be between 1 and 64'));
    expect(parseOptimiseArgs(['e.json', '--shard', '0/2'])).toEqual(bad(expect.stringContaining("Unknown option '--shard'")));
    expect(parseOptimiseArgs(['x', 'y', '--help'])).toEqual({ help: true });
    expect(OPTIMISE_USAGE).toMatch(/^Usage: npm run optimise -- <experiment.json> \[options\]\n/);
  });
});

describe('npm run calibrate: options', () => {
  const needed = ['s.json', '--targets', 't.csv', '--out', 'fit.json', '--fit', 'behaviour.offerRate=0.01:0.3'];
  const fit = { text: 'behaviour.offerRate=0.01:0.3', path: 'behaviour.offerRate', from: 0.01, to: 0.3 };
  it('the defaults: report and residuals beside --out, 8 replicates, 3 restarts, 40 evaluations, 8 refits', () => {
    expect(parseCalibrateArgs(needed)).toEqual({
      help: false,
      options: {
        file: 's.json',
        targets: 't.csv',
        fits: [fit],
        out: 'fit.json',
        report: 'fit.fit.json',
        residuals: 'fit.residuals.csv',
        holdout: 0,
        replicates: 8,
        restarts: 3,
        evaluations: 40,
        bootstrap: 8,
        seed: null,
        workers: 1,
        engine: 'wasm',
        quiet: false,
      },
    });
  });
  it('the stem drops a final .json in any case, and only that', () => {
    const stem = (out: string) => parseCalibrateArgs([...needed, '--out', out]);
    expect(stem('a/Fit.JSON')).toMatchObject({ options: { report: 'a/Fit.fit.json', residuals: 'a/Fit.residuals.csv' } });
    expect(stem('fit.json.bak')).toMatchObject({ options: { report: 'fit.json.bak.fit.json' } });
  });
  it('every option read', () => {
    const argv = [
      ...['s.json', '-t', 't.csv', '--out', 'o.json', '--fit', 'a=1:2', '--fit', 'b=-1:1e1'],
      ...['--report', 'r.json', '--residuals', 'res.csv', '--holdout', '.25', '--reps', '2', '--restarts', '20'],
      ...['--evaluations', '5000', '--bootstrap', '200', '--seed', '4294967295', '-w', '2', '--engine', 'typescript', '-q'],
    ];
    expect(parseCalibrateArgs(argv)).toEqual({
      help: false,
      options: {
        file: 's.json',
        targets: 't.csv',
        fits: [
          { text: 'a=1:2', path: 'a', from: 1, to: 2 },
          { text: 'b=-1:1e1', path: 'b', from: -1, to: 10 },
        ],
        out: 'o.json',
        report: 'r.json',
        residuals: 'res.csv',
        holdout: 0.25,
        replicates: 2,
        restarts: 20,
        evaluations: 5000,
        bootstrap: 200,
        seed: 4294967295,
        workers: 2,
        engine: 'typescript',
        quiet: true,
      },
    });
  });
  it('refuses what is missing, in this order: file, targets, out, fit', () => {
    expect(parseCalibrateArgs([])).toEqual(bad('missing the scenario file'));
    expect(parseCalibrateArgs(['s.json'])).toEqual(bad('--targets FILE is required: the observed data'));
    expect(parseCalibrateArgs(['s.json', '-t', 't.csv'])).toEqual(bad('--out FILE is required: where the calibrated scenario goes'));
    expect(parseCalibrateArgs(['s.json', '-t', 't.csv', '--out', 'o.json'])).toEqual(
      bad("--fit PATH=FROM:TO is required at least once, e.g. --fit 'behaviour.offerRate=0.01:0.3'"),
    );
  });
  it('takes 20 free parameters and refuses 21', () => {
    const fits = (n: number) => Array.from({ length: n }, (_, i) => ['--fit', `p${i}=0:1`]).flat();
    const twenty = parseCalibrateArgs([...needed.slice(0, 5), ...fits(20)]);
    expect('options' in twenty && twenty.options.fits.map((f) => f.path)).toEqual(Array.from({ length: 20 }, (_, i) => `p${i}`));
    expect(parseCalibrateArgs([...needed.slice(0, 5), ...fits(21)])).toEqual(bad('--fit: at most 20 free parameters'));
  });
  it('passes on the first bad --fit', () => {
    expect(parseCalibrateArgs([...needed, '--fit', 'a=2:1', '--fit', 'b'])).toEqual(bad("--fit 'a=2:1': FROM must be less than TO"));
  });
  it('--holdout: from 0 to below 1, written as a plain fraction', () => {
    const holdout = (h: string) => parseCalibrateArgs([...needed, `--holdout=${h}`]);
    expect(holdout('0')).toMatchObject({ options: { holdout: 0 } });
    expect(holdout(' 0.999 ')).toMatchObject({ options: { holdout: 0.999 } });
    for (const h of ['1', '1.5', '-0.1', '1e-1', '0x1', 'half', '', '0.5.5'])
      expect(holdout(h)).toEqual(bad(`--holdout: must be a fraction from 0 to below 1, not "${h}"`));
    expect(holdout('x'.repeat(40))).toEqual(bad(`--holdout: must be a fraction from 0 to below 1, not "${'x'.repeat(30)}"`));
  });
  it('the whole numbers at their bounds, just inside and just outside', () => {
    const n = (name: string, value: string) => parseCalibrateArgs([...needed, `--${name}`, value]);
    const cases: [string, string, number, number][] = [
      ['reps', 'replicates', 2, 1000],
      ['restarts', 'restarts', 1, 20],
      ['evaluations', 'evaluations', 3, 5000],
      ['bootstrap', 'bootstrap', 2, 200],
      ['seed', 'seed', 0, 2 ** 32 - 1],
    ];
    for (const [option, field, min, max] of cases) {
      expect(n(option, String(min))).toMatchObject({ options: { [field]: min } });
      expect(n(option, ` ${max} `)).toMatchObject({ options: { [field]: max } });
      const range = bad(`--${option}: must be between ${min} and ${max}`);
      if (min > 0) expect(n(option, String(min - 1))).toEqual(range);
      expect(n(option, String(max + 1))).toEqual(range);
      expect(n(option, '2.5')).toEqual(bad(`--${option}: must be a whole number, not "2.5"`));
      expect(n(option, '')).toEqual(bad(`--${option}: must be a whole number, not ""`));
    }
    // ten digits at most, and the message quotes 30 characters at most
    expect(n('seed', '00000000001')).toEqual(bad('--seed: must be a whole number, not "00000000001"'));
    expect(n('seed', '0000000001')).toMatchObject({ options: { seed: 1 } });
    expect(n('reps', 'y'.repeat(50))).toEqual(bad(`--reps: must be a whole number, not "${'y'.repeat(30)}"`));
  });
  it('refuses a bad runner after the numbers, and --help wins', () => {
    expect(parseCalibrateArgs([...needed, '--workers', '65'])).toEqual(bad('--workers: must be between 1 and 64'));
    expect(parseCalibrateArgs([...needed, '--reps', '1', '--workers', '65'])).toEqual(bad('--reps: must be between 2 and 1000'));
    expect(parseCalibrateArgs(['--help'])).toEqual({ help: true });
    expect(parseCalibrateArgs(['s.json', '--nope'])).toEqual(bad(expect.stringContaining("Unknown option '--nope'")));
    expect(CALIBRATE_USAGE).toMatch(/^Usage: npm run calibrate -- <scenario.json> --targets/);
  });
});
