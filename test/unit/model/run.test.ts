// Whole replicates and their long rows (run.ts), what the command line and the comparison pool
// write: a replicate runs to the horizon or stops when onPeriod says so, and each period gives
// one row per firm × segment holding that block's measures.
import { describe, expect, it } from 'vitest';
import { createSimulation, MEASURES, MEASURE_COUNT, ROW_HEADER, runReplicate, SEGMENTS, summaryRows } from '../../../src/model/index.ts';
import { quietFirm, quietScenario } from '../mechanisms/customers.ts';

const s = quietScenario({ horizon: 5, firms: [quietFirm({ name: 'Us' }), quietFirm({ name: 'Rival', price: 0.9 })] });

describe('runReplicate', () => {
  it('runs the horizon, period by period, as a simulation of the same replicate does', () => {
    const out = runReplicate(s, 1, { engine: 'typescript' });
    expect(out.map((x) => x.period)).toEqual([0, 1, 2, 3, 4]);
    const sim = createSimulation(s, 1, 'typescript');
    for (const summary of out) expect(Array.from(summary.values)).toEqual(Array.from(sim.step().values));
  });
  it('stops after the period onPeriod returns false for, and passes it the replicate', () => {
    const seen: [number, number][] = [];
    const out = runReplicate(s, 2, { engine: 'typescript', onPeriod: (x, r) => (seen.push([x.period, r]), x.period < 2) });
    expect(out.map((x) => x.period)).toEqual([0, 1, 2]);
    expect(seen).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
  });
  it('counts cohorts only when asked', () => {
    expect(runReplicate(s, 0, { engine: 'typescript', cohorts: true })[0].cohorts).toBeDefined();
    expect(runReplicate(s, 0, { engine: 'typescript' })[0].cohorts).toBeUndefined();
  });
});

describe('summaryRows', () => {
  it('gives one row per firm × segment: replicate, period, firm, its name, segment, then its block of measures', () => {
    const [, second] = runReplicate(s, 3, { engine: 'typescript' });
    const rows = summaryRows(s, 3, second);
    expect(ROW_HEADER).toEqual(['replicate', 'period', 'firm', 'firmName', 'segment', ...MEASURES]);
    expect(rows.length).toBe(2 * SEGMENTS.length);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([0, 1].flatMap((f) => SEGMENTS.map((seg) => [3, 1, f, f === 0 ? 'Us' : 'Rival', seg])));
    rows.forEach((r, n) => {
      expect(r.length).toBe(ROW_HEADER.length);
      expect(r.slice(5)).toEqual(Array.from(second.values.subarray(n * MEASURE_COUNT, (n + 1) * MEASURE_COUNT)));
    });
  });
});
