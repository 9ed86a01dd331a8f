import { describe, expect, it } from 'vitest';
import { verdictOf, whySteps } from '../../../src/ui/series/why.ts';
import type { CustomerState } from '../../../src/model/inspect.ts';

const state = (why: CustomerState['why'], provider = 0): CustomerState => ({
  id: 1,
  period: 3,
  provider,
  lastProvider: provider,
  satisfaction: 3.5,
  expectation: 3.4,
  trust: 0.4,
  walletShare: 1,
  tenure: 3,
  budget: 1,
  tier: 1,
  loyaltyType: 'incentive',
  jsClass: 'mercenary',
  loyalty: 0.6,
  events: [],
  ...(why ? { why } : {}),
});

describe('a customer’s why', () => {
  it('runs the waterfall through the terms and ends at the margin', () => {
    const s = whySteps({ value: -0.4, price: 0.1, incentive: 0.5, kinship: 0, switchingCost: 0.2, rival: 1 });
    expect(s.map((x) => x.key)).toEqual(['value', 'price', 'incentive', 'kinship', 'switchingCost', 'margin']);
    expect(s[2]).toMatchObject({ from: -0.30000000000000004, amount: 0.5 });
    expect(s.at(-1)!.to).toBeCloseTo(0.4, 12);
    expect(s.at(-1)!.from).toBe(0);
  });
  it('says which support the customer would leave without', () => {
    expect(verdictOf(state({ value: -0.4, price: 0.1, incentive: 0.5, kinship: 0, switchingCost: 0.2, rival: 1 }))).toEqual({
      kind: 'heldBy',
      supports: ['incentive'],
    });
    expect(verdictOf(state({ value: 0.6, price: 0.1, incentive: 0.5, kinship: 0, switchingCost: 0.2, rival: 1 }))).toEqual({ kind: 'value' });
    expect(verdictOf(state({ value: -0.9, price: 0.1, incentive: 0.2, kinship: 0, switchingCost: 0.2, rival: 1 }))).toEqual({ kind: 'leaving' });
    expect(verdictOf(state(undefined))).toEqual({ kind: 'noChoice' });
    expect(verdictOf(state(undefined, -1))).toEqual({ kind: 'outside' });
  });
});

describe('a customer’s story as CSV', () => {
  it('has one row per period with the terms and names, NaN as empty cells', async () => {
    const { storyCsv } = await import('../../../src/ui/series/why.ts');
    const csv = storyCsv(
      [state({ value: -0.4, price: 0.1, incentive: 0.5, kinship: 0, switchingCost: 0.2, rival: 1 }), state(undefined, -1)],
      ['Us', 'Rival A'],
    );
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'customer,period,provider,satisfaction,expectation,trust,loyaltyType,jsClass,loyaltyIndex,value,price,incentive,kinship,switchingCost,margin,rival,events',
    );
    expect(lines[1]).toMatch(/^1,3,Us,3\.5,.*,-0\.4,0\.1,0\.5,0,0\.2,0\.(4|39999)\d*,Rival A,$/);
    expect(lines[2]).toMatch(/^1,3,,3\.5,.*,,,,,,,,$/);
  });
});
