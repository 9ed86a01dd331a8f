// What the kernel is given every period (src/model/layout.ts, as kernelMemory.ts copies it in and
// kernel/layout.generated.ts reads it): each firm table the length it must have for K firms and
// the values of its source, each scalar the parameter (or formula) of its name, and the tallies'
// integers (mutation testing, README "Mutation testing"). Read back from the kernel's JavaScript
// build after prepare(), with every value made distinct so a table or scalar read from the wrong
// source shows.
import { beforeEach, describe, expect, it } from 'vitest';
import { createMarket, resolveMarket, type Market } from '../../../src/model/market.ts';
import { compileParams, type Params } from '../../../src/model/params.ts';
import { createDecisionPlan, type DecisionPlan } from '../../../src/model/plan.ts';
import { createKernel } from '../../../src/model/kernelMemory.ts';
import { allocatePopulation } from '../../../src/model/population.ts';
import { BLOCK, createTally, EVENTS, MOOD, SUM, TYPE_CLASS } from '../../../src/model/tally.ts';
import { M } from '../../../src/model/measures.ts';
import { CHUNK, KNOWN_FIT, MAX_DRAWS, STAKE_TABLE, UNIT_SD } from '../../../src/model/kernel/constants.ts';
import * as L from '../../../src/model/kernel/layout.generated.ts';
import { f64at, u8at } from '../../../src/model/kernel/platform.ts';
import { quietFirm, quietScenario } from '../mechanisms/customers.ts';

const K = 3;
const s = quietScenario({ firms: [quietFirm(), quietFirm({ price: 0.9 }), quietFirm({ quality: 4 })] });

/** Every number of `a` set to a distinct value (start + 0.01·n), so no two tables or scalars agree. */
function distinct(a: Float64Array | Uint8Array, start: number): void {
  for (let n = 0; n < a.length; n++) a[n] = a instanceof Uint8Array ? (start + n) % 256 : start + 0.01 * n;
}

describe('the tables and scalars the kernel is given', () => {
  let m: Market;
  let p: Params;
  let plan: DecisionPlan;
  beforeEach(() => {
    m = createMarket(s);
    resolveMarket(m, s, 0);
    p = compileParams(s);
    plan = createDecisionPlan(K);
    const tables = [
      m.typical,
      m.personal,
      m.failureRate,
      m.rivals,
      m.rivalCount,
      m.expectBase,
      m.expectPrice,
      m.priceGap,
      plan.offerCum,
      plan.entryCum,
      plan.hasRival,
    ];
    const levers = [
      m.lever.price,
      m.lever.promise,
      m.lever.programme,
      m.lever.lockIn,
      m.lever.offerDiscount,
      m.lever.complaintEncouragement,
      m.lever.recoveryRate,
      m.lever.recoverySpeed,
    ];
    [...tables, ...levers, p.repurchase, p.stakeTable].forEach((a, n) => distinct(a, 10 * (n + 1)));
    m.norm = 3.3;
    m.openness = 0.7;
    m.numberTieRemaining = 0.4;
    // every parameter a scalar reads, distinct
    const fields = [
      'fitScale',
      'qualityNoise',
      'baseSatisfaction',
      'disconfirmationWeight',
      'priceWeightInSatisfaction',
      'satisfactionMemory',
      'expectationAdaptation',
      'expectationDrift',
      'trustGain',
      'trustLoss',
      'failureTrustGain',
      'failureTrustLoss',
      'leaveCategoryRate',
      'searchThreshold',
      'searchRate',
      'wSatisfaction',
      'wTrust',
      'wPrice',
      'wIncentive',
      'wKinship',
      'numberTieCost',
      'decisionNoise',
      'terroristThreshold',
      'terroristPeriods',
      'walletAdaptation',
      'majorShare',
      'complaintRate',
      'failureImpact',
      'recoveryBonus',
      'doWithout',
    ] as const;
    fields.forEach((f, n) => ((p as Record<string, unknown>)[f] = 0.5 + 0.125 * n));
    const kernel = createKernel(10, K, 'typescript');
    const pop = allocatePopulation(10, K, kernel.allocate);
    kernel.attach(pop, createTally(K, kernel.allocate));
    kernel.prepare(m, p, plan);
    kernel.attribute(0); // binds the kernel's memory and reads the layout
  });

  it('gives each firm table the length it has for K firms, in the order of FIRM_TABLES', () => {
    const at = (name: keyof typeof L) => L[name] as number;
    const f64 = (n: number) => 8 * n;
    const u8 = (n: number) => Math.ceil(n / 8) * 8;
    const order: [keyof typeof L, number][] = [
      ['typical', f64(3 * K)],
      ['personal', f64(3 * K)],
      ['failureRate', f64(K)],
      ['price', f64(K)],
      ['promise', f64(K)],
      ['programme', f64(K)],
      ['lockIn', f64(K)],
      ['offerDiscount', f64(K)],
      ['offerCum', f64(K * K)],
      ['entryCum', f64(K)],
      ['hasRival', u8(K)],
      ['rivals', u8(K * K)],
      ['rivalCount', u8(K)],
      ['expectBase', f64(K)],
      ['expectPrice', f64(K)],
      ['priceGap', f64(K * K)],
      ['complaintEncouragement', f64(K)],
      ['recoveryRate', f64(K)],
      ['recoverySpeed', f64(K)],
      ['repurchase', f64(8)],
      ['stakeTable', f64(STAKE_TABLE)],
      ['moves', f64((K + 1) * (K + 1))],
      ['scalars', f64(Object.keys(L.S).length / 2)],
      ['drawBuffer', 4 * CHUNK * MAX_DRAWS],
      ['rivalRecords', f64(K * K * 4)],
    ];
    for (let n = 0; n + 1 < order.length; n++) expect([order[n][0], at(order[n + 1][0]) - at(order[n][0])]).toEqual([order[n][0], order[n][1]]);
  });
  it("copies each table's source in full", () => {
    const f64s = (base: number, n: number) => Array.from({ length: n }, (_, j) => f64at(base, j));
    const u8s = (base: number, n: number) => Array.from({ length: n }, (_, j) => u8at(base, j));
    expect(f64s(L.typical, 3 * K)).toEqual([...m.typical]);
    expect(f64s(L.personal, 3 * K)).toEqual([...m.personal]);
    expect(f64s(L.failureRate, K)).toEqual([...m.failureRate]);
    expect(f64s(L.price, K)).toEqual([...m.lever.price]);
    expect(f64s(L.promise, K)).toEqual([...m.lever.promise]);
    expect(f64s(L.programme, K)).toEqual([...m.lever.programme]);
    expect(f64s(L.lockIn, K)).toEqual([...m.lever.lockIn]);
    expect(f64s(L.offerDiscount, K)).toEqual([...m.lever.offerDiscount]);
    expect(f64s(L.offerCum, K * K)).toEqual([...plan.offerCum]);
    expect(f64s(L.entryCum, K)).toEqual([...plan.entryCum]);
    expect(u8s(L.hasRival, K)).toEqual([...plan.hasRival]);
    expect(u8s(L.rivals, K * K)).toEqual([...m.rivals]);
    expect(u8s(L.rivalCount, K)).toEqual([...m.rivalCount]);
    expect(f64s(L.expectBase, K)).toEqual([...m.expectBase]);
    expect(f64s(L.expectPrice, K)).toEqual([...m.expectPrice]);
    expect(f64s(L.priceGap, K * K)).toEqual([...m.priceGap]);
    expect(f64s(L.complaintEncouragement, K)).toEqual([...m.lever.complaintEncouragement]);
    expect(f64s(L.recoveryRate, K)).toEqual([...m.lever.recoveryRate]);
    expect(f64s(L.recoverySpeed, K)).toEqual([...m.lever.recoverySpeed]);
    expect(f64s(L.repurchase, 8)).toEqual([...p.repurchase]);
    expect(f64s(L.stakeTable, STAKE_TABLE)).toEqual([...p.stakeTable]);
  });
  it('gives each scalar the parameter of its name, and the few formulas', () => {
    const got = Object.fromEntries(
      Object.keys(L.S)
        .filter((k) => isNaN(Number(k)))
        .map((name) => [name, L.sc(L.S[name as keyof typeof L.S])]),
    );
    expect(got).toEqual({
      fitScale: p.fitScale,
      qualitySd: p.qualityNoise * UNIT_SD,
      baseSatisfaction: p.baseSatisfaction,
      disconfirmationWeight: p.disconfirmationWeight,
      priceWeightInSatisfaction: p.priceWeightInSatisfaction,
      satisfactionMemory: p.satisfactionMemory,
      expectationAdaptation: p.expectationAdaptation,
      expectationDrift: p.expectationDrift,
      trustGain: p.trustGain,
      trustLoss: p.trustLoss,
      failureTrustGain: p.failureTrustGain,
      failureTrustLoss: p.failureTrustLoss,
      norm: 3.3,
      exitRate: p.leaveCategoryRate,
      freeBelow: 256 * 0.7,
      searchBelow: p.searchThreshold,
      searchRate: p.searchRate,
      wS: p.wSatisfaction,
      wT: p.wTrust,
      wPrice: p.wPrice,
      wIncentive: p.wIncentive,
      wKinship: p.wKinship,
      fitWeight: p.disconfirmationWeight * KNOWN_FIT * p.fitScale,
      tieCost: p.numberTieCost * 0.4,
      noiseSd: p.decisionNoise * UNIT_SD,
      terroristThreshold: p.terroristThreshold,
      terroristPeriods: p.terroristPeriods,
      walletAdaptation: p.walletAdaptation,
      majorShare: p.majorShare,
      complaintRate: p.complaintRate,
      failureImpact: p.failureImpact,
      recoveryBonus: p.recoveryBonus,
      doWithout: p.doWithout,
    });
    // the parameters are all distinct, so a scalar read from another one shows
    expect(new Set(Object.values(got)).size).toBe(Object.keys(got).length);
  });
  it("gives the tallies' integers: the block, where the sums, classes, events and moods start, and three measures", () => {
    expect([L.BLOCK, L.SUM0, L.TYPE_CLASS, L.EVENTS, L.MOOD, L.CHURNED, L.SWITCHED_OUT, L.EXITED, L.JS0]).toEqual([
      BLOCK,
      SUM.spend,
      TYPE_CLASS,
      EVENTS,
      MOOD,
      M.churned,
      M.switchedOut,
      M.exited,
      M.js_apostle,
    ]);
    expect(new Set([L.BLOCK, L.SUM0, L.TYPE_CLASS, L.EVENTS, L.MOOD]).size).toBe(5);
  });
});
