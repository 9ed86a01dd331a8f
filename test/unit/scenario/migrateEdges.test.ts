// migrate() read directly, one rule at a time (mutation testing of src/scenario/migrate.ts):
// which list items and which scheduled changes a week file's conversion touches, what it leaves
// for the parser to judge, what it lists in its notice, and which notices a draft gets.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/scenario/migrate.ts';
import { DEFAULT_FIRMS } from '../../../src/scenario/spec/index.ts';

const WEEK = 52 / 12; // weeks in a month: a week is 12/52 of a month

function migrated(v: Record<string, unknown>) {
  const r = migrate(v);
  if (!r.ok) throw new Error(r.error);
  return r as { value: Record<string, any>; notices: string[] };
}

describe('a version-1 week file', () => {
  const file = () => ({
    schemaVersion: 1,
    periodUnit: 'week',
    behaviour: { satisfactionMemory: 0.1, offerRate: 0 },
    changes: [
      { period: 3, firm: 1, lever: 'acquisitionSpend', value: 350 },
      { period: 4, firm: 0, lever: 'price', value: 0.9 },
      { period: 5, firm: 0, lever: 'acquisitionSpend', value: 'lots' },
      { period: 6, firm: 0, lever: 7, value: 1 },
    ],
    events: [
      { type: 'priceWar', period: 2, firms: [1] },
      { type: 'qualityIncident', period: 2, failureRate: 0.1 },
    ],
  });

  it("converts a change's value by its lever's rule, and leaves a lever without one, or a value or lever that is not one, alone", () => {
    const { value } = migrated(file());
    expect(value.changes[0].value).toBeCloseTo(350 * WEEK, 9);
    expect(value.changes[1].value).toBe(0.9);
    expect(value.changes[2].value).toBe('lots');
    expect(value.changes[3]).toEqual({ period: 6, firm: 0, lever: 7, value: 1 });
  });
  it('converts the fields of the events that have them, and gives other events none', () => {
    const { value } = migrated(file());
    expect(value.events[1].failureRate).toBeCloseTo(1 - (1 - 0.1) ** WEEK, 12);
    expect(value.events[0]).toEqual({ type: 'priceWar', period: 2, firms: [1] });
  });
  it('lists what it converted, and not a value the rule leaves as it was', () => {
    const { notices } = migrated(file());
    expect(notices[1]).toContain('changes[].value (acquisitionSpend)');
    expect(notices[1]).toContain('events[].failureRate (qualityIncident)');
    expect(notices[1]).toContain('service.failureImpact, service.recoveryBonus');
    expect(notices[1]).not.toContain('behaviour.offerRate');
    expect(notices[1]).not.toContain('(price)');
    expect(notices[1]).toMatch(/: [^,]+(, [^,]+)+\.$/);
    expect(notices[2]).toMatch(/^The model's own rates/);
  });
  it('gives a file without firms the default firms, per month', () => {
    const { value } = migrated({ schemaVersion: 1, periodUnit: 'week' });
    expect(value.firms).toHaveLength(DEFAULT_FIRMS.length);
    expect(value.firms.map((f: { name: string }) => f.name)).toEqual(DEFAULT_FIRMS.map((f) => f.name));
    // the default per week of version 1 (1), per month
    expect(value.firms[0].programmeCostPerMember).toBeCloseTo(WEEK, 12);
  });
  it("counts a terrorist's default twelve periods as twelve weeks, and keeps a word of mouth that is not an object for the parser", () => {
    expect(migrated({ schemaVersion: 1, periodUnit: 'week' }).value.wordOfMouth.terroristMonths).toBeCloseTo(12 / WEEK, 12);
    expect(migrated({ schemaVersion: 1, periodUnit: 'week', wordOfMouth: { terroristMonths: 26 } }).value.wordOfMouth.terroristMonths).toBeCloseTo(
      26 / WEEK,
      12,
    );
    expect(migrated({ schemaVersion: 1, periodUnit: 'week', wordOfMouth: 'loud' }).value.wordOfMouth).toBe('loud');
  });
  it("restates a failure's stated impact for a month's memory, and leaves an impact that is not a number", () => {
    const stated = migrated({ schemaVersion: 1, periodUnit: 'week', behaviour: { satisfactionMemory: 0.1 }, service: { failureImpact: 3 } }).value;
    expect(stated.service.failureImpact).toBeCloseTo((3 * 0.1) / stated.behaviour.satisfactionMemory, 12);
    expect(stated.service.recoveryBonus).toBeCloseTo((0.8 * 0.1) / stated.behaviour.satisfactionMemory, 12);
    const word = migrated({ schemaVersion: 1, periodUnit: 'week', behaviour: { satisfactionMemory: 0.1 }, service: { failureImpact: 'big' } }).value;
    expect(word.service.failureImpact).toBe('big');
  });
  it('leaves a rate that is not a number for the parser', () => {
    expect(migrated({ schemaVersion: 1, periodUnit: 'week', behaviour: { offerRate: 'often' } }).value.behaviour.offerRate).toBe('often');
  });
});

describe('version 0 and the notices', () => {
  it('renames only what a draft spelled the old way', () => {
    const { value } = migrated({ population: { size: 500 }, firms: [{ name: 'A' }, null, { name: 'B', share: 0.3 }] });
    expect(value.population).toEqual({ size: 500 });
    expect('initialShare' in value.firms[0]).toBe(false);
    expect(value.firms[1]).toBeNull();
    expect(value.firms[2]).toEqual({ name: 'B', initialShare: 0.3 });
  });
  it('does not read a version-1 file as a draft', () => {
    const { value } = migrated({ schemaVersion: 1, firms: [{ name: 'A', share: 0.3 }] });
    expect(value.firms[0]).toEqual({ name: 'A', share: 0.3 });
  });
  it("gives a weekly draft the conversion's notices too, a monthly draft one line", () => {
    expect(migrated({ periodUnit: 'week' }).notices).toHaveLength(3);
    expect(migrated({ periodUnit: 'month' }).notices).toHaveLength(1);
    expect(migrated({}).notices).toHaveLength(1);
  });
});
