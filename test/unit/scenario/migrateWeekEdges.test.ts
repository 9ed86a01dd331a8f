// A version-1 week file's conversion where the file leaves things out or gets them wrong
// (src/scenario/migrate.ts): no events, no word of mouth, no behaviour, a memory or a noise that
// is not a number, a service that is not an object, a change that is not an object. What is
// converted is worked out by hand; what is wrong is left for the parser, which names it.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/scenario/migrate.ts';
import { parseScenarioValue } from '../../../src/scenario/parse.ts';

/** Months in a week: a week file's period is 12/52 of a month. */
const L = 12 / 52;
/** A chance per week as the chance per month that compounds to it. */
const perMonth = (weekly: number) => 1 - (1 - weekly) ** (1 / L);
const spread = (m: number) => m / (2 - m);

function migrated(v: Record<string, unknown>) {
  const r = migrate({ schemaVersion: 1, periodUnit: 'week', ...v });
  if (!r.ok) throw new Error(r.error);
  return r as { value: Record<string, any>; notices: string[] };
}
const errors = (v: Record<string, unknown>) => {
  const r = parseScenarioValue({ schemaVersion: 1, periodUnit: 'week', ...v });
  return r.ok ? [] : r.errors;
};

describe('what the notice lists', () => {
  it('lists no event field when the file has no events, or none of the type that has it', () => {
    expect(migrated({}).notices[1]).not.toContain('events[]');
    expect(migrated({ events: [{ type: 'deregulation', period: 1 }] }).notices[1]).not.toContain('events[]');
  });
  it('lists a value that is not a number as not converted', () => {
    const { value, notices } = migrated({ behaviour: { offerRate: 'often' } });
    expect(value.behaviour.offerRate).toBe('often');
    expect(notices[1]).not.toContain('behaviour.offerRate');
    expect(notices[1]).toContain('behaviour.searchRate');
  });
  it('lists exactly the fields a file of defaults converts, in the tables’ order', () => {
    expect(migrated({}).notices[1]).toBe(
      'Rates and durations are now stated per month; its periods are weeks, so its rates per week were converted to per month: population.budget.mean, behaviour.satisfactionMemory, behaviour.expectationAdaptation, behaviour.expectationDrift, behaviour.trustGain, behaviour.trustLoss, behaviour.offerRate, behaviour.searchRate, behaviour.leaveCategoryRate, behaviour.entryRate, service.failureRate, wordOfMouth.referralRate, wordOfMouth.terroristMonths, firms[].programmeCostPerMember, firms[].personalisationCost, service.failureImpact, service.recoveryBonus, behaviour.qualityNoise.',
    );
  });
});

describe('a week file that leaves sections out', () => {
  it("counts a terrorist's talk as version 1's default, 12 periods, stated in months", () => {
    expect(migrated({}).value.wordOfMouth.terroristMonths).toBeCloseTo(12 * L, 12);
    expect(migrated({ wordOfMouth: { referralRate: 0.01 } }).value.wordOfMouth.terroristMonths).toBeCloseTo(12 * L, 12);
    expect(migrated({ wordOfMouth: { terroristPeriods: 26 } }).value.wordOfMouth.terroristMonths).toBeCloseTo(26 * L, 12);
  });
  it("weighs a failure's impact by the default memory when the file states none", () => {
    const { value } = migrated({});
    const m = perMonth(0.3);
    expect(value.behaviour.satisfactionMemory).toBeCloseTo(m, 12);
    expect(value.service.failureImpact).toBeCloseTo((1.5 * 0.3) / m, 12);
    expect(value.service.recoveryBonus).toBeCloseTo((0.8 * 0.3) / m, 12);
    expect(value.behaviour.qualityNoise).toBeCloseTo(0.5 * Math.sqrt(spread(0.3) / spread(m)), 12);
  });
  it("converts the file's own quality noise, not the default", () => {
    const { value } = migrated({ behaviour: { satisfactionMemory: 0.1, qualityNoise: 0.2 } });
    const m = perMonth(0.1);
    expect(value.behaviour.qualityNoise).toBeCloseTo(0.2 * Math.sqrt(spread(0.1) / spread(m)), 12);
    expect(value.service.failureImpact).toBeCloseTo((1.5 * 0.1) / m, 12);
  });
  it('gives a firm that says it has a type its conversion all the same (the parser then refuses the key)', () => {
    const { value } = migrated({ firms: [{ type: 'x', programmeCostPerMember: 2 }] });
    expect(value.firms[0].programmeCostPerMember).toBeCloseTo(2 / L, 12);
  });
});

describe('a week file with wrong values, left for the parser to name', () => {
  it('a memory that is not a number: no service converted by it', () => {
    const { value, notices } = migrated({ behaviour: { satisfactionMemory: 'slow' } });
    expect(value.service.failureImpact).toBeUndefined();
    expect(value.service.recoveryBonus).toBeUndefined();
    expect(notices[1]).not.toContain('service.failureImpact');
    expect(errors({ behaviour: { satisfactionMemory: 'slow' } })).toEqual(['behaviour.satisfactionMemory: must be a number']);
  });
  it('a service that is not an object', () => {
    expect(migrated({ service: 5 }).value.service).toBe(5);
    expect(errors({ service: 5 })).toEqual(['service: must be an object']);
  });
  it('a quality noise that is not a number', () => {
    expect(migrated({ behaviour: { qualityNoise: 'loud' } }).value.behaviour.qualityNoise).toBe('loud');
    expect(errors({ behaviour: { qualityNoise: 'loud' } })).toEqual(['behaviour.qualityNoise: must be a number']);
  });
  it('a change that is not an object, or names no lever', () => {
    expect(errors({ changes: [null] })).toEqual(['changes[0]: must be an object']);
    expect(errors({ changes: [{ period: 1, firm: 0, lever: 'nope', value: 1 }] })[0]).toMatch(/^changes\[0\]\.lever: must be one of "quality"/);
  });
});
