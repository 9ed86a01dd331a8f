import { describe, expect, it } from 'vitest';
import { ROW_HEADER, SEGMENTS } from '../../../src/model/index.ts';
import { csvLine, runsCsv } from '../../../src/ui/series/csv.ts';
import { runPeriods, smallScenario } from './fixtures.ts';

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
    const back = lines[1].split(',').slice(5).map(Number);
    const original = Array.from(summaries[0].values.subarray(0, back.length));
    expect(back).toEqual(original); // toEqual treats NaN as equal to NaN
  });
  it('quotes text with commas or quotes', () => {
    expect(csvLine(['a,b', 'say "hi"', 1.5, NaN])).toBe('"a,b","say ""hi""",1.5,NaN');
  });
  it('adds prefix columns (the variant of a comparison)', () => {
    const c = runsCsv([{ scenario: s, replicate: 0, summaries: summaries.slice(0, 1), prefix: ['Base'] }], ['variant']);
    expect(c.split('\n')[0]).toBe(['variant', ...ROW_HEADER].join(','));
    expect(c.split('\n')[1].startsWith('Base,0,0,0,Us,all,')).toBe(true);
  });
});
