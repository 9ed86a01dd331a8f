// Switching the period unit keeps the run's calendar: what counts periods is rescaled.
import { describe, expect, it } from 'vitest';
import { changePeriodUnit } from '../../../src/scenario/periodUnit.ts';
import { LIMITS } from '../../../src/scenario/schema.ts';
import { scenarioWith } from '../../helpers.ts';

const monthly = scenarioWith({
  horizon: 120,
  burnIn: 12,
  firms: [{ name: 'A' }, { name: 'B', availableFrom: 6 }],
  changes: [{ period: 24, firm: 0, lever: 'price', value: 0.9, until: 27 }],
  events: [
    { type: 'priceWar', period: 36, duration: 12, firms: [1] },
    { type: 'numberPortability', period: 48 },
    { type: 'numberPortability', period: 60, duration: 1 },
  ],
});

describe('changePeriodUnit', () => {
  it('rescales the horizon, burn-in, openings and the schedule to the same months', () => {
    const w = changePeriodUnit(monthly, 'week');
    expect([w.periodUnit, w.horizon, w.burnIn, w.firms[1].availableFrom]).toEqual(['week', 520, 52, 26]);
    expect(w.changes[0]).toMatchObject({ period: 104, until: 117 });
    expect(w.events.map((e) => [e.period, 'duration' in e ? e.duration : undefined])).toEqual([
      [156, 52],
      [208, undefined],
      [260, 4],
    ]);
    expect(w.behaviour).toBe(monthly.behaviour); // rates are per month: untouched
  });
  it('rounds to whole periods and never shrinks a window to nothing', () => {
    const q = changePeriodUnit(monthly, 'quarter');
    expect([q.horizon, q.burnIn, q.changes[0].period, q.changes[0].until]).toEqual([40, 4, 8, 9]);
    expect(q.events[2]).toMatchObject({ period: 20, duration: 1 });
    const y = changePeriodUnit(q, 'year');
    expect([y.horizon, y.changes[0].period, y.changes[0].until]).toEqual([10, 2, 3]);
  });
  it('caps what would run past the longest horizon (days)', () => {
    const d = changePeriodUnit(monthly, 'day');
    expect(d.horizon).toBe(LIMITS.horizon);
    expect(d.burnIn).toBe(365);
  });
  it('is the same scenario when the unit does not change, and comes back to it from weeks', () => {
    expect(changePeriodUnit(monthly, 'month')).toBe(monthly);
    expect(changePeriodUnit(changePeriodUnit(monthly, 'week'), 'month')).toEqual(monthly);
  });
});
