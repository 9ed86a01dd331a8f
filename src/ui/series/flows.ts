// Switching flows between firms (and the outside of the category), summed over the periods run.
import type { PeriodSummary } from '../../model/index.ts';

export interface Flow {
  from: number; // firm index, or K for outside the category
  to: number;
  value: number;
}

/** Cumulative moves[from * (K + 1) + to] over the summaries; the diagonal (stayers) is dropped. */
export function flowMatrix(summaries: readonly PeriodSummary[]): { size: number; flows: Flow[]; max: number } {
  if (!summaries.length) return { size: 0, flows: [], max: 0 };
  const n = summaries[0].firms + 1;
  const sum = new Float64Array(n * n);
  for (const s of summaries) for (let i = 0; i < n * n; i++) sum[i] += s.moves[i];
  const flows: Flow[] = [];
  let max = 0;
  for (let from = 0; from < n; from++)
    for (let to = 0; to < n; to++) {
      if (from === to) continue;
      const value = sum[from * n + to];
      flows.push({ from, to, value });
      max = Math.max(max, value);
    }
  return { size: n, flows, max };
}
