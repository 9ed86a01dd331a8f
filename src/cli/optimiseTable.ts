// The closing table of `npm run optimise`: the best setting with its interval on fresh
// replicates, its constraints there, and the runner-ups with their paired differences.
import type { Interval } from '../experiment/analysis.ts';
import type { OptimiseContext, OptimiseReport } from '../experiment/optimise.ts';
import { num, table } from './searchArgs.ts';

const ci = (i: Interval) => `${num(i.mean)} (${num(i.ciLo)} – ${num(i.ciHi)})`;

export function formatOptimise(ctx: OptimiseContext, r: OptimiseReport): string {
  const { plan, spec } = ctx;
  const paths = plan.factors.map((f) => f.path);
  const setting = (values: number[]) => values.map((v, i) => `${paths[i]} = ${num(v)}`).join(', ');
  const fresh = `${r.freshReplicates.length} fresh replicates (${r.freshReplicates[0]} … ${r.freshReplicates.at(-1)}; the search used ${r.searchReplicates[0]} … ${r.searchReplicates.at(-1)})`;
  const out = [
    `${spec.direction === 'maximise' ? 'Maximised' : 'Minimised'} ${spec.objective} over ${paths.join(', ')}: ${r.evaluations} evaluations in ${spec.restarts} restarts, ${r.runs} runs.`,
    '',
    `Best: ${setting(r.best.values)}`,
    `  ${spec.objective} on ${fresh}: ${ci(r.best.objective)} (mean, 90% confidence interval)`,
  ];
  for (const c of r.best.constraints) {
    const bound = [c.min !== null ? `≥ ${num(c.min)}` : '', c.max !== null ? `≤ ${num(c.max)}` : ''].filter(Boolean).join(' and ');
    out.push(`  constraint ${c.name} ${bound}: ${ci(c.mean)}; met on ${Math.round(100 * c.shareMet)}% of the fresh replicates`);
  }
  if (!r.feasibleFound) out.push("  No candidate met every constraint on the search's replicates: this is the least infeasible one, not a feasible policy.");
  if (r.runnerUps.length) {
    out.push('', `Runner-ups, each minus the best on the same fresh replicates (90% interval); "same" = cannot be told from the best:`, '');
    out.push(
      table(
        [...paths, spec.objective, `minus best`, 'verdict'],
        r.runnerUps.map((u) => [
          ...u.values.map(num),
          num(u.objective.mean),
          ci(u.vsBest),
          u.indistinguishable ? 'same' : u.vsBest.mean > 0 === (spec.direction === 'maximise') ? 'better on fresh' : 'worse',
        ]),
      ),
    );
  }
  return out.join('\n') + '\n';
}
