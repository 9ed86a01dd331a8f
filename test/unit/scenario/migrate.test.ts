import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { migrate } from '../../../src/scenario/migrate.ts';
import { parseScenarioText, parseScenarioValue } from '../../../src/scenario/parse.ts';
import { compileParams } from '../../../src/model/params.ts';
import { scenarioWith } from '../../helpers.ts';

const V0_NOTICE = 'This file had no schemaVersion (version 0); it was migrated to version 2.';
const V1_NOTICE = 'This file was written for schema version 1; it was migrated to version 2.';
const MONTHS_NOTICE = 'Rates and durations are now stated per month; its periods are months, so its values are unchanged.';

describe('migrate', () => {
  it('passes a current file through untouched, without notices', () => {
    const v = { schemaVersion: 2, seed: 3 };
    expect(migrate(v)).toEqual({ ok: true, value: v, notices: [] });
  });
  it('reads an unversioned draft (version 0): population as a number, firms[].share', () => {
    const r = migrate({ population: 5000, firms: [{ name: 'A', share: 0.6 }, { name: 'B' }, 'junk'] });
    expect(r).toEqual({
      ok: true,
      value: { schemaVersion: 2, population: { size: 5000 }, firms: [{ name: 'A', initialShare: 0.6 }, { name: 'B' }, 'junk'] },
      notices: [V0_NOTICE],
    });
  });
  it('treats an explicit schemaVersion 0 like a missing one', () => {
    expect(migrate({ schemaVersion: 0 })).toMatchObject({ ok: true, value: { schemaVersion: 2 } });
  });
  it.each([
    [3, 'schemaVersion: 3 is not supported (this version of Loyalty Lab reads 0 to 2)'],
    [-1, 'schemaVersion: -1 is not supported (this version of Loyalty Lab reads 0 to 2)'],
    [1.5, 'schemaVersion: must be a whole number'],
    ['1', 'schemaVersion: must be a whole number'],
    [null, 'schemaVersion: must be a whole number'],
  ])('rejects schemaVersion %j', (version, error) => {
    expect(migrate({ schemaVersion: version })).toEqual({ ok: false, error });
  });
});

describe('a version-0 file through parseScenarioText', () => {
  it('becomes the same scenario as its current spelling, with the notice', () => {
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

describe('a version-1 file (rates per period of its periodUnit)', () => {
  const parse = (v: object) => {
    const r = parseScenarioValue(v);
    if (!r.ok) throw new Error(r.errors.join('; '));
    return r;
  };

  it('in months keeps every value; terroristPeriods becomes terroristMonths', () => {
    const r = parse({ schemaVersion: 1, seed: 9, behaviour: { offerRate: 0.05 }, wordOfMouth: { terroristPeriods: 7 } });
    expect(r.notices).toEqual([V1_NOTICE, MONTHS_NOTICE]);
    expect(r.scenario).toEqual(scenarioWith({ seed: 9, behaviour: { offerRate: 0.05 }, wordOfMouth: { terroristMonths: 7 } }));
  });

  it('in weeks gives the parameters it gave before, defaults included (per week)', () => {
    const v1 = {
      schemaVersion: 1,
      periodUnit: 'week',
      behaviour: { offerRate: 0.02, expectationDrift: 0.001, satisfactionMemory: 0.1 },
      population: { budget: { mean: 25 } },
      wordOfMouth: { terroristPeriods: 26 },
      firms: [{ name: 'A', acquisitionSpend: 700 }, { name: 'B' }],
      changes: [{ period: 3, firm: 1, lever: 'acquisitionSpend', value: 350 }],
      events: [{ type: 'qualityIncident', period: 2, failureRate: 0.1 }],
    };
    const r = parse(v1);
    expect(r.notices[0]).toBe(V1_NOTICE);
    expect(r.notices[1]).toMatch(/its periods are weeks, so its rates per week were converted to per month: .*behaviour\.offerRate/);
    const s = r.scenario;
    // per month now: a weekly chance compounds over 52/12 weeks, an amount scales
    expect(s.behaviour.offerRate).toBeCloseTo(1 - Math.pow(0.98, 52 / 12), 12);
    expect(s.population.budget.mean).toBeCloseTo((25 * 52) / 12, 9);
    expect(s.wordOfMouth.terroristMonths).toBeCloseTo((26 * 12) / 52, 12);
    expect(s.firms[1].programmeCostPerMember).toBeCloseTo((1 * 52) / 12, 12); // a default, per week in v1
    // compiled for weekly periods, the parameters are the version-1 values again
    const p = compileParams(s);
    expect(p.offerRate).toBeCloseTo(0.02, 12);
    expect(p.expectationDrift).toBeCloseTo(0.001, 12);
    expect(p.satisfactionMemory).toBeCloseTo(0.1, 12);
    expect(p.entryRate).toBeCloseTo(0.01, 12); // a default
    expect(p.expectationAdaptation).toBeCloseTo(0.08, 12);
    expect(p.qualityNoise).toBeCloseTo(0.5, 12);
    expect(p.failureImpact).toBeCloseTo(1.5, 12);
    expect(p.recoveryBonus).toBeCloseTo(0.8, 12);
    expect(p.terroristPeriods).toBeCloseTo(26, 9);
    expect(Array.from(p.programmeCostPerMember)).toEqual([expect.closeTo(1, 9), expect.closeTo(1, 9)]);
    expect(p.failureRate).toBeCloseTo(0.015, 12);
  });

  it('in weeks converts every number it migrates back exactly enough to run the same (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0.01, max: 0.9, noNaN: true }), (offer, memory) => {
        const r = parse({ schemaVersion: 1, periodUnit: 'week', behaviour: { offerRate: offer, satisfactionMemory: memory } });
        const p = compileParams(r.scenario);
        expect(p.offerRate).toBeCloseTo(offer, 8);
        expect(p.satisfactionMemory).toBeCloseTo(memory, 8);
        expect(p.failureImpact).toBeCloseTo(1.5, 8);
      }),
    );
  });
});
