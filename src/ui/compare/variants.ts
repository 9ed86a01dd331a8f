// How a comparison is run: what a variant means (lever settings that win over the schedule from
// their period on) is defined once, in src/scenario/variants.ts; here only the work items and
// the size of the worker pool.
export { applyVariant, overriddenChanges, type Overridden, type Variant } from '../../scenario/variants.ts';

/** Work items with common random numbers: every variant runs replicates 0..R−1 of one seed. */
export function compareTasks(variants: number, replicates: number): { variant: number; replicate: number }[] {
  const out: { variant: number; replicate: number }[] = [];
  // replicate-major order, so partial results cover every variant evenly
  for (let r = 0; r < replicates; r++) for (let v = 0; v < variants; v++) out.push({ variant: v, replicate: r });
  return out;
}

/** Size of the worker pool: the machine's cores, at most 4 and no more than the tasks. */
export function poolSize(hardwareConcurrency: number | undefined, tasks: number): number {
  return Math.max(1, Math.min(4, hardwareConcurrency || 2, tasks));
}
