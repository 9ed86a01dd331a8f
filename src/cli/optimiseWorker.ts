// The worker side of `npm run optimise -- --workers N`: a restart of the search, or a
// finalist's runs on the fresh replicates. It only carries: the work is experiment/optimise.ts.
import { freshReplicates, runCandidate, searchRestart, type Evaluation, type OptimiseContext } from '../experiment/optimise.ts';

export const OPTIMISE_WORKER_ROLE = 'loyalty-lab:optimise';

export type OptimiseTask = { restart: number } | { fresh: number[] };
export type OptimiseResult = Evaluation[] | Float64Array[];

export function handleOptimiseTask(ctx: OptimiseContext, task: OptimiseTask): OptimiseResult {
  return 'restart' in task ? searchRestart(ctx, task.restart) : runCandidate(ctx, task.fresh, freshReplicates(ctx.plan, ctx.spec));
}
