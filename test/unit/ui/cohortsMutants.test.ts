// Cohort lines and the satisfaction → retention curve from hand-built cohort counts, so each
// firm, cohort group and band has a value computed by hand (src/ui/series/cohorts.ts).
import { describe, expect, it } from 'vitest';
import { SATISFACTION_BANDS, type CohortPeriod, type PeriodSummary } from '../../../src/model/index.ts';
import { cohortLines, resolvedObservations, satisfactionRetention } from '../../../src/ui/series/cohorts.ts';
import { OKABE_ITO } from '../../../src/ui/series/palette.ts';

const labels = { start: 'Start', years: (a: number, b: number) => (a === b ? `Y${a}` : `Y${a}-${b}`) };

/** Per firm: the starting stock's curve [stock, alive after period 0, …] and the curve of the
 *  cohort acquired in each period p [size, alive one period later, …]. */
interface FirmCurves {
  start: number[];
  acquired: number[][];
}

/** A summary made by hand: only the fields the cohort views read. */
function summary(period: number, cohorts?: CohortPeriod): PeriodSummary {
  return { period, firms: 2, values: new Float64Array(0), moves: new Float64Array(0), cohorts };
}

/** The cohort counts of `n` periods, the inverse of cohortCurves. */
function summariesOf(firms: FirmCurves[], n: number): PeriodSummary[] {
  return Array.from({ length: n }, (_, t) => {
    const width = t + 2;
    const alive = new Uint32Array(firms.length * width);
    firms.forEach((f, k) => {
      alive[k * width] = f.start[t + 1];
      for (let p = 0; p <= t; p++) alive[k * width + 1 + p] = f.acquired[p][t - p];
    });
    const stock = Uint32Array.from(firms, (f) => f.start[0]);
    return summary(t, { cohorts: width, alive, stock, tenureCustomers: new Uint32Array(0), tenureRetained: new Uint32Array(0), year: null });
  });
}

const round = (ys: { x: number; y: number }[]) => ys.map((p) => ({ x: p.x, y: Math.round(p.y * 1e9) / 1e9 }));

describe('cohortLines from hand-built counts (two periods a year, five periods)', () => {
  const build = () => {
    const firms: FirmCurves[] = [
      {
        start: [100, 90, 80, 70, 60, 50],
        acquired: [[10, 5, 5, 5, 5], [20, 10, 10, 10], [40, 40, 20], [10, 10], [8]],
      },
      {
        start: [100, 50, 50, 50, 50, 50],
        acquired: [[10, 10, 10, 10, 10], [20, 20, 20, 20], [40, 10, 10], [10, 0], [8]],
      },
    ];
    return summariesOf(firms, 5);
  };

  it("draws only the firm's own cohorts: the start stock, year 1 (periods 0–1), year 2 (periods 2–3); year 3 is too young", () => {
    const lines = cohortLines(build(), 0, 2, labels);
    expect(lines.map((l) => ({ ...l, points: round(l.points) }))).toEqual([
      {
        key: 'start',
        label: 'Start',
        color: OKABE_ITO.black,
        points: [90, 80, 70, 60, 50].map((y, a) => ({ x: a + 1, y })),
      },
      // age 1: (5 + 10) / (10 + 20); then both keep everyone
      { key: 'years-1', label: 'Y1', color: OKABE_ITO.blue, points: [50, 50, 50, 50].map((y, a) => ({ x: a + 1, y })) },
      // age 1: (40 + 10) / (40 + 10); age 2: only period 2's cohort is that old: 20 / 40
      { key: 'years-2', label: 'Y2', color: OKABE_ITO.orange, points: [100, 50].map((y, a) => ({ x: a + 1, y })) },
    ]);
  });

  it("the second firm's lines are its own", () => {
    const lines = cohortLines(build(), 1, 2, labels);
    expect(lines.map((l) => round(l.points).map((p) => p.y))).toEqual([
      [50, 50, 50, 50, 50],
      [100, 100, 100, 100],
      [20, 20],
    ]);
  });

  it('shows nothing when some periods lack cohort counts', () => {
    const s = build();
    s[4] = summary(4);
    expect(cohortLines(s, 0, 2, labels)).toEqual([]);
  });
});

describe('satisfactionRetention from hand-built observations', () => {
  const B = SATISFACTION_BANDS;
  /** An observation resolved in `period`: firm 0 has 1000 customers in every band (all kept),
   *  firm 1 none in band 0 and `scale` · b in band b, of them `scale` · b − 1 kept. */
  const observed = (period: number, scale: number): PeriodSummary => {
    const customers = new Uint32Array(2 * B);
    const retained = new Uint32Array(2 * B);
    for (let b = 0; b < B; b++) {
      customers[b] = 1000;
      retained[b] = 1000;
      customers[B + b] = scale * b;
      retained[B + b] = b ? scale * b - 1 : 0;
    }
    return summary(period, {
      cohorts: period + 2,
      alive: new Uint32Array(0),
      stock: new Uint32Array(0),
      tenureCustomers: new Uint32Array(0),
      tenureRetained: new Uint32Array(0),
      year: { period: period - 12, customers, retained },
    });
  };
  const noYear = (period: number): PeriodSummary => {
    const s = observed(period, 1);
    return summary(period, { ...s.cohorts!, year: null });
  };

  it("pools the firm's own bands over the resolved observations; a band with no customers keeps 0", () => {
    const s = [noYear(11), observed(12, 1), observed(13, 2)];
    expect(resolvedObservations(s)).toBe(2);
    const bins = satisfactionRetention(s, 1);
    expect(bins).toHaveLength(B);
    expect(bins[0]).toEqual({ lo: 1, hi: 1.25, count: 0, share: 0, zone: 'defection' });
    // band 5: 5 + 10 customers, 4 + 9 kept
    expect(bins[5]).toEqual({ lo: 2.25, hi: 2.5, count: 15, share: 13 / 15, zone: 'defection' });
    expect(bins.map((b) => b.count)).toEqual(Array.from({ length: B }, (_, b) => 3 * b));
    expect(satisfactionRetention(s, 0).map((b) => [b.count, b.share])).toEqual(Array.from({ length: B }, () => [2000, 1]));
  });

  it('is empty, and counts no observation, for summaries made by hand without cohort counts', () => {
    const s = [summary(0), summary(1)];
    expect(satisfactionRetention(s, 0)).toEqual([]);
    expect(resolvedObservations(s)).toBe(0);
  });
});
