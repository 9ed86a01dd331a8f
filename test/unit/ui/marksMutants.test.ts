// Schedule marks at the edges of the run, in period order, and label placement computed by hand
// (src/ui/series/marks.ts): px = x, every character 5 px wide.
import { describe, expect, it } from 'vitest';
import { placeMarks, scheduleMarks, type Mark } from '../../../src/ui/series/marks.ts';
import { scenarioWith } from '../../helpers.ts';

const width = (t: string) => t.length * 5;
const place = (marks: Mark[], o: Partial<{ left: number; right: number; rows: number; maxWidth: number }> = {}) =>
  placeMarks(marks, (x) => x, width, { left: 0, right: 1000, rows: 2, maxWidth: 100, ...o });

describe('scheduleMarks at the edges of the run', () => {
  it('keeps a change in the first period and drops one before it or at the horizon', () => {
    const base = scenarioWith({ horizon: 10, changes: [{ period: 0, firm: 0, lever: 'price', value: 0.9 }] });
    const s = {
      ...base,
      changes: [
        { period: -1, firm: 0, lever: 'price' as const, value: 0.8 },
        { period: 0, firm: 0, lever: 'price' as const, value: 0.9 },
        { period: 10, firm: 0, lever: 'price' as const, value: 1.1 },
      ],
    };
    expect(scheduleMarks(s, ['Us'], 'en', (t) => t)).toEqual([{ x: 1, label: 'Us: Price 0.9' }]);
  });

  it('orders marks by period, whatever the order of changes and events', () => {
    const s = scenarioWith({
      horizon: 24,
      changes: [
        { period: 9, firm: 0, lever: 'price', value: 0.9 },
        { period: 5, firm: 0, lever: 'price', value: 1.1 },
      ],
      events: [{ type: 'priceWar', period: 2, duration: 3, firms: [0, 1], priceCut: 0.2 }],
    });
    expect(scheduleMarks(s, ['Us'], 'en', (t) => t).map((m) => m.x)).toEqual([3, 6, 10]);
  });
});

describe('placeMarks, by hand', () => {
  it('shortens a label only while it is longer than 4 characters and wider than maxWidth, from its end', () => {
    const p = place(
      [
        { x: 10, label: 'abcdefghij' }, // 50 px, fits 50 exactly
        { x: 200, label: 'abcdefghij' },
      ],
      { maxWidth: 50 },
    );
    expect(p[0].text).toBe('abcdefghij');
    expect(p.map((m) => m.row)).toEqual([0, 0]);
    // 50 px > 40: two characters off and an ellipsis, 'abcdefgh…' (45 px), then 'abcdefg…' (40 px)
    expect(place([{ x: 200, label: 'abcdefghij' }], { maxWidth: 40 })[0].text).toBe('abcdefg…');
    // 20 px > 10, but only 4 characters
    expect(place([{ x: 400, label: 'abcd' }], { maxWidth: 10 })[0].text).toBe('abcd');
  });

  it('anchors at the end only when the label would pass the right edge', () => {
    // 100 + 3 + 20 = 123: exactly at the edge stays to the right of the line
    expect(place([{ x: 100, label: 'aaaa' }], { right: 123 })[0].anchor).toBe('start');
    expect(place([{ x: 100, label: 'aaaa' }], { right: 122 })[0].anchor).toBe('end');
    expect(place([{ x: 100, label: 'aaaa' }], { right: 120 })[0].anchor).toBe('end');
  });

  it('an end-anchored label ends 3 px left of its line, so the next label fits 4 px after that', () => {
    // first: end-anchored from 167 to 187; second starts at 188 + 3 = 191 = 187 + 4
    const p = place(
      [
        { x: 190, label: 'aaaa' },
        { x: 188, label: 'b' },
      ],
      { right: 200 },
    );
    expect(p.map((m) => [m.anchor, m.row])).toEqual([
      ['end', 0],
      ['start', 0],
    ]);
    // one pixel closer: the second goes to the next row
    expect(
      place(
        [
          { x: 190, label: 'aaaa' },
          { x: 187, label: 'b' },
        ],
        { right: 200 },
      ).map((m) => m.row),
    ).toEqual([0, 1]);
  });

  it('an end-anchored label that would start left of the plot is left out; one starting exactly at the left edge is kept', () => {
    // from = 30 − 3 − 20 = 7 < 10
    expect(place([{ x: 30, label: 'aaaa' }], { left: 10, right: 40 })[0].row).toBe(-1);
    // start-anchored: from = 7 + 3 = 10 = left
    expect(place([{ x: 7, label: 'aaaa' }], { left: 10 })[0].row).toBe(0);
    expect(place([{ x: 6, label: 'aaaa' }], { left: 10 })[0].row).toBe(-1);
  });

  it('needs a gap of 4 px after the label before it in a row', () => {
    // first from 103 to 123; second from 125 (< 127) goes to row 1, third from 127 back to row 0
    const p = place([
      { x: 100, label: 'aaaa' },
      { x: 122, label: 'b' },
      { x: 124, label: 'c' },
    ]);
    expect(p.map((m) => m.row)).toEqual([0, 1, 0]);
  });
});
