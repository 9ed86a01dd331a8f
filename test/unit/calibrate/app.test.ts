// The app's calibration (CalibrationRun on a pool of workers spoken to over Comlink and a real
// MessageChannel, as the page speaks to its Web Workers) gives the fit `npm run calibrate`
// gives for the same scenario, targets, free parameters and settings; the result is a
// scenario with the identified values written in and its calibration section.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { expose, wrap } from 'comlink';
import { runCalibrateCli } from '../../../src/cli/calibrateRun.ts';
import { parseTargetsText } from '../../../src/experiment/calibrate/targets.ts';
import { parseFit, type FreeParameter } from '../../../src/experiment/calibrate/setup.ts';
import { savedFit } from '../../../src/experiment/calibrate/record.ts';
import { parseScenarioText } from '../../../src/scenario/parse.ts';
import { CalibrationRun } from '../../../src/ui/calibrate/calibrationRun.svelte.ts';
import type { CalibrateWorker } from '../../../src/ui/calibrate/spawn.ts';
import { createCalibrateApi, type CalibrateApi } from '../../../workers/calibrateApi.ts';
import { tempDir } from '../cli/helpers.ts';
import { smallMarket, synthetic, withValues } from './helpers.ts';

let ports: MessagePort[] = [];
afterEach(() => {
  ports.forEach((p) => p.close());
  ports = [];
});

/** A worker as the page has one: the API behind a message port, every value cloned. */
function spawn(): CalibrateWorker {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  expose(createCalibrateApi(), port1 as unknown as Parameters<typeof expose>[1]);
  return {
    api: wrap<CalibrateApi>(port2 as unknown as Parameters<typeof wrap>[0]),
    terminate: () => (port1.close(), port2.close()),
    onError: () => {},
  };
}

const WORKER_ENTRY = new URL('../../../src/cli/calibrateMain.ts', import.meta.url);

describe('calibration in the app', () => {
  it('gives the same fit as the command line for the same inputs, on two workers', async () => {
    const dir = tempDir();
    const file = join(dir, 'market.json');
    const text = JSON.stringify({ schemaVersion: 1, horizon: 10, population: { size: 500 } });
    writeFileSync(file, text);
    const truth = withValues(smallMarket(500, 10), { 'behaviour.offerRate': 0.15 });
    const csv = `kind,firm,period,value\n${synthetic(truth, ['retention', 'share'], 8, 0.3, 5)
      .map((t) => `${t.kind},${t.firm},${t.period},${t.value}`)
      .join('\n')}\n`;
    writeFileSync(join(dir, 'observed.csv'), csv);
    const fitArgs = ['behaviour.offerRate=0.01:0.4', 'behaviour.doWithout=0:1'];
    const out = join(dir, 'cal.json');
    const code = await runCalibrateCli(
      [
        file,
        '--targets',
        join(dir, 'observed.csv'),
        ...fitArgs.flatMap((f) => ['--fit', f]),
        '--out',
        out,
        '--holdout',
        '0.25',
        '--reps',
        '2',
        '--restarts',
        '2',
        '--evaluations',
        '8',
        '--bootstrap',
        '2',
        '--quiet',
      ],
      { stdout: () => {}, stderr: () => {}, stderrIsTTY: false },
      { workerEntry: WORKER_ENTRY },
    );
    expect(code).toBe(0);
    const cli = JSON.parse(readFileSync(join(dir, 'cal.fit.json'), 'utf8'));

    const base = parseScenarioText(text);
    const targets = parseTargetsText(csv);
    if (!base.ok || !targets.ok) throw new Error('inputs');
    const fits = fitArgs.map((f) => parseFit(f) as FreeParameter);
    const app = new CalibrationRun(spawn, () => 2);
    await app.start(base.scenario, targets.targets, fits, { replicates: 2, restarts: 2, evaluations: 8, bootstrap: 2, holdout: 0.25 });
    expect(app.errors).toEqual([]);
    expect(app.status).toBe('done');
    expect(app.workers).toBe(2);
    expect(app.done).toBe(app.total);

    const section = app.result!.calibration!;
    const fit = savedFit(section);
    expect(fit.parameters.map((p) => [p.path, p.value, p.sd, p.interval, p.flags])).toEqual(
      cli.parameters.map((p: { path: string; value: number; sd: number; interval: number[]; flags: string[] }) => [p.path, p.value, p.sd, p.interval, p.flags]),
    );
    expect(fit.loss.fit).toBe(cli.loss.fit);
    expect(fit.loss.holdout).toBe(cli.loss.holdout);
    expect(fit.rows.map((r) => [r.set, r.simulated, r.lo, r.hi])).toEqual(
      cli.rows.map((r: { set: string; simulated: number; lo: number; hi: number }) => [r.set, r.simulated, r.lo, r.hi]),
    );
    // the scenario the command line writes has the same fitted values as the app's
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(app.result!.behaviour.offerRate).toBe(written.behaviour?.offerRate ?? base.scenario.behaviour.offerRate);
    expect(app.result!.behaviour.doWithout).toBe(written.behaviour?.doWithout ?? base.scenario.behaviour.doWithout);
  });
});
