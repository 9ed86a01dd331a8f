// The closing tables of `npm run sim` on hand-made period summaries (mutation testing of
// src/cli/summary.ts): profit summed from period 0 on, revenue share with no revenue, one
// replicate against several, the number formats at their switches, the sweep table's title.
import { describe, expect, it } from 'vitest';
import { createSummary, formatSummary, formatSweepSummary, summaryStats } from '../../../src/cli/summary.ts';
import { M, MEASURE_COUNT, SEGMENTS, type PeriodSummary } from '../../../src/model/index.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { scenarioWith } from '../../helpers.ts';

type Values = Partial<Record<keyof typeof M, number>>;

/** A period summary whose firm f has `perFirm[f]` in its "all customers" block, NaN elsewhere. */
function period(t: number, perFirm: Values[]): PeriodSummary {
  const values = new Float64Array(perFirm.length * SEGMENTS.length * MEASURE_COUNT).fill(NaN);
  perFirm.forEach((v, f) => {
    for (const [k, x] of Object.entries(v)) values[f * SEGMENTS.length * MEASURE_COUNT + M[k as keyof typeof M]] = x!;
  });
  return { period: t, firms: perFirm.length, values, moves: new Float64Array(9) };
}

const twoFirms = (replicates: number, horizon = 3) => scenarioWith({ replicates, horizon, firms: [{ name: 'Us' }, { name: 'Them' }] });

describe('createSummary', () => {
  it('sums profit from period 0 on, starting again when a replicate starts again', () => {
    const s = twoFirms(1);
    const c = createSummary(s);
    c.add(0, period(0, [{ profit: 5 }, { profit: 1 }]));
    c.add(0, period(1, [{ profit: 7 }, { profit: 2 }]));
    expect(summaryStats(c)[0].cumulativeProfit.mean).toBe(12);
    expect(summaryStats(c)[1].cumulativeProfit.mean).toBe(3);
    c.add(0, period(0, [{ profit: 4 }, { profit: -1 }]));
    expect(summaryStats(c).map((f) => f.cumulativeProfit.mean)).toEqual([4, -1]);
    expect(c.lastPeriod).toBe(1);
  });
  it("takes each firm's share of the revenue of all firms, and none when there is no revenue", () => {
    const c = createSummary(twoFirms(2));
    c.add(0, period(0, [{ revenue: 1 }, { revenue: 3 }]));
    c.add(1, period(0, [{ revenue: 0 }, { revenue: 0 }]));
    const st = summaryStats(c);
    expect([st[0].revenueShare.mean, st[1].revenueShare.mean]).toEqual([0.25, 0.75]);
    expect(st[0].revenueShare.n).toBe(1);
  });
  it('reads every other headline from its measure, per firm and replicate', () => {
    const c = createSummary(twoFirms(1));
    c.add(
      0,
      period(0, [
        { retention: 0.9, nps: 10, clv: 300 },
        { retention: 0.5, nps: -20, clv: 50 },
      ]),
    );
    const st = summaryStats(c);
    expect([st[0].retention.mean, st[0].nps.mean, st[0].clv.mean]).toEqual([0.9, 10, 300]);
    expect([st[1].retention.mean, st[1].nps.mean, st[1].clv.mean]).toEqual([0.5, -20, 50]);
    expect(c.values[0][0]).toHaveLength(1);
  });
});

describe('formatSummary', () => {
  it('one replicate: one value per cell, no range, "replicate" in the singular', () => {
    const s = twoFirms(1, 1);
    const c = createSummary(s);
    c.add(
      0,
      period(0, [
        { retention: 0.5, profit: 9999.94, meanSatisfaction: 3.456 },
        { retention: 0.25, profit: 12_345, meanSatisfaction: 4 },
      ]),
    );
    const text = formatSummary(s, c);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Period 1 of 1 (profit: summed over the run). Mean of 1 replicate.');
    expect(lines[1]).toBe('');
    expect(text.endsWith('\n')).toBe(true);
    const row = (label: string) => lines.find((l) => l.startsWith(label))!;
    // the first column padded on the right (labels start the line), the others on the left to
    // their widest cell, three spaces apart: every line of the table is as long as the header
    const table = lines.slice(2, -1);
    expect(table).toHaveLength(11);
    for (const l of table) expect(l.length).toBe(lines[2].length);
    expect(lines[2]).toMatch(/^ {24} {3} {4}Us {3} Them$/);
    expect(row('Retention')).toMatch(/^Retention \(per period\) +50\.0% {3}25\.0%$/);
    expect(row('Mean satisfaction')).toMatch(/ {2}3\.46 {4}4\.00$/);
    // money: one decimal below 10,000, three digits compact from 10,000 on
    expect(row('Cumulative profit')).toMatch(/ 9999\.9 {3}12\.3K$/);
    expect(row('NPS')).toMatch(/ {5}– {3} {4}–$/);
  });
  it('several replicates: the mean with the middle 90% in brackets, and one value when they agree', () => {
    const s = twoFirms(2, 1);
    const c = createSummary(s);
    c.add(0, period(0, [{ retention: 0.5, nps: 5 }, { retention: 0.1 }]));
    c.add(1, period(0, [{ retention: 0.7, nps: 5 }, { retention: 0.1 }]));
    const text = formatSummary(s, c);
    expect(text.split('\n')[0]).toBe(
      'Period 1 of 1 (profit: summed over the run). Mean of 2 replicates; in brackets, the range of the middle 90% of replicates.',
    );
    expect(text).toMatch(/Retention \(per period\) {3,}60\.0% \(51\.0% – 69\.0%\) {3}10\.0%\n/);
    expect(text).toMatch(/NPS {3,}5\.0 {3,}–\n/);
  });
});

describe('formatSweepSummary', () => {
  const run = (s: Scenario, periods: number, reps: number, retention: number) => {
    const c = createSummary({ ...s, replicates: reps });
    for (let r = 0; r < reps; r++) for (let t = 0; t < periods; t++) c.add(r, period(t, [{ retention: retention + 0.1 * r, profit: 1 }, { retention: 0 }]));
    return c;
  };
  it('one row per value for firm 0, titled with the period and the seeds they share', () => {
    const s = twoFirms(1, 2);
    const text = formatSweepSummary(s, 'firms[0].price', [0.9, 1.1], [run(s, 2, 1, 0.5), run(s, 2, 1, 0.25)]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Us, period 2 (profit: summed over the run), by firms[0].price. Every value ran on the same 1 seed.');
    expect(lines[1]).toBe('');
    expect(lines[2].startsWith('firms[0].price   Retention (per period)   Market share (customers)')).toBe(true);
    expect(lines[3]).toMatch(/^0\.9 {14}\s+50\.0% /);
    expect(lines[4]).toMatch(/^1\.1 {14}\s+25\.0% /);
    expect(lines[3]).toMatch(/ 2\.0 {5}–$/);
    expect(lines[5]).toBe('');
    expect(lines).toHaveLength(6);
  });
  it('says when the values ran to different periods or on different numbers of replicates', () => {
    const s = twoFirms(3, 4);
    const text = formatSweepSummary(s, 'horizon', [2, 4], [run(s, 2, 3, 0.5), run(s, 4, 1, 0.5)]);
    expect(text.split('\n')[0]).toBe(
      'Us, final period of each value (2–4) (profit: summed over the run), by horizon. Every value ran on the same seeds (1–3 replicates); in brackets, the range of the middle 90% of replicates.',
    );
    expect(text).toMatch(/\n2 {3,}60\.0% \(51\.0% – 69\.0%\) /);
    const same = formatSweepSummary(s, 'seed', [1, 2], [run(s, 2, 2, 0.5), run(s, 2, 2, 0.5)]);
    expect(same.split('\n')[0]).toBe(
      'Us, period 2 (profit: summed over the run), by seed. Every value ran on the same 2 seeds; in brackets, the range of the middle 90% of replicates.',
    );
  });
});
