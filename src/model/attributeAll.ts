// The loyalty-type pass: attribute() (loyalty.ts) for every current customer, with the
// comparison against each rival unrolled and the arrays read once for the whole loop. It runs
// for every customer every period; test/unit/model/loyalty.test.ts checks that it gives the
// type and class attribute() gives.
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import { KIN_FIRM_SHIFT, NO_PROVIDER, TRAIT, type Population } from './population.ts';
import { KNOWN_FIT, pointsAtStake } from './utility.ts';
import { jsClassOf, LOYALTY, typeOf } from './loyalty.ts';
import { clamp } from './branchless.ts';

/** Sets pop.loyaltyType and pop.jsClass of the current customers among from..to−1. */
export function attributeAll(pop: Population, m: Market, p: Params, from: number, to: number): void {
  const K = m.firms;
  const { provider, priceSensitivity, dealSensitivity, satisfaction, trust, tenure, fit, traits, freedom, switchingCost, loyaltyType, jsClass } = pop;
  const programme = m.lever.programme;
  const lockIn = m.lever.lockIn;
  const { rivals, rivalCount, expectBase, expectPrice, priceGap } = m;
  const wS = p.wSatisfaction;
  const wT = p.wTrust;
  const fitWeight = p.disconfirmationWeight * KNOWN_FIT * p.fitScale;
  const freeBelow = 256 * m.openness;
  const tieCost = p.numberTieCost * m.numberTieRemaining;
  for (let i = from; i < to; i++) {
    const k = provider[i];
    if (k === NO_PROVIDER) continue;
    const sat = satisfaction[i];
    const count = rivalCount[k];
    let type: number = LOYALTY.monopoly;
    let margin = Infinity;
    if (freedom[i] < freeBelow && count > 0) {
      const ps = priceSensitivity[i];
      const deal = p.wIncentive * dealSensitivity[i];
      const stay = wS * sat + wT * trust[i];
      const rk = pointsAtStake(programme[k], tenure[i]);
      // strongestRival(), unrolled
      let best = Infinity;
      let value = 0;
      let price = 0;
      let incentive = 0;
      for (let n = 0; n < count; n++) {
        const j = rivals[k * K + n];
        const v = stay - wS * clamp(expectBase[j] + fitWeight * fit[i * K + j] - ps * expectPrice[j], 1, 5);
        const pr = ps * priceGap[k * K + j];
        const inc = deal * (rk - programme[j]);
        const margin = v + pr + inc;
        if (margin < best) {
          best = margin;
          value = v;
          price = pr;
          incentive = inc;
        }
      }
      const t = traits[i];
      const kinship = (t & TRAIT.kin) !== 0 && t >> KIN_FIRM_SHIFT === k ? p.wKinship : 0;
      // switchingCostOf(), unrolled
      const cost = switchingCost[i] + (t & TRAIT.numberTie ? tieCost : 0) + lockIn[k];
      margin = value + price + incentive + kinship + cost;
      type = typeOf(margin, value, price, incentive, kinship, cost);
    }
    loyaltyType[i] = type;
    jsClass[i] = jsClassOf(sat, type, margin);
  }
}
