// A live lever and a lever setting at their edges (src/scenario/liveLevers.ts,
// leverSettings.ts): the first and last firm, a value at the lever's bounds, the first and last
// period, a schedule at its limit, and the period at which a change starts to count. Each
// scenario is built inside its test, on three firms and a horizon of 12.
import { describe, expect, it } from 'vitest';
import { leverAt, sameBefore, scheduleLiveLever, type LiveLever } from '../../../src/scenario/liveLevers.ts';
import { applyLeverSettings } from '../../../src/scenario/leverSettings.ts';
import type { LeverChange, Scenario } from '../../../src/scenario/schema.ts';
import { LIMITS } from '../../../src/scenario/spec/limits.ts';
import { scenarioWith } from '../../helpers.ts';

const market = (changes: LeverChange[] = []): Scenario => scenarioWith({ horizon: 12, firms: [{ price: 1.2 }, { price: 0.9 }, {}], changes });

/** The error scheduleLiveLever gives, or '' when it accepts. */
function refusal(s: Scenario, x: LiveLever, from: number): string {
  const r = scheduleLiveLever(s, x, from);
  return r.ok ? '' : r.error;
}

describe('scheduleLiveLever at its edges', () => {
  it('takes the first and the last firm, and refuses one past either end or a fraction, naming the range', () => {
    const s = market();
    expect(refusal(s, { firm: 0, lever: 'price', value: 1 }, 2)).toBe('');
    expect(refusal(s, { firm: 2, lever: 'price', value: 1 }, 2)).toBe('');
    for (const firm of [-1, 3, 1.5]) expect(refusal(s, { firm, lever: 'price', value: 1 }, 2), `firm ${firm}`).toBe('firm: must be between 0 and 2');
  });
  it('takes a value at either bound of the lever, and refuses one just outside, naming the lever and its bounds', () => {
    const s = market();
    expect(refusal(s, { firm: 1, lever: 'price', value: 0.2 }, 2)).toBe('');
    expect(refusal(s, { firm: 1, lever: 'price', value: 3 }, 2)).toBe('');
    expect(refusal(s, { firm: 1, lever: 'price', value: 0.19 }, 2)).toBe('price: must be between 0.2 and 3');
    expect(refusal(s, { firm: 1, lever: 'price', value: 3.01 }, 2)).toBe('price: must be between 0.2 and 3');
    expect(refusal(s, { firm: 1, lever: 'promise', value: -1.01 }, 2)).toBe('promise: must be between -1 and 1.5');
  });
  it('takes period 0 and the horizon, and refuses one past either end or a fraction', () => {
    const s = market();
    const r = scheduleLiveLever(s, { firm: 2, lever: 'price', value: 1.4 }, 12);
    expect(r.ok && r.changes).toEqual([{ period: 12, firm: 2, lever: 'price', value: 1.4 }]);
    expect(refusal(s, { firm: 0, lever: 'price', value: 1 }, 0)).toBe('');
    expect(refusal(s, { firm: 0, lever: 'price', value: 1 }, 12)).toBe('');
    for (const from of [-1, 13, 2.5])
      expect(refusal(s, { firm: 0, lever: 'price', value: 1 }, from), `period ${from}`).toBe('period: must be between 0 and 12');
  });
  it('names an unknown lever', () => {
    expect(refusal(market(), { firm: 0, lever: 'colour' as 'price', value: 1 }, 2)).toBe('lever: unknown lever "colour"');
  });
  it('fills the schedule up to its limit, and refuses the change one past it', () => {
    const full = (n: number) => Array.from({ length: n }, (_, i): LeverChange => ({ period: 1, firm: 1, lever: 'quality', value: 3 + (i % 2) / 10 }));
    const almost = { ...market(), changes: full(LIMITS.changes - 1) };
    const r = scheduleLiveLever(almost, { firm: 0, lever: 'price', value: 1 }, 2);
    expect(r.ok && r.changes.length).toBe(LIMITS.changes);
    const at = { ...market(), changes: full(LIMITS.changes) };
    expect(refusal(at, { firm: 0, lever: 'price', value: 1 }, 2)).toBe(`changes: at most ${LIMITS.changes} scheduled changes`);
  });
});

describe('leverAt', () => {
  it("is the firm's own value before any change, and a change's value from its period on", () => {
    const s = market([
      { period: 4, firm: 1, lever: 'price', value: 1.5 },
      { period: 8, firm: 1, lever: 'price', value: 0.7 },
      { period: 2, firm: 0, lever: 'price', value: 2 },
      { period: 2, firm: 1, lever: 'quality', value: 4.5 },
    ]);
    expect([0, 3, 4, 7, 8, 11].map((t) => leverAt(s, 1, 'price', t))).toEqual([0.9, 0.9, 1.5, 1.5, 0.7, 0.7]);
    expect([1, 2].map((t) => leverAt(s, 0, 'price', t))).toEqual([1.2, 2]);
    expect(leverAt(s, 2, 'price', 11)).toBe(1);
  });
  it('applies changes in file order, so the later line wins whatever its period', () => {
    const s = market([
      { period: 5, firm: 0, lever: 'programme', value: 0.1 },
      { period: 3, firm: 0, lever: 'programme', value: 0.2 },
    ]);
    expect([2, 4, 6].map((t) => leverAt(s, 0, 'programme', t))).toEqual([0, 0.2, 0.2]);
  });
  it("gives the lever's default for a firm the scenario does not have", () => {
    expect(leverAt(market(), 5, 'offerDiscount', 3)).toBe(0.15);
  });
});

describe('sameBefore', () => {
  const c = (period: number, value: number): LeverChange => ({ period, firm: 0, lever: 'price', value });
  it('compares only the changes before the period', () => {
    expect(sameBefore([c(1, 1), c(5, 1.2)], [c(1, 1), c(5, 1.4)], 5)).toBe(true);
    expect(sameBefore([c(1, 1), c(4, 1.2)], [c(1, 1), c(4, 1.4)], 5)).toBe(false);
    expect(sameBefore([c(1, 1)], [c(1, 1), c(4, 1.4)], 5)).toBe(false);
    expect(sameBefore([c(1, 1)], [c(1, 1), c(5, 1.4)], 5)).toBe(true);
  });
});

describe('applyLeverSettings at its edges', () => {
  it('drops a change of that firm and lever at fromPeriod, keeps the one just before', () => {
    const s = market([
      { period: 4, firm: 0, lever: 'price', value: 1.1 },
      { period: 5, firm: 0, lever: 'price', value: 1.3 },
    ]);
    expect(applyLeverSettings(s, [{ firm: 0, lever: 'price', value: 2, fromPeriod: 5 }]).changes).toEqual([
      { period: 4, firm: 0, lever: 'price', value: 1.1 },
      { period: 5, firm: 0, lever: 'price', value: 2 },
    ]);
  });
  it('applies several settings in turn, a later one replacing an earlier one it covers', () => {
    const s = market([{ period: 6, firm: 1, lever: 'quality', value: 4 }]);
    const out = applyLeverSettings(s, [
      { firm: 1, lever: 'quality', value: 3, fromPeriod: 8 },
      { firm: 1, lever: 'quality', value: 3.5, fromPeriod: 2 },
      { firm: 2, lever: 'quality', value: 4.5, fromPeriod: 2 },
    ]);
    expect(out.changes).toEqual([
      { period: 2, firm: 1, lever: 'quality', value: 3.5 },
      { period: 2, firm: 2, lever: 'quality', value: 4.5 },
    ]);
    expect(s.changes).toEqual([{ period: 6, firm: 1, lever: 'quality', value: 4 }]);
  });
  it('changes nothing else in the scenario', () => {
    const s = market();
    const out = applyLeverSettings(s, []);
    expect(out).toEqual(s);
    expect(out).not.toBe(s);
  });
});
