// The comparison section from a stranger's file (src/scenario/spec/comparison.ts): version 0
// written out, odd shapes inside a version-0 section (left for the schema to name), a version
// that is not a whole number, and a setting's value at its lever's bounds. Built in each test.
import { describe, expect, it } from 'vitest';
import { parseScenarioValue, type ParseResult } from '../../../src/scenario/parse.ts';

const read = (comparison: unknown): ParseResult => parseScenarioValue({ schemaVersion: 2, comparison });
const errors = (comparison: unknown): string[] => {
  const r = read(comparison);
  return r.ok ? [] : r.errors;
};
const baseline = { name: 'Baseline', overrides: [] };
const MIGRATED = 'The comparison had no version (version 0); it was migrated to version 1.';

describe('a version-0 comparison', () => {
  it('is migrated when it says version 0, as when it says none', () => {
    const r = read({ version: 0, variants: [baseline, { name: 'B', overrides: [{ firm: 1, lever: 'price', value: 0.8 }] }] });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.notices).toEqual([MIGRATED]);
    expect(r.scenario.comparison).toEqual({
      version: 1,
      variants: [
        { name: 'Baseline', settings: [] },
        { name: 'B', settings: [{ firm: 1, lever: 'price', value: 0.8, fromPeriod: 0 }] },
      ],
      band: 'percentile',
    });
  });
  it('keeps a variant that already has settings as it is', () => {
    const r = read({ variants: [baseline, { name: 'B', settings: [{ firm: 0, lever: 'price', value: 0.9, fromPeriod: 3 }] }] });
    expect(r.ok && r.scenario.comparison?.variants[1].settings).toEqual([{ firm: 0, lever: 'price', value: 0.9, fromPeriod: 3 }]);
  });
  it('leaves what is not a list or an object to the schema, which names it', () => {
    expect(errors({ variants: 'two' })).toEqual(['comparison.variants: must be an array (a list)']);
    expect(errors({ variants: [baseline, 3] })).toEqual(['comparison.variants[1]: must be an object']);
    expect(errors({ variants: [baseline, { name: 'B', overrides: 'none' }] })).toEqual(['comparison.variants[1].settings: must be an array (a list)']);
    expect(errors({ variants: [baseline, { name: 'B', overrides: [7] }] })).toEqual(['comparison.variants[1].settings[0]: must be an object']);
  });
});

describe('the version of a comparison', () => {
  it('must be a whole number', () => {
    expect(errors({ version: 1.5, variants: [] })).toEqual(['comparison.version: must be a whole number']);
    expect(errors({ version: null, variants: [] })).toEqual(['comparison.version: must be a whole number']);
  });
  it('is not looked at in a section that is not an object, which the schema refuses', () => {
    expect(errors([1, 2])).toEqual(['comparison: must be an object']);
    expect(errors(null)).toEqual(['comparison: must be an object']);
  });
  it('1 is read as it is, with no notice', () => {
    const r = read({ version: 1, variants: [{ name: 'A' }, { name: 'B' }] });
    expect(r.ok && r.notices).toEqual([]);
  });
});

describe("a setting's value", () => {
  const setting = (value: number) => ({ firm: 0, lever: 'promise', value, fromPeriod: 2 });
  const section = (...settings: unknown[]) => ({ version: 1, variants: [{ name: 'A' }, { name: 'B', settings }] });
  it('is read at either bound of its lever and refused just outside, at the setting it names', () => {
    expect(errors(section(setting(-1), setting(1.5)))).toEqual([]);
    expect(errors(section(setting(0), setting(1.51)))).toEqual(['comparison.variants[1].settings[1].value: promise must be between -1 and 1.5']);
    expect(errors(section(setting(-1.01)))).toEqual(['comparison.variants[1].settings[0].value: promise must be between -1 and 1.5']);
  });
});
