// The firms' levers and the market's conditions in force at period t: the scenario's base
// values, then its scheduled lever changes, then market events. Resolved once per period so
// the per-customer loops only read plain arrays.
import type { LeverChange, MarketEvent, Scenario } from '../scenario/schema.ts';
import { LEVER_KEYS, type LeverKey } from '../scenario/levers.ts';

export interface Market {
  readonly firms: number;
  /** lever[key][k]: the value of a lever for firm k this period. */
  readonly lever: Record<LeverKey, Float64Array>;
  readonly available: Uint8Array; // firm k can be chosen this period
  readonly failureRate: Float64Array;
  readonly unitCost: Float64Array; // per unit of spend, quality included
  /** O in L = O·f(S): share of customers free to choose (legal, technical, geographic). */
  openness: number;
  /** Share of the number-tie switching cost still in force (number portability lowers it). */
  numberTieRemaining: number;
  /** Word of mouth from last period: negative talk heard about firm k (0–1 of the market). */
  readonly badTalk: Float64Array;
  /** Referrals promoters of firm k bring in, expected new customers this period. */
  readonly referrals: Float64Array;
  // Per-period tables derived from the levers (prepareTables), so the loops do not redo them
  /** personal[k * 3 + tier]: personal service firm k gives a customer of that value tier. */
  readonly personal: Float64Array;
  /** typical[k * 3 + tier]: quality firm k delivers to that tier, before fit, noise, failures. */
  readonly typical: Float64Array;
  /** reputation[j]: the quality outsiders expect of firm j, bad talk included. */
  readonly reputation: Float64Array;
  /** The market's norm: the share-weighted quality of the open firms, by which a customer judges
   *  a firm it has not tried (its comparison level for alternatives). */
  norm: number;
  // What customers of one firm weigh against each open rival (prepareTables), so the
  // comparison every customer makes every period is a few multiply-adds:
  /** rivals[k * K + n], n < rivalCount[k]: the open firms other than k. */
  readonly rivals: Uint8Array;
  readonly rivalCount: Uint8Array;
  /** Satisfaction an outsider expects of firm j before fit and price: base + w·(reputation − norm). */
  readonly expectBase: Float64Array;
  /** Satisfaction lost to firm j's price per unit of price sensitivity. */
  readonly expectPrice: Float64Array;
  /** priceGap[k * K + j]: stay-with-k minus go-to-j utility of the price difference, per unit of price sensitivity. */
  readonly priceGap: Float64Array;
}

export function createMarket(s: Scenario): Market {
  const k = s.firms.length;
  return {
    firms: k,
    lever: createLevers(k),
    available: new Uint8Array(k),
    failureRate: new Float64Array(k),
    unitCost: new Float64Array(k),
    openness: s.market.openness,
    numberTieRemaining: 1,
    badTalk: new Float64Array(k),
    referrals: new Float64Array(k),
    personal: new Float64Array(k * 3),
    typical: new Float64Array(k * 3),
    reputation: new Float64Array(k),
    norm: 3,
    rivals: new Uint8Array(k * k),
    rivalCount: new Uint8Array(k),
    expectBase: new Float64Array(k),
    expectPrice: new Float64Array(k),
    priceGap: new Float64Array(k * k),
  };
}

/** The first period after a change's or an event's window (Infinity: it holds to the end): the
 *  one rule for windows. A change holds until `until`; an event for its `duration` (a
 *  deregulation, and a number portability without one, for good). */
export function windowEnd(x: LeverChange | MarketEvent): number {
  if ('lever' in x) return x.until ?? Infinity;
  return 'duration' in x && x.duration !== undefined ? x.period + x.duration : Infinity;
}

/** Whether a change or an event is in force in period t. */
export const inForce = (x: LeverChange | MarketEvent, t: number): boolean => x.period <= t && t < windowEnd(x);

/** Sets every lever and condition for period t, from the scenario per period (params.ts
 *  perPeriod). Changes and events in force apply in file order: of two changes of one lever,
 *  the later in the file wins while both are in force (a lever setting, appended last, wins over
 *  any: scenario/leverSettings.ts). */
export function resolveMarket(m: Market, s: Scenario, t: number): void {
  let deregulated = false;
  m.openness = s.market.openness;
  m.numberTieRemaining = 1;
  s.firms.forEach((f, k) => {
    for (const key of LEVER_KEYS) m.lever[key][k] = f[key];
    m.failureRate[k] = s.service.failureRate;
  });
  for (const c of s.changes) if (inForce(c, t)) m.lever[c.lever][c.firm] = c.value;
  for (const e of s.events) {
    if (!inForce(e, t)) continue;
    switch (e.type) {
      case 'deregulation':
        deregulated = true;
        m.openness = 1;
        break;
      case 'numberPortability':
        m.numberTieRemaining = Math.min(m.numberTieRemaining, e.remaining);
        break;
      case 'priceWar':
        for (const f of e.firms) m.lever.price[f] *= 1 - e.priceCut;
        break;
      case 'qualityIncident':
        m.lever.quality[e.firm] = Math.max(1, m.lever.quality[e.firm] - e.qualityDrop);
        m.failureRate[e.firm] = Math.min(1, m.failureRate[e.firm] + e.failureRate);
        break;
    }
  }
  s.firms.forEach((f, k) => {
    // before deregulation a monopoly's rivals may exist on paper but cannot be chosen
    m.available[k] = t >= f.availableFrom || deregulated ? 1 : 0;
    m.unitCost[k] = f.unitCost + f.qualityCost * (m.lever.quality[k] - 3);
  });
}

/** A literal, not Object.fromEntries: the loops read these arrays through a fixed shape. */
function createLevers(k: number): Record<LeverKey, Float64Array> {
  const a = () => new Float64Array(k);
  return {
    quality: a(),
    price: a(),
    programme: a(),
    recoveryRate: a(),
    recoverySpeed: a(),
    complaintEncouragement: a(),
    lockIn: a(),
    promise: a(),
    personalisation: a(),
    focusHighValue: a(),
    acquisitionSpend: a(),
    offerRate: a(),
    offerDiscount: a(),
  };
}
