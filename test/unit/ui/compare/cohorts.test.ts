// A comparison's cohort curves: what each run keeps of its cohort counts (the live chart's
// groups and arithmetic, from hand-made counts and from a real run), what that costs in the
// memory estimate, the comparison that keeps them (equal to full runs), and their CSV.
import { describe, expect, it } from 'vitest';
import { CompareRun } from '../../../../src/ui/compare/compareRun.svelte.ts';
import { COMPARE_BUDGET_BYTES, planComparison, traceBytes } from '../../../../src/ui/compare/budget.ts';
import { cohortGroups, cohortTraceBytes, traceCohorts, type CohortTrace } from '../../../../src/ui/compare/cohortTraces.ts';
import { cohortBandsCsv } from '../../../../src/ui/compare/cohortCsv.ts';
import { cohortLines } from '../../../../src/ui/series/cohorts.ts';
import { createSimulation, periodsPerYear, runReplicate, SATISFACTION_BANDS, type CohortPeriod } from '../../../../src/model/index.ts';
import { LIMITS } from '../../../../src/scenario/schema.ts';
import { smallScenario } from '../fixtures.ts';
import { baseAndDear, dearVariant, spawner } from './fixtures.ts';

/** Counts of three periods for two firms: firm 0 has no customers at all; firm 1 starts with
 *  10, of whom 8, 6, 5 are left at the ends of periods 0, 1, 2; it acquires 4 in period 0
 *  (3 and 2 left later), 6 in period 1 (3 left) and 2 in period 2. */
function handMade(): CohortPeriod[] {
  const firm1 = [
    [8, 4],
    [6, 3, 6],
    [5, 2, 3, 2],
  ];
  const stock = Uint32Array.from([0, 10]);
  return firm1.map((row, t) => {
    const C = t + 2;
    const alive = new Uint32Array(2 * C);
    row.forEach((x, c) => (alive[C + c] = x));
    const customers = new Uint32Array(2 * SATISFACTION_BANDS);
    const retained = new Uint32Array(2 * SATISFACTION_BANDS);
    customers[SATISFACTION_BANDS + 12] = 7;
    retained[SATISFACTION_BANDS + 12] = 5;
    const empty = new Uint32Array(0);
    return { cohorts: C, alive, stock, tenureCustomers: empty, tenureRetained: empty, year: t === 2 ? { period: 0, customers, retained } : null };
  });
}

describe('traceCohorts', () => {
  it('keeps each group’s product-limit survival and the satisfaction counts, per firm', () => {
    // two periods a year: the starting stock, year 1 (periods 0–1), year 2 (period 2)
    const tr = traceCohorts(handMade(), 2);
    expect(tr.groups.map((g) => g.key)).toEqual(['start', 'year1', 'year2']);
    const firm1 = tr.survival.slice(3).map((s) => Array.from(s));
    expect(firm1[0]).toHaveLength(3);
    [0.8, 0.6, 0.5].forEach((x, a) => expect(firm1[0][a]).toBeCloseTo(x, 15));
    // age 1: (3 + 3) / (4 + 6); age 2: only period 0's cohort is that old, 2 of its 3
    expect(firm1[1][0]).toBeCloseTo(0.6, 15);
    expect(firm1[1][1]).toBeCloseTo(0.4, 15);
    expect(firm1[2]).toEqual([]);
    // firm 0 never had customers: no value at any age, not 0
    for (const s of tr.survival.slice(0, 3)) for (const x of s) expect(x).toBeNaN();
    expect(tr.observed[SATISFACTION_BANDS + 12]).toBe(7);
    expect(tr.kept[SATISFACTION_BANDS + 12]).toBe(5);
    expect(tr.observed[12]).toBe(0);
    expect(cohortTraceBytes(2, 3, 2)).toBe(tr.survival.reduce((n, s) => n + s.byteLength, 0) + tr.observed.byteLength + tr.kept.byteLength);
  });

  it('is what the live chart draws, group by group, for a real run (firm 1)', () => {
    for (const horizon of [30, 12 * 14 + 5]) {
      const scenario = smallScenario({ horizon, population: { size: 400 }, seed: 5 });
      const sim = createSimulation(scenario, 0, 'wasm', { cohorts: true });
      const summaries = Array.from({ length: horizon }, () => sim.step());
      const Y = periodsPerYear(scenario);
      const tr = traceCohorts(
        summaries.map((s) => s.cohorts!),
        Y,
      );
      const lines = cohortLines(summaries, 1, Y, { start: 'start', years: (a, b) => (a === b ? `year${a}` : `years${a}-${b}`) });
      expect(tr.groups.map((g) => g.key)).toEqual(lines.map((l) => l.label).concat(tr.groups.slice(lines.length).map((g) => g.key)));
      lines.forEach((l, g) => expect(l.points.map((p) => p.y)).toEqual(Array.from(tr.survival[tr.groups.length + g], (s) => 100 * s)));
      const bytes = tr.survival.reduce((n, s) => n + s.byteLength, 0) + tr.observed.byteLength + tr.kept.byteLength;
      expect(cohortTraceBytes(scenario.firms.length, horizon, Y)).toBe(bytes);
    }
  });

  it('groups years so that there are at most six lines besides the starting stock', () => {
    expect(cohortGroups(1040, 52).map((g) => g.key)).toEqual(['start', 'years1-4', 'years5-8', 'years9-12', 'years13-16', 'years17-20']);
    expect(cohortGroups(12, 12).map((g) => g.key)).toEqual(['start', 'year1']);
  });
});

describe('the memory estimate with cohort curves', () => {
  it('adds each run’s cohort trace, and refuses what no longer fits', () => {
    const plain = planComparison(3, 20, 3, 120);
    const withCohorts = planComparison(3, 20, 3, 120, COMPARE_BUDGET_BYTES, { periodsPerYear: 12 });
    expect(withCohorts.bytes - plain.bytes).toBe(3 * 20 * cohortTraceBytes(3, 120, 12));
    // the largest comparison: fewer replicates fit with the cohort curves
    const big = planComparison(4, LIMITS.replicates, LIMITS.firms, LIMITS.horizon, COMPARE_BUDGET_BYTES, { periodsPerYear: 52 });
    const perReplicate = 4 * (traceBytes(LIMITS.firms, LIMITS.horizon) + cohortTraceBytes(LIMITS.firms, LIMITS.horizon, 52));
    expect(big).toEqual({ ok: false, bytes: LIMITS.replicates * perReplicate, maxReplicates: Math.floor(COMPARE_BUDGET_BYTES / perReplicate) });
    expect(big.maxReplicates).toBeLessThan(planComparison(4, LIMITS.replicates, LIMITS.firms, LIMITS.horizon).maxReplicates);
    expect(big.maxReplicates).toBeGreaterThan(0);
  });
});

const { base, dear } = baseAndDear(16);
const variants = [{ name: 'Base', settings: [] }, dearVariant];
const R = 3;

describe('a comparison with cohort curves', () => {
  const full = [base, dear].map((s) => Array.from({ length: R }, (_, r) => runReplicate(s, r, { burnInUnder: base, cohorts: true })));
  const expected = full.map((reps) =>
    reps.map((run) =>
      traceCohorts(
        run.map((s) => s.cohorts!),
        periodsPerYear(base),
      ),
    ),
  );

  it('keeps every run’s cohort trace, equal to full runs, and the same traces as without', async () => {
    const withCohorts = new CompareRun(spawner().spawn, () => 2);
    await withCohorts.start(base, variants, R, { cohorts: true });
    const without = new CompareRun(spawner().spawn, () => 2);
    await without.start(base, variants, R);
    expect(withCohorts.status).toBe('done');
    expect(withCohorts.cohorts).toEqual(expected);
    expect(without.cohorts).toBeNull();
    expect(without.cohortCsv('percentile')).toBeNull();
    // counting cohorts changes no measure
    expect(withCohorts.traces.map((reps) => reps.map((tr) => Array.from(tr.values)))).toEqual(
      without.traces.map((reps) => reps.map((tr) => Array.from(tr.values))),
    );

    const csv = await withCohorts.cohortCsv('ci')!.text();
    expect(csv).toBe(cohortBandsCsv(['Base', 'Dear'], expected, 'ci'));
    // the comparison CSV carries the same tables after the differences, before the runs
    const all = (await (await withCohorts.csv('ci'))!.text()).split('\n\n');
    expect(all[2] + '\n\n' + all[3] + '\n\n').toBe(csv);
    expect(all[4].startsWith('variant,replicate,period,')).toBe(true);
  });

  it('is refused before starting when the cohort curves do not fit the budget', async () => {
    const { spawn, made } = spawner();
    const fits = 2 * R * traceBytes(base.firms.length, base.horizon);
    const cmp = new CompareRun(spawn, () => 2, fits);
    await cmp.start(base, variants, R, { cohorts: true });
    expect(cmp.status).toBe('refused');
    expect(made).toHaveLength(0);
    await cmp.start(base, variants, R);
    expect(cmp.status).toBe('done');
  });
});

describe('cohortBandsCsv', () => {
  const tr = (s: number[]): CohortTrace => ({
    firms: 1,
    groups: [{ key: 'start', from: 0, to: 0 }],
    survival: [Float64Array.from(s)],
    observed: Float64Array.from({ length: SATISFACTION_BANDS }, (_, b) => (b === 15 ? 10 : 0)),
    kept: Float64Array.from({ length: SATISFACTION_BANDS }, (_, b) => (b === 15 ? 9 : 0)),
  });
  it('writes variant,firm,cohort,age,mean,lo,hi, then retention by satisfaction band, without rows where no replicate has a value', () => {
    const text = cohortBandsCsv(['Base', '=Odd'], [[tr([0.9, NaN]), tr([0.7, NaN])], [tr([0.5, 0.2])]], 'percentile');
    const [cohorts, bands] = text.trimEnd().split('\n\n');
    expect(cohorts.split('\n')).toEqual([
      'variant,firm,cohort,age,mean,lo,hi',
      'Base,0,start,1,0.8,0.71,0.89',
      "'=Odd,0,start,1,0.5,,",
      "'=Odd,0,start,2,0.2,,",
    ]);
    expect(bands.split('\n')).toEqual(['variant,firm,band,mean,lo,hi', 'Base,0,4.75-5,0.9,0.9,0.9', "'=Odd,0,4.75-5,0.9,,"]);
  });
});
