// The short forecast a team sees next to its levers: what its own decision costs over the
// round, at last period's customers and revenue (the market's answer is the simulation's to
// give, not the forecast's). Costs follow the model's cost lines (MODEL.md §5, firm costs):
// rewards are a share of members' spend, personalisation costs per customer served, goods cost
// per unit of spend plus a premium per quality point above 3, acquisition is spent as set.
import type { Firm, Scenario } from '../scenario/schema.ts';
import { perPeriod, periodMonths } from '../model/params.ts';
import type { Decision } from './decision.ts';

export interface Basis {
  customers: number;
  revenue: number;
  /** The price index the revenue was earned at. */
  price: number;
}

export interface Forecast {
  acquisition: number;
  programme: number;
  personalisation: number;
  goods: number;
  /** Acquisition + programme + personalisation: what the teacher's budget caps. */
  strategy: number;
  revenue: number;
}

/** A firm's costs per period of the run (the file states them per month: firmCosts()), and what
 *  a unit of the acquisitionSpend lever costs a period (the period's months, times the people in
 *  the market when spend is stated per person). */
export type FirmCosts = Pick<Firm, 'unitCost' | 'qualityCost' | 'programmeCostPerMember' | 'personalisationCost'> & { acquisitionPerUnit: number };

/** Firm k's costs per period, converted as the model converts them (model/params.ts). */
export function firmCosts(s: Scenario, k: number): FirmCosts {
  const f = perPeriod(s).firms[k];
  const heads = s.market.acquisitionSpendPer === 'person' ? s.population.size : 1;
  return {
    unitCost: f.unitCost,
    qualityCost: f.qualityCost,
    programmeCostPerMember: f.programmeCostPerMember,
    personalisationCost: f.personalisationCost,
    acquisitionPerUnit: periodMonths(s) * heads,
  };
}

export function forecastCost(d: Decision, firm: FirmCosts, basis: Basis, periods: number): Forecast {
  // the same customers at the new price spend in proportion to it (a forecast, not the model)
  const revenue = basis.price > 0 ? (basis.revenue * d.price) / basis.price : basis.revenue;
  const members = d.programme > 0 ? basis.customers : 0;
  const programme = periods * (d.programme * revenue + members * firm.programmeCostPerMember);
  const personalisation = periods * d.personalisation * firm.personalisationCost * basis.customers;
  const acquisition = periods * d.acquisitionSpend * firm.acquisitionPerUnit;
  const goods = periods * revenue * Math.max(0, firm.unitCost + firm.qualityCost * (d.quality - 3));
  return { acquisition, programme, personalisation, goods, strategy: acquisition + programme + personalisation, revenue: periods * revenue };
}
