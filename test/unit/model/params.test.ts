// The kernel's parameters come from the field spec: every number field of the sections the
// kernel reads reaches it by name, so a new field cannot be silently left out.
import { beforeEach, describe, expect, it } from 'vitest';
import { compileParams, INITIAL_TENURE, perPeriod, WALLET_ADAPTATION } from '../../../src/model/params.ts';
import { FIT_STEPS } from '../../../src/model/match.ts';
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

// Periods other than a month and spend per person, worked out by hand from the unit rules
// (spec/units.ts): a chance compounds, an amount scales, a duration divides.
describe('perPeriod and the parameters of a period other than a month', () => {
  const twoFirms = [
    {
      name: 'A',
      initialShare: 0.5,
      acquisitionSpend: 100,
      programmeCostPerMember: 0.3,
      recoveryCost: 2,
      personalisationCost: 0.05,
      acquisitionCost: 7,
      onboardingCost: 1.5,
    },
    {
      name: 'B',
      initialShare: 0.5,
      acquisitionSpend: 40,
      programmeCostPerMember: 0.1,
      recoveryCost: 4,
      personalisationCost: 0.02,
      acquisitionCost: 9,
      onboardingCost: 2.5,
    },
  ];
  const events = [
    { type: 'qualityIncident' as const, period: 3, duration: 2, firm: 0, qualityDrop: 1, failureRate: 0.2 },
    { type: 'priceWar' as const, period: 5, duration: 4, priceCut: 0.25, firms: [1] },
  ];
  const changes = [
    { period: 2, firm: 1, lever: 'acquisitionSpend' as const, value: 60 },
    { period: 2, firm: 0, lever: 'price' as const, value: 1.2 },
  ];
  const quarter = () =>
    scenarioWith({
      periodUnit: 'quarter',
      firms: twoFirms,
      events,
      changes,
      behaviour: { satisfactionMemory: 0.3, trustGain: 0.4, qualityNoise: 0.5, matchSpread: 0.8 },
      service: { failureImpact: 0.9, recoveryBonus: 0.6 },
    });

  it('returns a month scenario with spend per firm as it is, the same object', () => {
    const s = scenarioWith({ firms: twoFirms, changes });
    expect(perPeriod(s)).toBe(s);
  });

  it('converts the fields of every firm, of events of the right type only, and of the changes by their lever', () => {
    const s = quarter();
    const q = perPeriod(s);
    expect(q).not.toBe(s);
    expect(q.firms.map((f) => f.acquisitionSpend)).toEqual([300, 120]);
    expect(q.firms.map((f) => f.programmeCostPerMember)).toEqual([0.3 * 3, 0.1 * 3]);
    expect(q.behaviour.satisfactionMemory).toBeCloseTo(1 - 0.7 ** 3, 15);
    const incident = q.events.find((e) => e.type === 'qualityIncident')!;
    expect(incident.failureRate).toBeCloseTo(1 - 0.8 ** 3, 15);
    expect(q.events.find((e) => e.type === 'priceWar')).toEqual(events[1]);
    // a lever stated per month scales; one without a time rule (price) is left as it is
    expect(q.changes.map((c) => c.value)).toEqual([180, 1.2]);
    // the scenario passed in is not changed
    expect(s.firms[0].acquisitionSpend).toBe(100);
  });

  it('multiplies spend per person by the population, in the firms and in the changes of acquisitionSpend only', () => {
    const s = scenarioWith({ market: { acquisitionSpendPer: 'person' }, population: { size: 500 }, firms: twoFirms, changes });
    const p = perPeriod(s);
    expect(p.firms.map((f) => f.acquisitionSpend)).toEqual([50_000, 20_000]);
    expect(p.changes.map((c) => c.value)).toEqual([30_000, 1.2]);
    expect(p.firms[0].programmeCostPerMember).toBe(0.3);
    expect(s.firms[0].acquisitionSpend).toBe(100);
  });

  it('keeps the spread of satisfaction, the size of one failure and the trust it costs, in a quarter', () => {
    const s = quarter();
    const m = 1 - 0.7 ** 3; // satisfactionMemory per quarter
    const p = compileParams(s);
    const variance = (w: number) => w / (2 - w);
    expect(p.satisfactionMemory).toBeCloseTo(m, 15);
    expect(p.qualityNoise).toBeCloseTo(0.5 * Math.sqrt(variance(0.3) / variance(m)), 12);
    expect(p.failureImpact).toBeCloseTo((0.9 * 0.3) / m, 12);
    expect(p.recoveryBonus).toBeCloseTo((0.6 * 0.3) / m, 12);
    // a quarter weighs a failure on trust at the quarter's rate (an amount: 3 months' worth)
    expect(p.trustGain).toBeCloseTo(1.2, 12);
    expect(p.failureTrustGain).toBeCloseTo(1.2, 12);
    expect(p.failureTrustLoss).toBeCloseTo(p.trustLoss, 15);
    expect(p.fitScale).toBeCloseTo(0.8 / FIT_STEPS, 15);
  });

  it("weighs a failure on trust at a month's rate in a week, and leaves a month's values alone", () => {
    const base = { behaviour: { trustGain: 0.4, trustLoss: 0.6 }, service: { failureImpact: 0.9, recoveryBonus: 0.6 } };
    const week = compileParams(scenarioWith({ ...base, periodUnit: 'week' }));
    expect(week.trustGain).toBeCloseTo((0.4 * 12) / 52, 12);
    expect([week.failureTrustGain, week.failureTrustLoss]).toEqual([0.4, 0.6]);
    const month = compileParams(scenarioWith(base));
    expect([month.failureTrustGain, month.failureTrustLoss, month.failureImpact, month.recoveryBonus]).toEqual([0.4, 0.6, 0.9, 0.6]);
  });

  it("gives each firm its own costs, and no parameter that is not a number's", () => {
    const p = compileParams(scenarioWith({ firms: twoFirms }));
    expect(Array.from(p.programmeCostPerMember)).toEqual([0.3, 0.1]);
    expect(Array.from(p.recoveryCost)).toEqual([2, 4]);
    expect(Array.from(p.personalisationCost)).toEqual([0.05, 0.02]);
    expect(Array.from(p.acquisitionCost)).toEqual([7, 9]);
    expect(Array.from(p.onboardingCost)).toEqual([1.5, 2.5]);
    for (const [name, value] of Object.entries(p)) expect(value, name).not.toBeUndefined();
    expect(Object.keys(p).filter((k) => k.includes('.'))).toEqual([]);
  });
});
