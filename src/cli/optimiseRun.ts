// The `npm run optimise` command: experiment → plan → restarts of the search (on this thread
// or on workers) → finalists on fresh replicates → the path as CSV, the result as JSON, and
// the closing table.
import { resolveObjective } from '../experiment/objective.ts';
import { finalists, reportSearch, type Evaluation, type OptimiseContext } from '../experiment/optimise.ts';
import { PointError } from '../experiment/plan.ts';
import { csvLine } from '../io/csv.ts';
import { loadExperiment } from './experimentLoad.ts';
import { OPTIMISE_USAGE, parseOptimiseArgs } from './optimiseArgs.ts';
import { EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, refuseInput, startCommand } from './commandStart.ts';
import { formatOptimise } from './optimiseTable.ts';
import { handleOptimiseTask, OPTIMISE_WORKER_ROLE, type OptimiseTask } from './optimiseWorker.ts';
import { createProgress } from './progress.ts';
import type { CliIo, CliSetup } from './run.ts';
import { writeWholeFile as writeFile } from './sink.ts';
import { runTasks, runTasksHere } from './taskPool.ts';

const NAME = 'loyalty-lab optimise';

export function pathHeader(ctx: OptimiseContext): string[] {
  return ['restart', 'step', ...ctx.plan.factors.map((f) => f.path), ...ctx.plan.outputs.map((o) => o.name), 'violation', 'feasible', 'reused'];
}

export function pathRow(e: Evaluation): (string | number)[] {
  return [e.restart, e.step, ...e.values, ...e.means, e.score.violation, e.score.violation === 0 ? 1 : 0, e.reused ? 1 : 0];
}

export async function runOptimiseCli(argv: readonly string[], io: CliIo, setup: CliSetup): Promise<number> {
  const cmd = { name: NAME, usage: OPTIMISE_USAGE, io };
  const o = startCommand(cmd, parseOptimiseArgs(argv), (opts) => ({
    outputs: [opts.out, opts.report],
    inputs: [opts.file],
    inputsCalled: 'the experiment file',
  }));
  if (typeof o === 'number') return o;
  const loaded = loadExperiment(o.file);
  const bad = (errors: string[]) => refuseInput(cmd, `${o.file} is not a usable experiment`, errors);
  if (!loaded.ok) return bad(loaded.errors);
  const plan = loaded.plan;
  const spec = plan.experiment.optimise;
  if (!spec) return bad(['optimise: the experiment has no "optimise" section (objective, constraints, restarts …)']);
  const objective = resolveObjective(plan, spec);
  if (Array.isArray(objective)) return bad(objective);
  const ctx: OptimiseContext = { plan, spec, objective, engine: o.engine };
  const tasks =
    o.workers > 1
      ? (inputs: OptimiseTask[], tick: () => void) => runTasks(setup.workerEntry, OPTIMISE_WORKER_ROLE, ctx, inputs, o.workers, tick)
      : async (inputs: OptimiseTask[], tick: () => void) => runTasksHere(handleOptimiseTask, ctx, inputs, tick);
  try {
    const customers = plan.base.population.size.toLocaleString('en-US');
    const label = `Searched ${spec.restarts} restarts × up to ${spec.evaluations} evaluations × ${plan.replicates} replicates, then ${spec.finalists} finalists × ${spec.freshReplicates} fresh replicates, ${plan.base.horizon} periods of ${customers} customers`;
    const progress = o.quiet ? null : createProgress(spec.restarts + spec.finalists, label, io.stderr, io.stderrIsTTY);
    const tick = () => progress?.tick();
    const restarts = Array.from({ length: spec.restarts }, (_, restart) => ({ restart }));
    const path = ((await tasks(restarts, tick)) as Evaluation[][]).flat();
    const chosen = finalists(path, spec.finalists);
    const fresh = (await tasks(
      chosen.map((c) => ({ fresh: c.values })),
      tick,
    )) as Float64Array[][];
    progress?.finish();
    const report = reportSearch(ctx, path, chosen, fresh);
    if (o.out) writeFile(o.out, [csvLine(pathHeader(ctx)), ...path.map((e) => csvLine(pathRow(e)))].join(''));
    if (o.report)
      writeFile(
        o.report,
        JSON.stringify(
          { experiment: plan.digest, factors: plan.factors.map((f) => f.path), objective: spec.objective, direction: spec.direction, ...report },
          null,
          2,
        ) + '\n',
      );
    if (!o.quiet) io.stdout(formatOptimise(ctx, report));
    return EXIT_OK;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (e instanceof PointError) {
      io.stderr(`\n${NAME}: ${o.file} is not a usable experiment:\n  ${err.message}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`${NAME}: ${err.code ? `cannot write ${err.path ?? 'the output'} (${err.code})` : (err.stack ?? err.message)}\n`);
    return EXIT_FAILED;
  }
}
