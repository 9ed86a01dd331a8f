// A customer's verdict at the edges (margin exactly 0, a support exactly the margin) and the
// story CSV with every cell checked, nulls and several events included (src/ui/series/why.ts).
import { describe, expect, it } from 'vitest';
import type { CustomerState } from '../../../src/model/inspect.ts';
import { storyCsv, verdictOf } from '../../../src/ui/series/why.ts';

type Why = NonNullable<CustomerState['why']>;
const terms = (t: Partial<Why>): Why => ({ value: 0, price: 0, incentive: 0, kinship: 0, switchingCost: 0, rival: 1, ...t });

const state = (over: Partial<CustomerState> = {}): CustomerState => ({
  id: 7,
  period: 2,
  provider: 0,
  lastProvider: 0,
  satisfaction: 3.5,
  expectation: 3.25,
  trust: 0.5,
  walletShare: 1,
  tenure: 3,
  budget: 1,
  tier: 1,
  loyaltyType: 'incentive',
  jsClass: 'mercenary',
  loyalty: 0.75,
  events: [],
  ...over,
});

describe('verdictOf at the edges', () => {
  it('a margin of exactly 0 is not leaving; each support worth the whole margin or more holds', () => {
    // margin −0.5 + 0.25 + 0.25 = 0: without either support it would be below 0
    expect(verdictOf(state({ why: terms({ value: -0.5, price: 0.25, incentive: 0.25 }) }))).toEqual({ kind: 'heldBy', supports: ['incentive', 'price'] });
  });
  it('a support exactly equal to the margin does not hold: without it the margin is 0, not below', () => {
    expect(verdictOf(state({ why: terms({ incentive: 0.5 }) }))).toEqual({ kind: 'value' });
    expect(verdictOf(state({ why: terms({ value: -0.25, incentive: 0.5 }) }))).toEqual({ kind: 'heldBy', supports: ['incentive'] });
  });
});

describe('storyCsv, every cell', () => {
  it('writes the types and index as given, empty cells for none, events separated by spaces', () => {
    const csv = storyCsv(
      [
        state({ why: terms({ value: 0.5, price: -0.25, switchingCost: 0.125 }), events: ['offer', 'searched'] }),
        state({ provider: 1, loyaltyType: null, jsClass: null, loyalty: null }),
      ],
      ['Us', 'Rival A'],
    );
    expect(csv.trim().split('\n').slice(1)).toEqual([
      '7,2,Us,3.5,3.25,0.5,incentive,mercenary,0.75,0.5,-0.25,0,0,0.125,0.375,Rival A,offer searched',
      '7,2,Rival A,3.5,3.25,0.5,,,,,,,,,,,',
    ]);
  });
});
