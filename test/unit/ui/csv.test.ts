import { describe, expect, it } from 'vitest';
import { M, ROW_HEADER, SEGMENTS } from '../../../src/model/index.ts';
import { runsCsv } from '../../../src/ui/series/csv.ts';
import { csvLine } from '../../../src/io/csv.ts';
import { fakeSummary, runPeriods, smallScenario } from './fixtures.ts';

/** A CSV cell back to a number: the shared writer leaves NaN as an empty cell. */
const readNumber = (c: string) => (c === '' ? NaN : Number(c));

describe('CSV export', () => {
  const s = smallScenario({ horizon: 3 });
  const summaries = runPeriods(s, 2);
  const text = runsCsv([{ scenario: s, replicate: 2, summaries }]);
  const lines = text.trimEnd().split('\n');

  it('starts with ROW_HEADER and has one row per period × firm × segment', () => {
    expect(lines[0]).toBe(ROW_HEADER.join(','));
    expect(lines).toHaveLength(1 + 3 * s.firms.length * SEGMENTS.length);
    expect(lines[1].startsWith('2,0,0,Us,all,')).toBe(true);
  });
  it('round-trips every number bit for bit', () => {
    const back = lines[1].split(',').slice(5).map(readNumber);
    const original = Array.from(summaries[0].values.subarray(0, back.length));
    expect(back).toEqual(original); // toEqual treats NaN as equal to NaN
  });
  it('quotes text with commas or quotes, and writes NaN as an empty cell as the CLI does', () => {
    expect(csvLine(['a,b', 'say "hi"', 1.5, NaN])).toBe('"a,b","say ""hi""",1.5,\n');
  });
  it('adds prefix columns (the variant of a comparison)', () => {
    const c = runsCsv([{ scenario: s, replicate: 0, summaries: summaries.slice(0, 1), prefix: ['Base'] }], ['variant']);
    expect(c.split('\n')[0]).toBe(['variant', ...ROW_HEADER].join(','));
    expect(c.split('\n')[1].startsWith('Base,0,0,0,Us,all,')).toBe(true);
  });
});

describe('CSV export from the app guards against formula injection (issue 13, item 7)', () => {
  const evil = '=HYPERLINK("http://evil","x")';
  const s = smallScenario({
    horizon: 1,
    firms: [
      { name: evil, initialShare: 0.5 },
      { name: '@SUM(A1)', initialShare: 0.3 },
      { name: '-2+3', initialShare: 0 },
    ],
  });
  const summaries = runPeriods(s, 0);
  const cellsOf = (line: string) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));

  it('in the live run export, no name cell starts with a formula character', () => {
    const rows = runsCsv([{ scenario: s, replicate: 0, summaries }])
      .trimEnd()
      .split('\n')
      .slice(1);
    const names = new Set(rows.map((l) => cellsOf(l)[3]));
    expect(names).toEqual(new Set([`"'=HYPERLINK(""http://evil"",""x"")"`, "'@SUM(A1)", "'-2+3"]));
  });
  it('in the comparison export, the variant name is guarded too', () => {
    const rows = runsCsv([{ scenario: s, replicate: 0, summaries, prefix: ['+cmd|calc'] }], ['variant'])
      .trimEnd()
      .split('\n')
      .slice(1);
    for (const l of rows) expect(l.startsWith("'+cmd|calc,")).toBe(true);
  });
  it('writes a measure that is NaN as an empty cell, never "NaN"', () => {
    const undefinedRetention = fakeSummary(0, 3, [[2, 0, 'retention', NaN]]);
    const text = runsCsv([{ scenario: s, replicate: 0, summaries: [undefinedRetention] }]);
    expect(text).not.toMatch(/NaN/);
    const row = text.split('\n').find((l) => l.startsWith("0,0,2,'-2+3,all,"))!;
    expect(row.split(',')[5 + M.retention]).toBe('');
  });
});
