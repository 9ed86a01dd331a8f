// Part of `npm run bench`: how long a 4-parameter calibration to a 12-point cohort survival curve
// (ages 1–12, the issue's example) takes on this machine, at 2,000 customers, on one thread, with the reference measured in the
// same run: one plain run of the same scenario (so the figure reads as "N runs' worth", which
// carries over to other machines and sizes). Both in CPU time of this process, as the step
// bench measures, so other work on the machine does not inflate them; wall time is printed
// too. The curve is made by the model itself, on a replicate the fit never uses.
import { bootstrapRefit, fitRestart, fitRuns, profile } from '../src/experiment/calibrate/fit.ts';
import { reportFit } from '../src/experiment/calibrate/report.ts';
import { setupCalibration } from '../src/experiment/calibrate/setup.ts';
import type { Target } from '../src/experiment/calibrate/targets.ts';
import { setField } from '../src/experiment/paths.ts';
import { simulateTargets } from '../src/experiment/calibrate/simulate.ts';
import { createSimulation } from '../src/model/index.ts';
import { parsePath } from '../src/scenario/paths.ts';
import { scenarioWith } from '../test/helpers.ts';

const CUSTOMERS = Number(process.env.BENCH_CALIBRATE_CUSTOMERS ?? 2_000);
const AGES = 12;
// survival at age a needs cohorts that have lived a periods: two years of a monthly market
const PERIODS = 24;
const options = { replicates: 4, seed: 3, holdout: 0, restarts: 2, evaluations: 30, bootstrap: 4, engine: 'wasm' as const };
const fits = [
  ['behaviour.offerRate', 0.01, 0.3],
  ['behaviour.matchSpread', 0, 3],
  ['behaviour.decisionNoise', 0.05, 1],
  ['behaviour.searchThreshold', 3, 5],
] as const;

const base = scenarioWith({ population: { size: CUSTOMERS }, horizon: PERIODS });
let truth = base;
for (const [path, v] of [
  ['behaviour.offerRate', 0.1],
  ['behaviour.matchSpread', 1.6],
] as const) {
  const r = setField(truth, parsePath(path) as string[], v);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  truth = r.scenario;
}
const rows: Target[] = Array.from({ length: AGES }, (_, i) => ({ kind: 'survival', firm: 0, period: i + 1, value: 0.5, weight: 1, scale: 0.01, line: i + 2 }));
const truthSetup = setupCalibration(truth, rows, [{ text: 'behaviour.offerRate=0.1:0.11', path: 'behaviour.offerRate', from: 0.1, to: 0.11 }], options);
if (!truthSetup.ok) throw new Error(truthSetup.errors.join('\n'));
const [observed] = simulateTargets(truthSetup.ctx, [0.1], [999]);
const targets: Target[] = rows.map((t, i) => ({ ...t, value: observed[i] }));

// the reference: one run of the scenario, best of 25 (a run is a few milliseconds; the first
// pays for compiling)
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let oneRun = Infinity;
for (let i = 0; i < 25; i++) {
  const t0 = cpuMs();
  const s = createSimulation(base, i, 'wasm', { cohorts: true });
  for (let t = 0; t < PERIODS; t++) s.step();
  oneRun = Math.min(oneRun, cpuMs() - t0);
}

const s = setupCalibration(
  base,
  targets,
  fits.map(([path, from, to]) => ({ text: `${path}=${from}:${to}`, path, from, to })),
  options,
);
if (!s.ok) throw new Error(s.errors.join('\n'));
const ctx = s.ctx;
const t0 = performance.now();
const c0 = cpuMs();
const restarts = Array.from({ length: ctx.restarts }, (_, i) => fitRestart(ctx, i));
const best = restarts.reduce((a, b) => (b.loss < a.loss ? b : a)).values;
const runs = fitRuns(ctx, best);
const bootstrap = Array.from({ length: ctx.bootstrap }, (_, b) => bootstrapRefit(ctx, best, b));
const profiles = fits.map((_, j) => profile(ctx, best, j));
const report = reportFit(ctx, restarts, runs, bootstrap, profiles);
const ms = cpuMs() - c0;
const wall = performance.now() - t0;
const evaluations = [...restarts, ...bootstrap].reduce((a, r) => a + r.evaluations, 0);
console.log(
  `calibration, 4 parameters to a ${AGES}-point cohort survival curve over ${PERIODS} periods, ${CUSTOMERS.toLocaleString('en')} customers, one thread ` +
    `(${options.restarts} restarts + ${options.bootstrap} bootstrap refits of up to ${options.evaluations} evaluations × ${options.replicates} replicates, profiles): ` +
    `${(ms / 1000).toFixed(1)} s of CPU (${(wall / 1000).toFixed(1)} s wall), ${evaluations} evaluations; one run of the scenario ${oneRun.toFixed(1)} ms of CPU, so ${Math.round(ms / oneRun)} runs' worth ` +
    `(fit loss ${report.loss.fit.toFixed(2)}; flagged: ${
      report.parameters
        .filter((p) => p.flags.length)
        .map((p) => `${p.path} ${p.flags.join('/')}`)
        .join(', ') || 'none'
    })`,
);
