// Parts of an experiment for batch systems. Shard i of n (i = 0 … n − 1, as Kubernetes'
// JOB_COMPLETION_INDEX and a Slurm array from 0 count) holds the runs whose index is i mod n:
// round-robin rather than contiguous blocks, so every shard gets a share of every region of
// the design (runs at a large population or a long horizon do not pile up in one shard).
// Parts merge back by run index into exactly the unsharded rows.

export interface Shard {
  index: number;
  count: number;
}

export const WHOLE: Shard = { index: 0, count: 1 };
export const MAX_SHARDS = 100_000;

/** `3/10` → { index: 3, count: 10 }; a message when it is not a shard. */
export function parseShard(text: string): Shard | string {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return `--shard: expected i/n with 0 ≤ i < n, e.g. 0/4, not "${text}"`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) return `--shard: n must be between 1 and ${MAX_SHARDS}`;
  if (index >= count) return `--shard: i must be between 0 and ${count - 1} (shards count from 0)`;
  return { index, count };
}

export function shardRuns(runs: number, shard: Shard): number {
  return shard.index < runs ? Math.ceil((runs - shard.index) / shard.count) : 0;
}
