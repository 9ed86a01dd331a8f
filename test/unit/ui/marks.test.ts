// Marks of the schedule on the time charts: one per period, labelled, placed without overlap.
import { describe, expect, it } from 'vitest';
import { placeMarks, scheduleMarks } from '../../../src/ui/series/marks.ts';
import { scenarioWith } from '../../helpers.ts';

const s = scenarioWith({
  horizon: 24,
  changes: [
    { period: 6, firm: 0, lever: 'price', value: 0.9 },
    { period: 6, firm: 1, lever: 'quality', value: 4 },
    { period: 30, firm: 0, lever: 'price', value: 1 },
  ],
  events: [{ type: 'priceWar', period: 12, duration: 3, firms: [0, 1], priceCut: 0.2 }],
});

describe('scheduleMarks', () => {
  it('gives one mark per period (numbered from 1, as the charts) with every label, events included, and none past the horizon', () => {
    const m = scheduleMarks(s, ['Us', 'Rival A'], 'en', (type) => `event ${type}`);
    expect(m).toEqual([
      { x: 7, label: 'Us: Price 0.9; Rival A: Quality 4.0' },
      { x: 13, label: 'event priceWar' },
    ]);
    expect(scheduleMarks(s, ['我们', '对手 A'], 'zh', () => '价格战')[0].label).toBe('我们: 价格 0.9；对手 A: 产品与服务质量 4.0');
  });
});

describe('placeMarks', () => {
  const width = (t: string) => t.length * 5;
  it('puts a label that would overlap the one before it in the next row, and leaves it out when no row is free', () => {
    const marks = [
      { x: 0, label: 'aaaaaaaaaa' },
      { x: 2, label: 'bbbbbbbbbb' },
      { x: 4, label: 'cccccccccc' },
      { x: 40, label: 'd' },
    ];
    const p = placeMarks(marks, (x) => 100 + x * 5, width, { left: 50, right: 400, rows: 2, maxWidth: 100 });
    expect(p.map((m) => m.row)).toEqual([0, 1, -1, 0]);
  });
  it('anchors a label at the right edge to the left of its line, and shortens a long one', () => {
    const p = placeMarks([{ x: 0, label: 'x'.repeat(60) }], () => 390, width, { left: 50, right: 400, rows: 2, maxWidth: 100 });
    expect(p[0].anchor).toBe('end');
    expect(width(p[0].text)).toBeLessThanOrEqual(100);
    expect(p[0].text.endsWith('…')).toBe(true);
  });
});
