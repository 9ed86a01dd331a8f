// The `npm run calibrate` command: scenario + targets + free parameters → restarts (on this
// thread or on workers) → runs at the fit → bootstrap refits and profiles → the calibrated
// scenario, the fit report (JSON), observed vs simulated (CSV) and the printed report.
import { readFileSync, statSync } from 'node:fs';
import { calibrateWith, type TaskRunner } from '../experiment/calibrate/tasks.ts';
import { calibratedScenario } from '../experiment/calibrate/scenarioOut.ts';
import { setupCalibration } from '../experiment/calibrate/setup.ts';
import type { CalibrationContext } from '../experiment/calibrate/simulate.ts';
import { MAX_TARGET_BYTES, parseTargetsText } from '../experiment/calibrate/targets.ts';
import { PointError } from '../experiment/plan.ts';
import { serialiseScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import { csvLine } from '../io/csv.ts';
import { CALIBRATE_USAGE, parseCalibrateArgs } from './calibrateArgs.ts';
import { EXIT_FAILED, EXIT_OK, refuseInput, startCommand } from './commandStart.ts';
import { formatFit } from './calibrateTable.ts';
import { CALIBRATE_WORKER_ROLE, handleCalibrateTask, type CalibrateResult, type CalibrateTask } from './calibrateWorker.ts';
import { readScenarioFile } from './load.ts';
import { createProgress } from './progress.ts';
import type { CliIo, CliSetup } from './run.ts';
import { writeWholeFile as writeFile } from './sink.ts';
import { runTasks, runTasksHere } from './taskPool.ts';
import { printable } from './terminal.ts';

const NAME = 'loyalty-lab calibrate';

function readTargets(path: string): string | { error: string } {
  try {
    const st = statSync(path);
    if (!st.isFile()) return { error: '(file): is not a file' };
    if (st.size > MAX_TARGET_BYTES) return { error: `(file): larger than the ${MAX_TARGET_BYTES / 1e6} MB limit for targets` };
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? '(file): no such file' : `(file): cannot be read (${code ?? 'error'})` };
  }
}

/** The scenario file's own JSON, to change only the fitted fields; a file that is not plain
 *  UTF-8 JSON (UTF-16, which the loader also reads) is written whole instead. */
function rawScenario(path: string, parsed: Scenario): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return JSON.parse(serialiseScenario(parsed));
  }
}

export async function runCalibrateCli(argv: readonly string[], rawIo: CliIo, setup: CliSetup): Promise<number> {
  const io = { stdout: (t: string) => rawIo.stdout(printable(t)), stderr: (t: string) => rawIo.stderr(printable(t)) };
  const cmd = { name: NAME, usage: CALIBRATE_USAGE, io };
  const o = startCommand(cmd, parseCalibrateArgs(argv), (opts) => ({
    outputs: [opts.out, opts.report, opts.residuals],
    inputs: [opts.file, opts.targets],
    inputsCalled: 'an input file',
  }));
  if (typeof o === 'number') return o;
  const bad = (what: string, errors: string[]) => refuseInput(cmd, what, errors);
  const loaded = readScenarioFile(o.file);
  if (!loaded.ok) return bad(`${o.file} is not a usable scenario`, loaded.errors);
  const text = readTargets(o.targets);
  if (typeof text !== 'string') return bad(`${o.targets} is not a usable targets file`, [text.error]);
  const targets = parseTargetsText(text);
  if (!targets.ok) return bad(`${o.targets} is not a usable targets file`, targets.errors);
  const s = setupCalibration(loaded.scenario, targets.targets, o.fits, { ...o, seed: o.seed ?? loaded.scenario.seed });
  if (!s.ok) return bad('cannot calibrate', s.errors);
  const ctx: CalibrationContext = s.ctx;
  const k = ctx.plan.factors.length;
  const progress = o.quiet
    ? null
    : createProgress(
        o.restarts + o.bootstrap + k + 1,
        `Calibrated ${k} parameters to ${ctx.targets.length} observations: ${o.restarts} restarts and ${o.bootstrap} bootstrap refits of up to ${o.evaluations} evaluations × ${o.replicates} replicates, ${loaded.scenario.population.size.toLocaleString('en-US')} customers`,
        // the bar writes its own terminal codes, so it goes out raw (its text holds only numbers)
        rawIo.stderr,
        rawIo.stderrIsTTY,
      );
  const tick = () => progress?.tick();
  const tasks: TaskRunner = (inputs) =>
    o.workers > 1
      ? runTasks<CalibrationContext, CalibrateTask, CalibrateResult>(setup.workerEntry, CALIBRATE_WORKER_ROLE, ctx, inputs, o.workers, tick)
      : Promise.resolve(runTasksHere(handleCalibrateTask, ctx, inputs, tick));
  try {
    const { report, best } = await calibrateWith(ctx, tasks);
    progress?.finish();
    const raw = rawScenario(o.file, loaded.scenario);
    // a parameter the data do not identify keeps the scenario's value: its fitted value is
    // one of many that fit as well, and writing it would pass noise off as a finding
    const written = ctx.plan.factors.flatMap((f, j) => (report.parameters[j].flags.includes('flat') ? [] : [{ keys: f.keys, value: best[j] }]));
    const kept = report.parameters.filter((p) => p.flags.includes('flat')).map((p) => p.path);
    const calibrated = calibratedScenario(raw, loaded.scenario, written);
    if (!calibrated.ok) return bad('the calibrated scenario does not validate', calibrated.errors);
    writeFile(o.out, JSON.stringify(calibrated.value, null, 2) + '\n');
    writeFile(
      o.report,
      JSON.stringify(
        {
          scenario: o.file,
          targets: o.targets,
          holdout: o.holdout,
          seed: ctx.plan.base.seed,
          parameters: report.parameters,
          loss: report.loss,
          series: report.series,
          warnings: report.warnings,
          restarts: report.restarts,
          bootstrap: report.bootstrap,
          rows: report.rows,
        },
        null,
        2,
      ) + '\n',
    );
    const header = ['kind', 'firm', 'period', 'set', 'observed', 'simulated', 'lo90', 'hi90', 'residual', 'scaled'];
    writeFile(
      o.residuals,
      [csvLine(header), ...report.rows.map((x) => csvLine([x.kind, x.firm, x.period, x.set, x.observed, x.simulated, x.lo, x.hi, x.residual, x.scaled]))].join(
        '',
      ),
    );
    const keptNote = kept.length ? ` ${kept.join(', ')} ${kept.length > 1 ? 'keep' : 'keeps'} the scenario's value there (not identified).` : '';
    if (!o.quiet) io.stdout(formatFit(report) + `\nWrote ${o.out} (the scenario with the fitted values), ${o.report} and ${o.residuals}.${keptNote}\n`);
    return EXIT_OK;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (e instanceof PointError) return bad('cannot calibrate', [err.message]);
    io.stderr(`${NAME}: ${err.code ? `cannot write ${err.path ?? 'the output'} (${err.code})` : (err.stack ?? err.message)}\n`);
    return EXIT_FAILED;
  }
}
