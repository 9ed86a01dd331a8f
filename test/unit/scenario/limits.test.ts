// Bounds of the cross-field checks at their edge (found by mutation testing): a change's value
// below its lever's minimum, and the workload limit population × horizon × replicates.
import { describe, expect, it } from 'vitest';
import { parseScenarioValue } from '../../../src/scenario/parse.ts';
import { LIMITS } from '../../../src/scenario/schema.ts';
import { baseValue } from './helpers.ts';

const errors = (patch: Record<string, unknown>) => {
  const r = parseScenarioValue({ ...baseValue(), ...patch });
  return r.ok ? [] : r.errors;
};

describe("a scheduled change's value", () => {
  it("is refused below the lever's minimum and above its maximum, and accepted at both", () => {
    const change = (value: number) => ({ changes: [{ period: 1, firm: 0, lever: 'price', value }] });
    expect(errors(change(0.19))).toEqual(['changes[0].value: price must be between 0.2 and 3']);
    expect(errors(change(3.01))).toEqual(['changes[0].value: price must be between 0.2 and 3']);
    expect(errors(change(0.2))).toEqual([]);
    expect(errors(change(3))).toEqual([]);
  });
});

describe('the workload limit', () => {
  it('accepts population × horizon × replicates equal to it and refuses one replicate more', () => {
    expect(1_000_000 * 500 * 100).toBe(LIMITS.workload);
    const run = (replicates: number) => ({ population: { ...baseValue().population, size: 1_000_000 }, horizon: 500, replicates });
    expect(errors(run(100))).toEqual([]);
    expect(errors(run(101))).toEqual(['replicates: population × horizon × replicates must be ≤ 5e+10 (asked for 5.05e+10)']);
  });
});
