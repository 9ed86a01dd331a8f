import { describe, expect, it } from 'vitest';
import { sampledXs, linesTable, layersTable, binLabel, binsTable, dotsTable, flowsTable } from '../../../../src/ui/teach/tables.ts';
import { spreadLabels, thickestPoint, hatchOf } from '../../../../src/ui/teach/directLabels.ts';
import { presentationKeys } from '../../../../src/ui/teach/keys.ts';
import { keyFigures } from '../../../../src/ui/teach/report.ts';
import { fakeSummary } from '../fixtures.ts';

describe('chart data tables', () => {
  it('samples at most 13 periods and always keeps the last', () => {
    expect(sampledXs([0, 1, 2])).toEqual({ xs: [0, 1, 2], step: 1 });
    const r = sampledXs(Array.from({ length: 120 }, (_, i) => i));
    expect(r.step).toBe(10);
    expect(r.xs.at(0)).toBe(0);
    expect(r.xs.at(-1)).toBe(119);
    expect(r.xs.length).toBeLessThanOrEqual(13);
  });
  it('lays out lines, layers, bins, dots and flows as rows', () => {
    const t = linesTable(
      [
        {
          key: 'a',
          label: 'A',
          color: '#000',
          points: [
            { x: 0, y: 1 },
            { x: 1, y: 2 },
          ],
        },
        { key: 'b', label: 'B', color: '#000', points: [{ x: 1, y: 5 }] },
      ],
      'Month',
      (v) => `${v}%`,
    );
    expect(t).toEqual({
      columns: ['Month', 'A', 'B'],
      rows: [
        ['0', '1%', '–'],
        ['1', '2%', '5%'],
      ],
    });
    expect(layersTable([{ key: 'v', label: 'Value', color: '#000', points: [{ x: 0, y0: 10, y1: 40 }] }], 'Month').rows).toEqual([['0', '30.0']]);
    expect(binsTable([{ lo: 1, hi: 1.5, count: 3, share: 0.25, zone: 'defection' }], ['S', '%', 'Zone'], (z) => z.toUpperCase()).rows).toEqual([
      ['1–1.5', '25.0%', 'DEFECTION'],
    ]);
    expect(binLabel({ lo: 3.75, hi: 4 })).toBe('3.75–4');
    const dots = dotsTable(
      [
        { satisfaction: 4, loyalty: 0.5, jsClass: 'mercenary', provider: 0 },
        { satisfaction: 5, loyalty: 1, jsClass: 'mercenary', provider: 0 },
      ],
      (c) => c,
      ['c', 'n', 's', 'l'],
    );
    expect(dots.rows).toEqual([['mercenary', '2', '4.50', '0.75']]);
    const flows = flowsTable(
      [
        { from: 0, to: 1, value: 3 },
        { from: 1, to: 0, value: 9 },
        { from: 1, to: 2, value: 0 },
      ],
      ['Us', 'A', 'Out'],
      'From',
      'To',
      'n',
    );
    expect(flows.rows).toEqual([
      ['A', 'Us', '9'],
      ['Us', 'A', '3'],
    ]);
  });
});

describe('direct labels', () => {
  it('spreads labels apart, in order, within the band', () => {
    expect(spreadLabels([50, 52, 200], 10, 0, 300)).toEqual([50, 60, 200]);
    expect(spreadLabels([52, 50], 10, 0, 300)).toEqual([60, 50]);
    const low = spreadLabels([299, 299, 299], 10, 0, 300);
    expect(low).toEqual([280, 290, 300]);
    expect(spreadLabels([-40], 10, 0, 300)).toEqual([0]);
  });
  it('finds where a layer is thickest', () => {
    expect(
      thickestPoint([
        { x: 0, y0: 0, y1: 1 },
        { x: 1, y0: 2, y1: 8 },
      ]),
    ).toEqual({ x: 1, mid: 5, thickness: 6 });
    expect(thickestPoint([])).toBeNull();
  });
  it('hatches every layer but value, by key', () => {
    expect(hatchOf('value', 4)).toBe('none');
    expect(hatchOf('inertia', 1)).toBe('diagonal');
    expect(hatchOf('other', 1)).toBe('diagonal');
  });
});

describe('presentation shortcuts', () => {
  const key = (k: string, extra: Record<string, unknown> = {}) => ({
    key: k,
    target: null,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    preventDefault() {},
    ...extra,
  });
  it('P toggles, Esc leaves, fields and modifiers are left alone', () => {
    const v = { presenting: false, glossaryOpen: false };
    expect(presentationKeys(key('p'), v)).toBe(true);
    expect(v.presenting).toBe(true);
    expect(presentationKeys(key('p', { ctrlKey: true }), v)).toBe(false);
    expect(presentationKeys(key('P', { target: { tagName: 'INPUT', isContentEditable: false } }), v)).toBe(false);
    expect(v.presenting).toBe(true);
    expect(presentationKeys(key('Escape'), v)).toBe(true);
    expect(v.presenting).toBe(false);
    expect(presentationKeys(key('Escape'), v)).toBe(false);
    v.glossaryOpen = true;
    expect(presentationKeys(key('p'), v)).toBe(false);
  });
});

describe('report key figures', () => {
  it('is empty before the run', () => {
    expect(keyFigures([], ['Us'])).toEqual([]);
  });
  it('reads the last period, the mean retention and the total profit per firm', () => {
    const s = [
      fakeSummary(0, 2, [
        [0, 0, 'retention', 0.9],
        [0, 0, 'profit', 100],
        [0, 0, 'marketShare', 0.5],
        [1, 0, 'profit', 7],
      ]),
      fakeSummary(1, 2, [
        [0, 0, 'retention', 0.8],
        [0, 0, 'profit', 50],
        [0, 0, 'marketShare', 0.4],
        [0, 0, 'nps', 12.4],
        [0, 0, 'meanSatisfaction', 4.123],
      ]),
    ];
    const rows = keyFigures(s, ['Us', 'Them']);
    expect(rows.map((r) => r.firm)).toEqual(['Us', 'Them']);
    expect(rows[0].values).toMatchObject({ share: '40.0%', retention: '85.0%', nps: '12', satisfaction: '4.12', profit: '150' });
    expect(rows[1].values.profit).toBe('7.0');
  });
});
