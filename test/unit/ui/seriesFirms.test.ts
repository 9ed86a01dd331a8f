// Chart shaping for a firm other than 0 and a segment other than "all": every value of the
// summaries below is distinct (it encodes period, firm, segment and measure), so a function that
// reads the wrong firm, the wrong segment, or the two the wrong way round gives other numbers.
import { describe, expect, it } from 'vitest';
import { LOYALTY_TYPES, M, MEASURE_COUNT, MEASURES, SATISFACTION_BINS, SEGMENTS, type Measure, type PeriodSummary } from '../../../src/model/index.ts';
import { firmLines, measureLines, measurePoints, cumulative, yExtent, periodNumber } from '../../../src/ui/series/time.ts';
import { loyaltyMix } from '../../../src/ui/series/mix.ts';
import { npsLines } from '../../../src/ui/series/nps.ts';
import { satisfactionBins } from '../../../src/ui/series/satisfaction.ts';
import { replicateSeries } from '../../../src/ui/series/bands.ts';
import { COMPARE_METRICS, differenceTable, pairedDifference, replicateMetric } from '../../../src/ui/series/compare.ts';
import { formatDuration, formatInteger, formatNumber, formatPercent, formatSigned, formatBound } from '../../../src/ui/series/format.ts';
import { firmColor, NPS_COLORS } from '../../../src/ui/series/palette.ts';
import { flowMatrix } from '../../../src/ui/series/flows.ts';
import { csvLine } from '../../../src/io/csv.ts';

const FIRMS = 3;
/** The value every cell of a coded summary holds: unique per period, firm, segment, measure. */
const code = (period: number, firm: number, segment: number, m: Measure) => 10_000 * (period + 1) + 1000 * firm + 100 * segment + M[m];

function coded(period: number, firms = FIRMS, offset = 0): PeriodSummary {
  const values = new Float64Array(firms * SEGMENTS.length * MEASURE_COUNT);
  for (let f = 0; f < firms; f++)
    for (let seg = 0; seg < SEGMENTS.length; seg++)
      for (const m of MEASURES) values[(f * SEGMENTS.length + seg) * MEASURE_COUNT + M[m]] = code(period, f, seg, m) + offset;
  return { period, firms, values, moves: new Float64Array((firms + 1) * (firms + 1)) };
}

const run = [coded(0), coded(1), coded(2)];

describe('every shaping function reads the firm and the segment it is given', () => {
  // firm 1 / segment 2 and firm 2 / segment 1 are each other's swap; firm 2 / segment 3 has no swap
  const PAIRS: [number, number][] = [
    [1, 2],
    [2, 1],
    [2, 3],
    [0, 3],
  ];
  it.each(PAIRS)('measurePoints, firm %i segment %i', (firm, seg) => {
    expect(measurePoints(run, firm, 'retention', seg, 2).map((p) => p.y)).toEqual(run.map((s) => 2 * code(s.period, firm, seg, 'retention')));
  });
  it.each(PAIRS)('firmLines: one line per firm, in segment %#', (_, seg) => {
    const lines = firmLines(run, ['A', 'B', 'C'], 'profit', seg, { scale: 0.5 });
    lines.forEach((l, k) => expect(l.points.map((p) => p.y)).toEqual(run.map((s) => 0.5 * code(s.period, k, seg, 'profit'))));
  });
  it.each(PAIRS)('measureLines, firm %i segment %i', (firm, seg) => {
    const [line] = measureLines(run, firm, seg, [{ measure: 'meanTrust', label: 'trust', color: '#000', scale: 3 }]);
    expect(line.points.map((p) => p.y)).toEqual(run.map((s) => 3 * code(s.period, firm, seg, 'meanTrust')));
  });
  it.each(PAIRS)('loyaltyMix, firm %i segment %i', (firm, seg) => {
    const layers = loyaltyMix(run, firm, seg, { kinship: true, label: (k) => k });
    for (const s of run) {
      let base = 0;
      for (const [i, key] of [...LOYALTY_TYPES, 'churned'].entries()) {
        const v = code(s.period, firm, seg, key === 'churned' ? 'churned' : (`type_${key}` as Measure));
        expect(layers[i].points[s.period]).toEqual({ x: periodNumber(s.period), y0: base, y1: base + v });
        base += v;
      }
    }
  });
  it.each(PAIRS)('npsLines, firm %i segment %i, in percent', (firm, seg) => {
    const lines = npsLines(run, firm, seg, (k) => `L:${k}`);
    expect(lines.map((l) => l.key)).toEqual(['promoterShare', 'passiveShare', 'detractorShare', 'nps']);
    expect(lines.map((l) => l.label)).toEqual(['L:promoters', 'L:passives', 'L:detractors', 'L:nps']);
    expect(lines.map((l) => l.color)).toEqual([NPS_COLORS.promoters, NPS_COLORS.passives, NPS_COLORS.detractors, NPS_COLORS.nps]);
    expect(lines.map((l) => l.dash)).toEqual(['4 3', '4 3', '4 3', undefined]);
    expect(lines[0].points[1].y).toBe(100 * code(1, firm, seg, 'promoterShare'));
    expect(lines[3].points[2].y).toBe(code(2, firm, seg, 'nps'));
  });
  it.each(PAIRS)('satisfactionBins, firm %i segment %i', (firm, seg) => {
    const bins = satisfactionBins(run[1], firm, seg);
    const counts = Array.from({ length: SATISFACTION_BINS }, (_, b) => code(1, firm, seg, `sat${b}` as Measure));
    const total = counts.reduce((a, x) => a + x, 0);
    expect(bins.map((b) => b.count)).toEqual(counts);
    bins.forEach((b, i) => expect(b.share).toBeCloseTo(counts[i] / total, 12));
  });
  it.each(PAIRS)('replicateSeries, firm %i segment %i, plain and cumulative', (firm, seg) => {
    const reps = [run, [coded(0, FIRMS, 7), coded(1, FIRMS, 7)]];
    expect(replicateSeries(reps, firm, 'clv', seg)).toEqual(reps.map((r) => r.map((s, t) => code(t, firm, seg, 'clv') + (r === run ? 0 : 7))));
    const cum = replicateSeries(reps, firm, 'revenue', seg, { cumulative: true, scale: 2 });
    expect(cum[0][2]).toBe(2 * (code(0, firm, seg, 'revenue') + code(1, firm, seg, 'revenue') + code(2, firm, seg, 'revenue')));
  });
  it('replicateMetric reads the "all" segment of the firm asked for', () => {
    const last = COMPARE_METRICS.find((m) => m.reduce === 'last')!;
    const sum = COMPARE_METRICS.find((m) => m.reduce === 'sum')!;
    const mean = COMPARE_METRICS.find((m) => m.reduce === 'mean')!;
    expect(replicateMetric(run, 2, last)).toBe(last.scale * code(2, 2, 0, last.measure));
    expect(replicateMetric(run, 1, sum)).toBe(sum.scale * (code(0, 1, 0, sum.measure) + code(1, 1, 0, sum.measure) + code(2, 1, 0, sum.measure)));
    expect(replicateMetric(run, 2, mean)).toBeCloseTo(
      (mean.scale * (code(0, 2, 0, mean.measure) + code(1, 2, 0, mean.measure) + code(2, 2, 0, mean.measure))) / 3,
      9,
    );
  });
  it('differenceTable compares the firm asked for, variant minus baseline', () => {
    const base = [run, run];
    const better = [run.map((s) => coded(s.period, FIRMS, 5)), run.map((s) => coded(s.period, FIRMS, 5))];
    const [rows] = differenceTable([base, better], 2);
    const last = rows.find((r) => r.metric === 'clv')!;
    expect(last.baseline).toBe(code(2, 2, 0, 'clv'));
    expect(last.diff).toBe(5);
  });
});

describe('edges the other series tests leave open', () => {
  it('yExtent spans points and bands alike, and a single point is its own extent', () => {
    expect(
      yExtent([
        {
          key: 'a',
          label: '',
          color: '',
          points: [
            { x: 0, y: 2 },
            { x: 1, y: -1 },
            { x: 2, y: 5 },
          ],
        },
      ]),
    ).toEqual([-1, 5]);
    expect(yExtent([{ key: 'a', label: '', color: '', points: [{ x: 0, y: 4 }] }])).toEqual([4, 4]);
    expect(
      yExtent([
        {
          key: 'a',
          label: '',
          color: '',
          points: [{ x: 0, y: 1 }],
          band: [
            { x: 0, lo: NaN, hi: 3 },
            { x: 1, lo: 0.5, hi: NaN },
          ],
        },
      ]),
    ).toEqual([0.5, 3]);
    expect(cumulative([])).toEqual([]);
  });
  it('firmLines names an unnamed firm by its index', () => {
    expect(firmLines(run, ['A'], 'profit').map((l) => [l.key, l.label])).toEqual([
      ['firm0', 'A'],
      ['firm1', '#1'],
      ['firm2', '#2'],
    ]);
    expect(firmLines([], ['A', 'B'], 'profit').map((l) => l.points.length)).toEqual([0, 0]);
  });
  it('firm colours cycle through the eight colours', () => {
    expect(firmColor(8)).toBe(firmColor(0));
    expect(new Set(Array.from({ length: 8 }, (_, k) => firmColor(k))).size).toBe(8);
  });
  it('paired differences skip a replicate missing on either side and need two pairs for a band', () => {
    const d = pairedDifference([1, NaN, 3, 4], [2, 5, NaN, 6]);
    expect(d).toMatchObject({ n: 2, diff: 1.5, baseline: 2.5, variant: 4 });
    expect(d.hi - d.diff).toBeCloseTo(d.diff - d.lo, 12);
    expect(d.hi).toBeGreaterThan(d.diff);
    expect(pairedDifference([1], [3]).lo).toBeNaN();
    expect(pairedDifference([1, 2, 3], [2, 3]).n).toBe(2);
  });
  it('flows of a run with no moves are all zero, and an empty run has none', () => {
    expect(flowMatrix([coded(0, 2)]).max).toBe(0);
    expect(flowMatrix([])).toEqual({ size: 0, flows: [], max: 0 });
  });
  it('the satisfaction distribution of an empty segment has zero shares', () => {
    const empty = { ...coded(0), values: new Float64Array(FIRMS * SEGMENTS.length * MEASURE_COUNT) };
    expect(satisfactionBins(empty, 1, 2).every((b) => b.share === 0 && b.count === 0)).toBe(true);
  });
  it('CSV cells quote commas, quotes and line breaks, and nothing else', () => {
    expect(csvLine(['a,b', 'say "hi"', 'x\ny', 'plain', 1.5])).toBe('"a,b","say ""hi""","x\ny",plain,1.5\n');
  });
  it('number formats at their boundaries', () => {
    expect(formatNumber(1000)).toBe('1k');
    expect(formatNumber(999.4)).toBe('999');
    expect(formatNumber(100)).toBe('100');
    expect(formatNumber(99.94)).toBe('99.9');
    expect(formatNumber(1)).toBe('1.0');
    expect(formatNumber(0.999)).toBe('1');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(2e9)).toBe('2B');
    expect(formatPercent(12.345)).toBe('12.3%');
    expect(formatPercent(NaN)).toBe('–');
    expect(formatSigned(-2)).toBe('−2.0'); // d3 writes a true minus sign
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(NaN)).toBe('–');
    expect(formatDuration(60)).toBe('1 min 00 s');
    expect(formatDuration(59.6)).toBe('1 min 00 s');
    expect(formatDuration(12)).toBe('12 s');
    expect(formatDuration(-3)).toBe('0 s');
    expect(formatDuration(NaN)).toBe('–');
    expect(formatBound(Infinity)).toBe('∞');
    expect(formatBound(-Infinity)).toBe('−∞');
    expect(formatInteger(2.6)).toBe('3');
    expect(formatInteger(NaN)).toBe('–');
  });
});
