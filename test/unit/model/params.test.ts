// The kernel's parameters come from the field spec: every number field of the sections the
// kernel reads reaches it by name, so a new field cannot be silently left out.
import { beforeEach, describe, expect, it } from 'vitest';
import { compileParams, INITIAL_TENURE, WALLET_ADAPTATION } from '../../../src/model/params.ts';
import { STAKE_TABLE } from '../../../src/model/kernel/constants.ts';
import { createSimulation } from '../../../src/model/index.ts';
import { FIELDS } from '../../../src/scenario/spec/index.ts';
import { scenarioWith } from '../../helpers.ts';

describe('compileParams', () => {
  const s = scenarioWith({
    behaviour: { trustGain: 0.37, weights: { kinship: 1.7 } },
    service: { complaintRate: 0.41, failureRate: 0.12 },
    wordOfMouth: { tellCount: 7 },
  });
  // compiled again before each test, not once in the describe body or in beforeAll: Stryker
  // switches a mutant on only once the tests run, and counts what runs in beforeAll as no test's
  let p: Record<string, unknown>;
  beforeEach(() => {
    p = compileParams(s) as unknown as Record<string, unknown>;
  });

  it('carries every number field of behaviour, service and word of mouth under its name', () => {
    const rows = FIELDS.filter((f) => /^(behaviour|service|wordOfMouth)\.[A-Za-z]+$/.test(f.path) && (f.kind === 'number' || f.kind === 'integer'));
    expect(rows.length).toBeGreaterThan(25);
    for (const f of rows) {
      const [section, name] = f.path.split('.') as ['behaviour' | 'service' | 'wordOfMouth', string];
      expect(p[name], f.path).toBe((s[section] as Record<string, number>)[name]);
    }
    expect([p.trustGain, p.complaintRate, p.failureRate, p.tellCount]).toEqual([0.37, 0.41, 0.12, 7]);
  });

  it('names the utility weights w + the weight, and keeps the derived values', () => {
    expect(p.wKinship).toBe(1.7);
    expect(p.wSatisfaction).toBe(s.behaviour.weights.satisfaction);
    expect(p.numberTieCost).toBe(s.population.numberTie.cost);
    expect(Array.from(p.repurchase as Float64Array)).toEqual([...Object.values(s.service.repurchase.minor), ...Object.values(s.service.repurchase.major)]);
  });

  it("converts the model's own per-month constants to the period: wallet adaptation, points horizon, a grudge", () => {
    const months = compileParams(scenarioWith({}));
    const weeks = compileParams(scenarioWith({ periodUnit: 'week' }));
    expect(months.walletAdaptation).toBe(WALLET_ADAPTATION);
    expect(weeks.walletAdaptation).toBeCloseTo(1 - Math.pow(1 - WALLET_ADAPTATION, 12 / 52), 15);
    // the stake doubles after 24 months: 24 periods of a month, 104 of a week
    expect([months.stakeTable[0], months.stakeTable[12], months.stakeTable[24], months.stakeTable[200]]).toEqual([1, 1.5, 2, 2]);
    expect([weeks.stakeTable[52], weeks.stakeTable[104], weeks.stakeTable[STAKE_TABLE - 1]]).toEqual([1.5, 2, 2]);
    expect(compileParams(scenarioWith({ periodUnit: 'day' })).stakeTable[365]).toBeCloseTo(1.5, 12);
    expect([months.terroristPeriods, weeks.terroristPeriods]).toEqual([12, 52]);
  });

  it('starts customers with tenures spread over the same 48 months in any period unit', () => {
    const maxTenure = (periodUnit: 'month' | 'week') => {
      const sim = createSimulation(scenarioWith({ periodUnit, population: { size: 3000 }, burnIn: 0 }), 0, 'typescript');
      return Math.max(...sim.pop.tenure);
    };
    expect(maxTenure('month')).toBe(INITIAL_TENURE - 1);
    expect(maxTenure('week')).toBeGreaterThan(200);
    expect(maxTenure('week')).toBeLessThan((INITIAL_TENURE * 52) / 12);
  });
});
