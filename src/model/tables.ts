// Firm-level quantities every customer loop needs, computed once a period from the levers.
import type { Market } from './market.ts';
import type { Params } from './params.ts';

/** Quality points a unit of personalisation adds to the experience. */
const PERSONAL_QUALITY = 0.4;
/** A price more than 15% below the market starts to read as "cheap = poor" (seeds/002). */
const CHEAP_BELOW = 0.85;
/** Quality points outsiders discount a firm by when the whole market talks badly of it. */
const BAD_TALK_PENALTY = 1.5;

/** `shares[k]`: each firm's market share last period (weights of the norm). */
export function prepareTables(m: Market, p: Params, shares: Float64Array): void {
  let weighted = 0;
  let weight = 0;
  for (let k = 0; k < m.firms; k++) {
    const focus = m.lever.focusHighValue[k];
    const cheap = Math.max(0, CHEAP_BELOW - m.lever.price[k]) * p.cheapSignal;
    for (let tier = 0; tier < 3; tier++) {
      // focus moves the same total effort towards the top 20%: weight 1 + 4f there, 1 − f elsewhere
      const personal = m.lever.personalisation[k] * (tier === 0 ? 1 + 4 * focus : 1 - focus);
      m.personal[k * 3 + tier] = personal;
      m.typical[k * 3 + tier] = m.lever.quality[k] + PERSONAL_QUALITY * Math.min(1.5, personal) - cheap;
    }
    m.reputation[k] = m.lever.quality[k] - cheap - BAD_TALK_PENALTY * m.badTalk[k];
    if (m.available[k]) {
      const w = shares[k] + 0.01; // a new entrant still counts a little
      weighted += w * m.lever.quality[k];
      weight += w;
    }
  }
  m.norm = weight > 0 ? weighted / weight : 3;
  prepareRivals(m, p);
}

function prepareRivals(m: Market, p: Params): void {
  const K = m.firms;
  const price = m.lever.price;
  for (let j = 0; j < K; j++) {
    m.expectBase[j] = p.baseSatisfaction + p.disconfirmationWeight * (m.reputation[j] - m.norm);
    m.expectPrice[j] = p.priceWeightInSatisfaction * (price[j] - 1);
  }
  for (let k = 0; k < K; k++) {
    let n = 0;
    for (let j = 0; j < K; j++) {
      m.priceGap[k * K + j] = -p.wPrice * (price[k] - price[j]);
      if (j !== k && m.available[j]) m.rivals[k * K + n++] = j;
    }
    m.rivalCount[k] = n;
  }
}
