// The scenario's numbers flattened into one fixed-shape object for the per-customer loops:
// reading `p.matchSpread` from a literal is a fixed-offset load, where a deep, zod-built
// `s.behaviour.matchSpread` chain is not.
import type { Scenario } from '../scenario/schema.ts';
import { FIT_STEPS } from './match.ts';

export type Params = ReturnType<typeof compileParams>;

export function compileParams(s: Scenario) {
  const b = s.behaviour;
  const sv = s.service;
  const r = sv.repurchase;
  const perFirm = (f: (x: Scenario['firms'][number]) => number) => Float64Array.from(s.firms, f);
  return {
    seed: s.seed,
    baseSatisfaction: b.baseSatisfaction,
    satisfactionMemory: b.satisfactionMemory,
    disconfirmationWeight: b.disconfirmationWeight,
    priceWeightInSatisfaction: b.priceWeightInSatisfaction,
    expectationAdaptation: b.expectationAdaptation,
    expectationDrift: b.expectationDrift,
    qualityNoise: b.qualityNoise,
    cheapSignal: b.cheapSignal,
    trustGain: b.trustGain,
    trustLoss: b.trustLoss,
    offerRate: b.offerRate,
    searchRate: b.searchRate,
    searchThreshold: b.searchThreshold,
    decisionNoise: b.decisionNoise,
    matchSpread: b.matchSpread,
    fitScale: b.matchSpread / FIT_STEPS,
    doWithout: b.doWithout,
    leaveCategoryRate: b.leaveCategoryRate,
    entryRate: b.entryRate,
    wSatisfaction: b.weights.satisfaction,
    wTrust: b.weights.trust,
    wPrice: b.weights.price,
    wIncentive: b.weights.incentive,
    wKinship: b.weights.kinship,
    failureImpact: sv.failureImpact,
    majorShare: sv.majorShare,
    complaintRate: sv.complaintRate,
    recoveryBonus: sv.recoveryBonus,
    // TARP repurchase: minor silent, unresolved, resolved, quick, then the same for major
    repurchase: Float64Array.of(
      r.minor.silent,
      r.minor.unresolved,
      r.minor.resolved,
      r.minor.quick,
      r.major.silent,
      r.major.unresolved,
      r.major.resolved,
      r.major.quick,
    ),
    numberTieCost: s.population.numberTie.cost,
    terroristThreshold: s.wordOfMouth.terroristThreshold,
    terroristPeriods: s.wordOfMouth.terroristPeriods,
    tellCount: s.wordOfMouth.tellCount,
    influence: s.wordOfMouth.influence,
    referralRate: s.wordOfMouth.referralRate,
    programmeCostPerMember: perFirm((f) => f.programmeCostPerMember),
    recoveryCost: perFirm((f) => f.recoveryCost),
    personalisationCost: perFirm((f) => f.personalisationCost),
    acquisitionCost: perFirm((f) => f.acquisitionCost),
    onboardingCost: perFirm((f) => f.onboardingCost),
  };
}
