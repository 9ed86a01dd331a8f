// Small edges of the series helpers that the broader tests pass over: signs and bounds in
// format.ts, the CSV header without leading columns in csv.ts.
import { describe, expect, it } from 'vitest';
import { ROW_HEADER } from '../../../src/model/index.ts';
import { csvLine } from '../../../src/io/csv.ts';
import { runsCsv } from '../../../src/ui/series/csv.ts';
import { formatBound, formatCount, formatSigned } from '../../../src/ui/series/format.ts';

describe('format edges', () => {
  it('0 gets no plus sign; a positive value does', () => {
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(2, String)).toBe('+2');
  });
  it('a bound that is not a whole number is written as it is, without grouping', () => {
    expect(formatBound(1234.5, 'en')).toBe('1234.5');
    expect(formatBound(1234, 'en')).toBe('1,234');
  });
  it('a count is rounded to a whole number before it is written', () => {
    expect(formatCount(20000.4, 'en')).toBe('20,000');
    expect(formatCount(1234.6, 'en')).toBe('1,235');
  });
});

describe('runsCsv without leading columns', () => {
  it('writes the model header alone', () => {
    expect(runsCsv([])).toBe(csvLine([...ROW_HEADER]));
  });
});
