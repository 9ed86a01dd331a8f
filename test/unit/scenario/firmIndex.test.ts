// Firm indices in schedules and events are checked against the number of firms in the file,
// at the bound (K − 1 accepted, K rejected) and with the error naming the exact entry, so a
// change or event for a firm that does not exist is never accepted and silently ignored.
import { describe, expect, it } from 'vitest';
import { parseScenarioValue } from '../../../src/scenario/parse.ts';
import { baseValue } from './helpers.ts';

/** The default scenario (three firms) with `patch` applied. */
function parse(patch: Record<string, unknown>) {
  return parseScenarioValue({ ...baseValue(), ...patch });
}
const errors = (patch: Record<string, unknown>) => {
  const r = parse(patch);
  return r.ok ? [] : r.errors;
};
const change = (firm: number) => ({ period: 1, firm, lever: 'price', value: 1 });
const priceWar = (firms: number[]) => ({ type: 'priceWar', period: 2, firms });
const incident = (firm: number) => ({ type: 'qualityIncident', period: 2, firm });

describe('changes[i].firm in a market of three firms', () => {
  it('accepts firms 0, 1 and 2', () => {
    expect(parse({ changes: [change(0), change(1), change(2)] }).ok).toBe(true);
  });
  it('rejects firm 3, naming the change by its index', () => {
    expect(errors({ changes: [change(3)] })).toEqual(['changes[0].firm: must be < 3 (there are 3 firms)']);
    expect(errors({ changes: [change(2), change(0), change(3)] })).toEqual(['changes[2].firm: must be < 3 (there are 3 firms)']);
  });
  it('follows the number of firms in the file', () => {
    const two = baseValue().firms.slice(0, 2);
    expect(errors({ firms: two, changes: [change(1), change(2)] })).toEqual(['changes[1].firm: must be < 2 (there are 2 firms)']);
  });
});

describe('events[i].firms[j] of a price war and events[i].firm of a quality incident', () => {
  it('accepts every existing firm', () => {
    expect(parse({ events: [priceWar([0, 1, 2]), incident(2)] }).ok).toBe(true);
  });
  // the event's index and the position in its list differ in every case, so neither can stand for the other
  it('names the event and the position in its list of a firm that does not exist', () => {
    expect(errors({ events: [incident(0), priceWar([3])] })).toEqual(['events[1].firms[0]: must be < 3 (there are 3 firms)']);
  });
  it('… at the end of a longer list, before another event', () => {
    expect(errors({ events: [priceWar([0, 1, 3]), { type: 'deregulation', period: 1 }] })).toEqual(['events[0].firms[2]: must be < 3 (there are 3 firms)']);
  });
  it('… in the third of three price wars', () => {
    expect(errors({ events: [priceWar([0]), priceWar([2]), priceWar([0, 4])] })).toEqual(['events[2].firms[1]: must be < 3 (there are 3 firms)']);
  });
  it('names a quality incident for a firm that does not exist', () => {
    expect(errors({ events: [priceWar([1]), incident(3)] })).toEqual(['events[1].firm: must be < 3 (there are 3 firms)']);
  });
});
