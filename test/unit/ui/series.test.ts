import { describe, expect, it } from 'vitest';
import { LOYALTY_TYPES, valueOf } from '../../../src/model/index.ts';
import { cumulative, firmLines, measurePoints, yExtent } from '../../../src/ui/series/time.ts';
import { loyaltyMix, MIX_KEYS } from '../../../src/ui/series/mix.ts';
import { npsLines } from '../../../src/ui/series/nps.ts';
import { satisfactionBins } from '../../../src/ui/series/satisfaction.ts';
import { flowMatrix } from '../../../src/ui/series/flows.ts';
import { classCounts, scatterDots, ZONES } from '../../../src/ui/series/scatter.ts';
import { firmColor } from '../../../src/ui/series/palette.ts';
import { legendLayout, textWidth } from '../../../src/ui/series/legend.ts';
import { satisfactionPath, storyRows, storyTotals } from '../../../src/ui/series/story.ts';
import { fakeSummary, runPeriods, smallScenario } from './fixtures.ts';

const run = runPeriods(smallScenario());
const names = ['Us', 'Rival A', 'Rival B'];

describe('time series', () => {
  it('reads one measure per period with valueOf, scaled', () => {
    const pts = measurePoints(run, 1, 'retention', 0, 100);
    expect(pts.map((p) => p.x)).toEqual(run.map((s) => s.period + 1)); // charts count periods from 1
    expect(pts[5].y).toBe(valueOf(run[5], 1, 'retention', 0) * 100);
  });
  it('gives one coloured, labelled line per firm', () => {
    const lines = firmLines(run, names, 'marketShare', 0, { scale: 100 });
    expect(lines.map((l) => l.label)).toEqual(names);
    expect(lines.map((l) => l.color)).toEqual([0, 1, 2].map(firmColor));
    // market shares of the firms add up to 100% in every period
    for (let t = 0; t < run.length; t++) expect(lines.reduce((a, l) => a + l.points[t].y, 0)).toBeCloseTo(100, 9);
  });
  it('accumulates, treating NaN as 0', () => {
    expect(
      cumulative([
        { x: 0, y: 1 },
        { x: 1, y: NaN },
        { x: 2, y: 2.5 },
      ]).map((p) => p.y),
    ).toEqual([1, 1, 3.5]);
  });
  it('finds the extent of lines and bands, ignoring NaN', () => {
    expect(
      yExtent([
        {
          key: 'a',
          label: 'a',
          color: '',
          points: [
            { x: 0, y: NaN },
            { x: 1, y: 3 },
          ],
          band: [{ x: 1, lo: -2, hi: 9 }],
        },
      ]),
    ).toEqual([-2, 9]);
    expect(yExtent([{ key: 'a', label: 'a', color: '', points: [{ x: 0, y: NaN }] }])).toBeNull();
  });
});

describe('loyalty-type mix', () => {
  it('stacks the types and the churned, each layer starting where the last ended', () => {
    const layers = loyaltyMix(run, 0, 0, { kinship: true, label: (k) => k });
    expect(layers.map((l) => l.key)).toEqual([...MIX_KEYS]);
    for (let t = 0; t < run.length; t++) {
      for (let i = 1; i < layers.length; i++) expect(layers[i].points[t].y0).toBe(layers[i - 1].points[t].y1);
      const types = LOYALTY_TYPES.reduce((a, k) => a + valueOf(run[t], 0, `type_${k}`, 0), 0);
      expect(layers[LOYALTY_TYPES.length - 1].points[t].y1).toBeCloseTo(types, 9);
      // every current customer has exactly one loyalty type
      expect(types).toBe(valueOf(run[t], 0, 'customers', 0));
    }
  });
  it('drops kinship when it is off', () => {
    expect(loyaltyMix(run, 0, 0, { kinship: false, label: (k) => k }).map((l) => l.key)).not.toContain('kinship');
  });
});

describe('NPS', () => {
  it('puts shares and the score on one percent scale: NPS = promoters − detractors', () => {
    const [pro, , det, nps] = npsLines(run, 0, 0, (k) => k);
    for (let t = 0; t < run.length; t++) expect(nps.points[t].y).toBeCloseTo(pro.points[t].y - det.points[t].y, 9);
  });
});

describe('satisfaction distribution', () => {
  it('has bins whose shares sum to 1, each inside one Jones–Sasser zone (limits 3.75 and 4.5)', () => {
    const bins = satisfactionBins(run.at(-1), 0, 0);
    expect(bins.reduce((a, b) => a + b.share, 0)).toBeCloseTo(1, 12);
    expect(bins[0].lo).toBe(1);
    expect(bins.at(-1)!.hi).toBe(5);
    // the zone of a satisfaction value, as the classes are defined (defection up to 3.75, affection above 4.5)
    const zone = (s: number) => (s <= 3.75 ? 'defection' : s > 4.5 ? 'affection' : 'indifference');
    for (const b of bins) {
      expect(zone(b.lo + 1e-6), `${b.lo}–${b.hi}`).toBe(b.zone);
      expect(zone(b.hi - 1e-6), `${b.lo}–${b.hi}`).toBe(b.zone);
    }
    const edges = bins.map((b) => b.lo);
    expect(edges).toContain(3.75);
    expect(edges).toContain(4.5);
  });
  it('is empty before the first period', () => {
    expect(satisfactionBins(undefined, 0, 0)).toEqual([]);
  });
});

describe('switching flows', () => {
  it('sums moves over periods and leaves out the diagonal', () => {
    const a = fakeSummary(0, 2, [], [5, 1, 2, 3, 7, 0, 4, 0, 9]);
    const b = fakeSummary(1, 2, [], [5, 2, 0, 1, 7, 1, 0, 6, 9]);
    const m = flowMatrix([a, b]);
    expect(m.size).toBe(3);
    const at = (f: number, t: number) => m.flows.find((x) => x.from === f && x.to === t)?.value;
    expect(at(0, 1)).toBe(3);
    expect(at(1, 0)).toBe(4);
    expect(at(2, 1)).toBe(6);
    expect(at(0, 0)).toBeUndefined();
    expect(m.max).toBe(6);
  });
  it('matches the model: flows out of a firm equal its switchedOut + exited', () => {
    const m = flowMatrix(run.slice(0, 1));
    const out = m.flows.filter((f) => f.from === 0).reduce((a, f) => a + f.value, 0);
    expect(out).toBe(valueOf(run[0], 0, 'switchedOut', 0) + valueOf(run[0], 0, 'exited', 0));
  });
});

describe('scatter', () => {
  const sample = {
    ids: new Uint32Array([7, 8, 9]),
    satisfaction: new Float32Array([4.8, 2.1, 3.9]),
    loyalty: new Float32Array([0.9, 0.2, 0.6]),
    jsClass: new Uint8Array([0, 5, 2]),
    provider: new Uint8Array([0, 1, 0]),
  };
  it('maps class indices to JS_CLASSES and filters by firm', () => {
    expect(scatterDots(sample).map((d) => d.jsClass)).toEqual(['apostle', 'terrorist', 'mercenary']);
    expect(scatterDots(sample, 0)).toHaveLength(2);
    expect(classCounts(scatterDots(sample))).toMatchObject({ apostle: 1, terrorist: 1, mercenary: 1, loyalist: 0 });
    expect(scatterDots(null)).toEqual([]);
  });
  it('has the Jones–Sasser zones end to end on 1–5', () => {
    expect(ZONES.map((z) => [z.from, z.to])).toEqual([
      [1, 3.75],
      [3.75, 4.5],
      [4.5, 5],
    ]);
  });
});

describe('legend layout', () => {
  it('wraps items that do not fit, and CJK text is wider', () => {
    const items = ['Retention', 'Churn', 'Acquisition', 'Profit'].map((label) => ({ key: label, label, color: '#000' }));
    expect(legendLayout(items, 1000).height).toBe(15);
    const narrow = legendLayout(items, 120);
    expect(narrow.height).toBeGreaterThan(15);
    expect(narrow.items.every((i) => i.x === 0 || i.x + 16 + textWidth(i.label) <= 120 + 12)).toBe(true);
    expect(textWidth('保持率')).toBeGreaterThan(textWidth('abc'));
  });
});

describe('customer story', () => {
  const st = (period: number, provider: number, events: string[]) => ({
    id: 7,
    period,
    provider,
    lastProvider: -1,
    satisfaction: 3 + period / 10,
    expectation: 3.7,
    trust: 0.5,
    walletShare: 1,
    tenure: period,
    budget: 100,
    tier: 1,
    loyaltyType: 'value' as const,
    jsClass: 'loyalist' as const,
    loyalty: 0.7,
    events,
  });
  const states = [st(0, 0, ['offer']), st(1, 0, ['failure', 'complained']), st(2, 1, ['switched', 'offer']), st(3, -1, ['left'])];
  it('marks provider changes and counts what happened', () => {
    expect(storyRows(states).map((r) => r.changed)).toEqual([false, false, true, true]);
    expect(storyTotals(states)).toEqual({ offers: 2, failures: 1, complaints: 1, changes: 2 });
    expect(satisfactionPath(states).map((p) => p.x)).toEqual([1, 2, 3, 4]);
  });
});

describe('number formats', async () => {
  const { formatNumber, formatBound, formatDuration, formatSigned } = await import('../../../src/ui/series/format.ts');
  it('keeps axis and table numbers short', () => {
    expect(formatNumber(14574)).toBe('14.6k');
    expect(formatNumber(239582)).toBe('240k');
    expect(formatNumber(1.5e7)).toBe('15M');
    expect(formatNumber(0.004)).toBe('0.004');
    expect(formatNumber(NaN)).toBe('–');
    expect(formatSigned(0.031)).toBe('+0.031');
    expect(formatBound(1_000_000)).toBe('1,000,000');
    expect(formatBound(0.2)).toBe('0.2');
    expect(formatDuration(65)).toBe('1 min 05 s');
  });
});
