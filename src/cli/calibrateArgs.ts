// Options of `npm run calibrate`.
import { parseFit, type CalibrationOptions, type FreeParameter } from '../experiment/calibrate/setup.ts';
import { oneFile, parseRunner, readCommandLine } from './searchArgs.ts';

export const CALIBRATE_USAGE = `Usage: npm run calibrate -- <scenario.json> --targets <observed.csv> --fit PATH=FROM:TO … --out <calibrated.json> [options]

Fits free parameters of a scenario (any numeric field by path, within bounds) to observed
series: retention, churn, market share, NPS, mean satisfaction per period and firm; cohort
survival by age and retention a year later by satisfaction band per firm. The loss
is a weighted RMSE of the misses in units of each target's scale, on common random numbers
(the same replicates at every candidate), minimised by Nelder–Mead from several starts. Prints
the fitted values with their uncertainty, flags what the data do not identify, and shows
observed against simulated per target. Writes the calibrated scenario (the input file with
only the fitted fields changed), a JSON fit report and a CSV of observed vs simulated.

Targets CSV: kind,firm,period,value[,weight][,scale] with kind one of retention, churn,
share, nps, satisfaction; period in the scenario's time base (0 = the first reported period).
Two kinds use period for something else and are read over the whole run (which then counts
cohorts, a few per cent slower): survival, the share of the cohorts acquired during the run
still customers at age = period (in periods, from 1; pooled Kaplan-Meier as the cohort
chart), and retentionbyband, the share of customers in satisfaction band = period (0 = 1-1.25
... 15 = 4.75-5) still customers a year later (the horizon must be longer than a year).

Options:
  --targets FILE      the observed data (required)
  --fit PATH=FROM:TO  a free parameter and its bounds, e.g. behaviour.offerRate=0.01:0.3 (repeat)
  --out FILE          the calibrated scenario (required)
  --report FILE       the fit report as JSON (default: <out>.fit.json)
  --residuals FILE    observed vs simulated per target as CSV (default: <out>.residuals.csv)
  --holdout F         hold out the last fraction F of each series (0 ≤ F < 1; default 0)
  --reps R            replicates per candidate (default 8)
  --restarts N        starts of the search (default 3; the first at the scenario's values)
  --evaluations N     evaluations per restart and per bootstrap refit (default 40)
  --bootstrap B       bootstrap refits for the uncertainty (default 8)
  --seed S            seed of the runs (default: the scenario's)
  --workers N         run restarts, refits and profiles on N threads (the same results as 1)
  --engine E          wasm (default) or typescript
  --quiet             print nothing but errors
  --help              show this help

Exit codes: 0 done, 1 could not write or run, 2 bad options, scenario or targets.
`;

export interface CalibrateOptions extends Omit<CalibrationOptions, 'seed'> {
  file: string;
  targets: string;
  fits: FreeParameter[];
  out: string;
  report: string;
  residuals: string;
  seed: number | null;
  workers: number;
  quiet: boolean;
}

export type CalibrateArgs = { help: true } | { help: false; options: CalibrateOptions } | { help: false; error: string };

function whole(name: string, text: string | undefined, def: number, min: number, max: number): number | string {
  if (text === undefined) return def;
  if (!/^\d{1,10}$/.test(text.trim())) return `--${name}: must be a whole number, not "${text.slice(0, 30)}"`;
  const n = Number(text);
  return n >= min && n <= max ? n : `--${name}: must be between ${min} and ${max}`;
}

export function parseCalibrateArgs(argv: readonly string[]): CalibrateArgs {
  const parsed = readCommandLine(argv, {
    targets: { type: 'string', short: 't' },
    fit: { type: 'string', multiple: true },
    report: { type: 'string' },
    residuals: { type: 'string' },
    holdout: { type: 'string' },
    reps: { type: 'string' },
    restarts: { type: 'string' },
    evaluations: { type: 'string' },
    bootstrap: { type: 'string' },
    seed: { type: 'string' },
  });
  if (typeof parsed === 'string') return { help: false, error: parsed };
  const { values: v, positionals } = parsed;
  if (v.help) return { help: true };
  const error = (e: string): CalibrateArgs => ({ help: false, error: e });
  const input = oneFile(positionals, 'scenario file');
  if ('error' in input) return error(input.error);
  if (!v.targets) return error('--targets FILE is required: the observed data');
  if (!v.out) return error('--out FILE is required: where the calibrated scenario goes');
  if (!v.fit?.length) return error("--fit PATH=FROM:TO is required at least once, e.g. --fit 'behaviour.offerRate=0.01:0.3'");
  if (v.fit.length > 20) return error('--fit: at most 20 free parameters');
  const fits: FreeParameter[] = [];
  for (const f of v.fit) {
    const p = parseFit(f);
    if (typeof p === 'string') return error(p);
    fits.push(p);
  }
  let holdout = 0;
  if (v.holdout !== undefined) {
    holdout = Number(v.holdout);
    if (!/^\d*\.?\d+$/.test(v.holdout.trim()) || !(holdout >= 0 && holdout < 1))
      return error(`--holdout: must be a fraction from 0 to below 1, not "${v.holdout.slice(0, 30)}"`);
  }
  const numbers = {
    replicates: whole('reps', v.reps, 8, 2, 1000),
    restarts: whole('restarts', v.restarts, 3, 1, 20),
    evaluations: whole('evaluations', v.evaluations, 40, 3, 5000),
    bootstrap: whole('bootstrap', v.bootstrap, 8, 2, 200),
    seed: v.seed === undefined ? null : whole('seed', v.seed, 0, 0, 2 ** 32 - 1),
  };
  for (const x of Object.values(numbers)) if (typeof x === 'string') return error(x);
  const runner = parseRunner(v);
  if (typeof runner === 'string') return error(runner);
  const stem = v.out.replace(/\.json$/i, '');
  return {
    help: false,
    options: {
      file: input.file,
      targets: v.targets,
      fits,
      out: v.out,
      report: v.report ?? `${stem}.fit.json`,
      residuals: v.residuals ?? `${stem}.residuals.csv`,
      holdout,
      ...(numbers as { replicates: number; restarts: number; evaluations: number; bootstrap: number; seed: number | null }),
      ...runner,
      quiet: v.quiet ?? false,
    },
  };
}
