// Edges of the chart-shaping functions that the other series tests leave open, found by
// mutation testing (npm run test:mutation): each test here failed on at least one mutant that
// survived the rest of the suite.
import { describe, expect, it } from 'vitest';
import { LOYALTY_TYPES, JS_CLASSES, ROW_HEADER } from '../../../src/model/index.ts';
import { bandLine, interval } from '../../../src/ui/series/bands.ts';
import { COMPARE_METRICS, replicateMetric } from '../../../src/ui/series/compare.ts';
import { runsCsv } from '../../../src/ui/series/csv.ts';
import { flowMatrix } from '../../../src/ui/series/flows.ts';
import { formatSigned } from '../../../src/ui/series/format.ts';
import { legendLayout, textWidth } from '../../../src/ui/series/legend.ts';
import { loyaltyMix, MIX_KEYS } from '../../../src/ui/series/mix.ts';
import { JS_COLORS, LOYALTY_COLORS } from '../../../src/ui/series/palette.ts';
import { fakeSummary, smallScenario } from './fixtures.ts';

describe('bands', () => {
  it('a percentile band needs two replicates, and sorts them as numbers', () => {
    expect(interval([3], 'percentile').lo).toBeNaN();
    expect(interval([1, 2], 'percentile')).toMatchObject({ lo: 1.05, hi: 1.95 });
    // sorted as text, 100 would come before 9
    const iv = interval([100, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28], 'percentile');
    expect(iv.lo).toBeCloseTo(10, 9);
    expect(iv.hi).toBeCloseTo(28, 9);
  });
  it('no values give no mean and no band', () => {
    expect(interval([], 'ci')).toEqual({ mean: NaN, lo: NaN, hi: NaN, n: 0 });
    expect(interval([NaN], 'percentile')).toEqual({ mean: NaN, lo: NaN, hi: NaN, n: 0 });
  });
  it('a band line is as long as the shortest replicate', () => {
    const line = bandLine(
      [
        [1, 2, 3],
        [1, 2],
      ],
      'ci',
      { key: 'k', label: 'l', color: '#000' },
    );
    // periods are shown numbered from 1 (series/time.ts periodNumber)
    expect(line.points.map((p) => p.x)).toEqual([1, 2]);
  });
});

describe('comparison metrics', () => {
  const run = [0, 1, 2].map((t) =>
    fakeSummary(t, 2, [
      [1, 0, 'clv', t === 2 ? NaN : 10 + t],
      [1, 0, 'retention', NaN],
    ]),
  );
  it('the last finite value, scaled', () => {
    expect(replicateMetric(run, 1, { key: 'x', measure: 'clv', reduce: 'last', scale: 100 })).toBe(1100);
  });
  it('NaN when no period has a value, for a total as for a mean', () => {
    expect(replicateMetric(run, 1, { key: 'x', measure: 'retention', reduce: 'mean', scale: 1 })).toBeNaN();
    expect(replicateMetric(run, 1, { key: 'x', measure: 'retention', reduce: 'sum', scale: 1 })).toBeNaN();
  });
  it('keys the table rows by the metrics the table shows', () => {
    expect(COMPARE_METRICS.map((m) => m.key)).toEqual(['retention', 'nps', 'share_value', 'profit', 'clv']);
  });
});

describe('CSV of several runs', () => {
  it("puts the prefix columns before the model's, on the header and on every row", () => {
    const s = smallScenario({ horizon: 1, population: { size: 100 } });
    const summary = fakeSummary(0, s.firms.length);
    const text = runsCsv(
      [
        { scenario: s, replicate: 0, summaries: [summary], prefix: ['base'] },
        { scenario: s, replicate: 1, summaries: [summary] },
      ],
      ['variant'],
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe(['variant', ...ROW_HEADER].join(','));
    expect(lines[1].startsWith('base,0,0,0,Us,all,')).toBe(true);
    expect(lines[1 + s.firms.length * 4].startsWith('1,0,0,Us,all,')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('flows, formats, legend, mix and palette', () => {
  it('has one flow per ordered pair of distinct places', () => {
    expect(flowMatrix([fakeSummary(0, 2)]).flows).toHaveLength(3 * 2);
  });
  it('formatSigned says "–" for a missing value whatever the format', () => {
    expect(formatSigned(NaN, (v) => `(${v})`)).toBe('–');
  });
  it('lays out legend items one swatch, label and gap apart, rows 15 apart', () => {
    const items = ['ab', 'cd', 'ef'].map((label) => ({ key: label, label, color: '#000' }));
    const w = 16 + textWidth('ab') + 12;
    const one = legendLayout(items, 1000, 5);
    expect(one.items.map((i) => i.x)).toEqual([5, 5 + w, 5 + 2 * w]);
    const wrapped = legendLayout(items, 5 + 2 * w, 5, 20);
    expect(wrapped.items.map((i) => [i.x, i.y])).toEqual([
      [5, 0],
      [5 + w, 0],
      [5, 20],
    ]);
    expect(wrapped.height).toBe(40);
    // an item wider than the legend stays on the first row rather than leaving it empty
    expect(legendLayout(items.slice(0, 1), 10).items[0]).toMatchObject({ x: 0, y: 0 });
  });
  it('keeps every other loyalty type when kinship is off', () => {
    const layers = loyaltyMix([fakeSummary(0, 1)], 0, 0, { kinship: false, label: (k) => k });
    expect(layers.map((l) => l.key)).toEqual(MIX_KEYS.filter((k) => k !== 'kinship'));
  });
  it('has a distinct colour for every loyalty type and Jones–Sasser class', () => {
    expect(new Set([...LOYALTY_TYPES, 'churned'].map((t) => LOYALTY_COLORS[t])).size).toBe(LOYALTY_TYPES.length + 1);
    expect(new Set(JS_CLASSES.map((c) => JS_COLORS[c])).size).toBe(JS_CLASSES.length);
  });
});
