import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/scenario/migrate.ts';
import { parseScenarioText } from '../../../src/scenario/parse.ts';
import { scenarioWith } from '../../helpers.ts';

const V0_NOTICE = 'This file had no schemaVersion (version 0); it was migrated to version 1.';

describe('migrate', () => {
  it('passes a current file through untouched, without notices', () => {
    const v = { schemaVersion: 1, seed: 3 };
    expect(migrate(v)).toEqual({ ok: true, value: v, notices: [] });
  });
  it('reads an unversioned draft (version 0): population as a number, firms[].share', () => {
    const r = migrate({ population: 5000, firms: [{ name: 'A', share: 0.6 }, { name: 'B' }, 'junk'] });
    expect(r).toEqual({
      ok: true,
      value: { schemaVersion: 1, population: { size: 5000 }, firms: [{ name: 'A', initialShare: 0.6 }, { name: 'B' }, 'junk'] },
      notices: [V0_NOTICE],
    });
  });
  it('treats an explicit schemaVersion 0 like a missing one', () => {
    expect(migrate({ schemaVersion: 0 })).toMatchObject({ ok: true, value: { schemaVersion: 1 } });
  });
  it.each([
    [2, 'schemaVersion: 2 is not supported (this version of Loyalty Lab reads 0 to 1)'],
    [-1, 'schemaVersion: -1 is not supported (this version of Loyalty Lab reads 0 to 1)'],
    [1.5, 'schemaVersion: must be a whole number'],
    ['1', 'schemaVersion: must be a whole number'],
    [null, 'schemaVersion: must be a whole number'],
  ])('rejects schemaVersion %j', (version, error) => {
    expect(migrate({ schemaVersion: version })).toEqual({ ok: false, error });
  });
});

describe('a version-0 file through parseScenarioText', () => {
  it('becomes the same scenario as its version-1 spelling, with the notice', () => {
    const r = parseScenarioText(
      JSON.stringify({
        seed: 4,
        population: 800,
        firms: [
          { name: 'Us', share: 0.7 },
          { name: 'Them', share: 0.3 },
        ],
      }),
    );
    const expected = scenarioWith({
      seed: 4,
      population: { size: 800 },
      firms: [
        { name: 'Us', initialShare: 0.7 },
        { name: 'Them', initialShare: 0.3 },
      ],
    });
    expect(r).toEqual({ ok: true, scenario: expected, notices: [V0_NOTICE] });
  });
  it('still reports bad fields of a draft by their new names', () => {
    const r = parseScenarioText(JSON.stringify({ population: 5, firms: [{ share: -1 }] }));
    expect(r.ok ? [] : r.errors).toEqual(['population.size: must be ≥ 10', 'firms[0].initialShare: must be ≥ 0']);
  });
});
