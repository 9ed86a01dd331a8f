// Part of `npm run bench`: experiment throughput, in runs per second of wall time, at 20,000
// customers × 60 periods, on 1 worker thread and on every core, and the ratio of the two
// measured in the same run (the pool's scaling). Wall time, since the point is the machine's
// capacity; other work on the machine lowers both figures alike.
import { availableParallelism } from 'node:os';
import { runOnExperimentWorkers } from '../src/cli/experimentPool.ts';
import { isExperimentWorker, serveExperimentRuns } from '../src/cli/experimentWorker.ts';
import { parseExperimentValue } from '../src/experiment/parse.ts';
import { planExperiment, type Plan } from '../src/experiment/plan.ts';
import { scenarioWith } from '../test/helpers.ts';

const CUSTOMERS = Number(process.env.BENCH_EXPERIMENT_CUSTOMERS ?? 20_000);
const PERIODS = 60;

function benchPlan(runsPerCore: number, cores: number): Plan {
  const e = parseExperimentValue({
    schemaVersion: 1,
    base: {},
    factors: [{ path: 'firms[0].price', range: { from: 0.9, to: 1.1 } }],
    design: { type: 'lhs', n: runsPerCore * cores },
    replicates: 1,
    outputs: [{ measure: 'profit', statistic: 'total', discounted: true }],
  });
  if (!e.ok) throw new Error(e.errors.join('\n'));
  const p = planExperiment(e.experiment, scenarioWith({ population: { size: CUSTOMERS }, horizon: PERIODS }));
  if (!p.ok) throw new Error(p.errors.join('\n'));
  return p.plan;
}

async function runsPerSecond(plan: Plan, workers: number): Promise<number> {
  const runs = Array.from({ length: plan.runs }, (_, i) => i);
  const t0 = performance.now();
  await runOnExperimentWorkers(plan, runs, workers, new URL(import.meta.url), () => {});
  return plan.runs / ((performance.now() - t0) / 1000);
}

if (isExperimentWorker()) serveExperimentRuns();
else {
  const cores = availableParallelism();
  const plan = benchPlan(Number(process.env.BENCH_EXPERIMENT_RUNS_PER_CORE ?? 6), cores);
  // each pool starts its own workers, so both figures include the start-up of a pool
  const one = await runsPerSecond(plan, 1);
  const all = await runsPerSecond(plan, cores);
  console.log(
    `experiment, ${CUSTOMERS.toLocaleString('en')} customers × ${PERIODS} periods, ${plan.runs} runs: ` +
      `${one.toFixed(2)} runs/s on 1 worker, ${all.toFixed(2)} runs/s on ${cores} workers (all cores): ` +
      `${(all / one).toFixed(2)}× the single worker`,
  );
}
