import { describe, expect, it } from 'vitest';
import { csvLine, formatNumber, formatText, jsonLine } from '../../../src/io/csv.ts';

describe('formatNumber', () => {
  it.each([
    [NaN, undefined, ''],
    [Infinity, undefined, 'Inf'],
    [-Infinity, undefined, '-Inf'],
    [-0, undefined, '0'],
    [42, undefined, '42'],
    [0.1 + 0.2, undefined, '0.30000000000000004'],
    [0.1 + 0.2, 6, '0.3'],
    [123456.789, 3, '123000'],
    [1234567, 3, '1234567'],
    [-0.000123456, 2, '-0.00012'],
  ])('%s (digits %s) → %j', (x, digits, text) => {
    expect(formatNumber(x, digits)).toBe(text);
  });
  it('reads back exactly at full precision', () => {
    for (const x of [Math.PI, 1 / 3, 1e-300, 2 ** 53 - 1, 5e-324]) expect(Number(formatNumber(x))).toBe(x);
  });
});

describe('formatText', () => {
  it.each([
    ['Us', 'Us'],
    ['Rival, Inc.', '"Rival, Inc."'],
    ['The "best"', '"The ""best"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@sum', "'@sum"],
    ['', ''],
  ])('%j → %j', (s, text) => {
    expect(formatText(s)).toBe(text);
  });
});

describe('csvLine and jsonLine', () => {
  it('write one row with a newline, NaN empty in CSV and null in JSON', () => {
    const row = [0, 3, 1, 'Rival A', 'all', 0.5, NaN, Infinity];
    expect(csvLine(row)).toBe('0,3,1,Rival A,all,0.5,,Inf\n');
    expect(jsonLine(row)).toBe('[0,3,1,"Rival A","all",0.5,null,null]');
    expect(JSON.parse(jsonLine(row))).toEqual([0, 3, 1, 'Rival A', 'all', 0.5, null, null]);
  });
});
