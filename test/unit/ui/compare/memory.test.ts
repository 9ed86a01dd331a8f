// A comparison keeps only what its charts and table need, within a stated budget: the kept
// summaries give exactly what full storage gave, and the CSV written on demand by running the
// replicates again equals the CSV of the full runs.
import { describe, expect, it } from 'vitest';
import { CompareRun } from '../../../../src/ui/compare/compareRun.svelte.ts';
import { COMPARE_BUDGET_BYTES, fullRunBytes, planComparison, traceBytes } from '../../../../src/ui/compare/budget.ts';
import { traceDifferences, traceFromPicked, traceOf, tracePicks, traceSeries, TRACE_MEASURES } from '../../../../src/ui/compare/traces.ts';
import { bandLine, replicateSeries } from '../../../../src/ui/series/bands.ts';
import { differenceTable } from '../../../../src/ui/series/compare.ts';
import { runsCsv } from '../../../../src/ui/series/csv.ts';
import { LIMITS } from '../../../../src/scenario/schema.ts';
import { createSimApi } from '../../../../workers/simApi.ts';
import { baseAndDear, dearVariant, spawner } from './fixtures.ts';
import { comparisonCsvHead } from '../../../../src/ui/compare/csvHead.ts';
import { runReplicate } from '../../../../src/model/index.ts';

const { base, dear } = baseAndDear(10);
const R = 4;
// every variant is burnt in under the baseline
const full = [base, dear].map((s) => Array.from({ length: R }, (_, r) => runReplicate(s, r, { burnInUnder: base })));
const traces = full.map((reps) => reps.map((run) => traceOf(run, base.firms.length)));

describe('what a comparison keeps', () => {
  it('gives the same series, bands (both kinds) and difference table as the full summaries', () => {
    for (let f = 0; f < base.firms.length; f++)
      for (const measure of TRACE_MEASURES)
        for (const opts of [{}, { scale: 100 }, { cumulative: true }]) {
          const kept = traceSeries(traces[1], f, measure, opts);
          expect(kept).toEqual(replicateSeries(full[1], f, measure, 0, opts));
          for (const kind of ['percentile', 'ci'] as const) {
            const style = { key: 'v', label: 'v', color: '#000' };
            expect(bandLine(kept, kind, style)).toEqual(bandLine(replicateSeries(full[1], f, measure, 0, opts), kind, style));
          }
        }
    for (let f = 0; f < base.firms.length; f++) expect(traceDifferences(traces, f)).toEqual(differenceTable(full, f));
  });

  it('is what the worker picks, period by period', () => {
    const api = createSimApi();
    const picked = api.runKept(dear, 2, tracePicks(dear.firms.length), undefined, base);
    expect(Array.from(traceFromPicked(dear.firms.length, picked.values).values)).toEqual(Array.from(traces[1][2].values));
  });

  it('runs the comparison keeping traces only, equal to the full runs', async () => {
    const cmp = new CompareRun(spawner().spawn, () => 2);
    await cmp.start(
      base,
      [
        { name: 'Base', settings: [] },
        { name: 'Dear', settings: [{ firm: 0, lever: 'price', value: 1.4, fromPeriod: 0 }] },
      ],
      R,
    );
    expect(cmp.status).toBe('done');
    expect(cmp.traces.map((reps) => reps.map((tr) => Array.from(tr.values)))).toEqual(traces.map((reps) => reps.map((tr) => Array.from(tr.values))));
  });

  it('writes the full CSV on demand by running the same replicates again, equal to the CSV of full storage', async () => {
    const { spawn, made } = spawner();
    const cmp = new CompareRun(spawn, () => 2);
    await cmp.start(
      base,
      [
        { name: 'Base', settings: [] },
        { name: 'Dear', settings: [{ firm: 0, lever: 'price', value: 1.4, fromPeriod: 0 }] },
      ],
      R,
    );
    const blob = await cmp.csv();
    const head = comparisonCsvHead(
      [{ name: 'Base', settings: [] }, dearVariant],
      base.firms.map((f) => f.name),
      traces,
    );
    expect(head.split('\n').slice(0, 3)).toEqual(['variant,firm,firmName,lever,value,fromPeriod', 'Base,,,,,', 'Dear,0,Us,price,1.4,0']);
    const expected =
      head +
      runsCsv(
        full.flatMap((reps, v) => reps.map((summaries, r) => ({ scenario: [base, dear][v], replicate: r, summaries, prefix: [['Base', 'Dear'][v]] }))),
        ['variant'],
      );
    expect(await blob!.text()).toBe(expected);
    expect(cmp.exporting).toBeNull();
    expect(made.every((w) => w.terminated)).toBe(true);
  });
});

describe('the memory budget of a comparison', () => {
  it('keeps 48 bytes a firm and period instead of ~20 MB a run at 8 firms × 1040 periods', () => {
    expect(traceBytes(8, 1040)).toBe(8 * 1040 * 6 * 8);
    expect(fullRunBytes(8, 1040) / 1e6).toBeGreaterThan(20);
    expect(fullRunBytes(8, 1040) / traceBytes(8, 1040)).toBeGreaterThan(50);
  });

  it('refuses the largest comparison the limits allow, naming the replicates that fit', () => {
    const plan = planComparison(4, LIMITS.replicates, LIMITS.firms, LIMITS.horizon);
    expect(plan.ok).toBe(false);
    expect(plan.bytes).toBe(4 * LIMITS.replicates * traceBytes(LIMITS.firms, LIMITS.horizon));
    expect(plan.maxReplicates).toBe(Math.floor(COMPARE_BUDGET_BYTES / (4 * traceBytes(LIMITS.firms, LIMITS.horizon))));
    expect(planComparison(4, plan.maxReplicates, LIMITS.firms, LIMITS.horizon).ok).toBe(true);
    expect(planComparison(4, plan.maxReplicates + 1, LIMITS.firms, LIMITS.horizon).ok).toBe(false);
    // an ordinary comparison is far inside it
    expect(planComparison(3, 20, 3, 120).bytes).toBeLessThan(2 ** 20);
  });

  it('is enforced before starting: no worker is started and the fit is reported', async () => {
    const { spawn, made } = spawner();
    const budget = 3 * traceBytes(base.firms.length, base.horizon) * 2; // two variants × 3 replicates
    const cmp = new CompareRun(spawn, () => 2, budget);
    await cmp.start(
      base,
      [
        { name: 'A', settings: [] },
        { name: 'B', settings: [] },
      ],
      4,
    );
    expect(cmp.status).toBe('refused');
    expect(cmp.refused).toMatchObject({ ok: false, maxReplicates: 3 });
    expect(made).toHaveLength(0);
    await cmp.start(
      base,
      [
        { name: 'A', settings: [] },
        { name: 'B', settings: [] },
      ],
      3,
    );
    expect(cmp.status).toBe('done');
    expect(cmp.refused).toBeNull();
  });
});
