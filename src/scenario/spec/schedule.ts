// What changes during a run: lever changes (strategies) and market events (MODEL.md §5).
import { z } from 'zod';
import { LEVER_KEYS } from '../levers.ts';
import { LIMITS } from './limits.ts';
import { int, item, list, literal, num, optionalInt, requiredChoice, requiredInt, requiredNum } from './field.ts';
import { UNIT } from './units.ts';

export const CHANGE = item({
  period: requiredInt(0, LIMITS.horizon, ['Period', '期'], 'Period from which the new value holds.'),
  firm: requiredInt(0, LIMITS.firms - 1, ['Firm', '企业'], 'Index of the firm (0 = us).'),
  lever: requiredChoice(LEVER_KEYS, ['Lever', '杠杆'], 'Which lever changes.'),
  value: requiredNum(['Value', '值'], "New value, within the lever's bounds."),
  // a fee waiver for two weeks, a promotion for a quarter: the change holds until then
  until: optionalInt(
    1,
    LIMITS.horizon,
    ['Until period', '截止期'],
    'First period the change no longer holds (the lever goes back to what it would be without it); absent: to the end of the run.',
    UNIT.periods,
  ),
});

const type = <T extends string>(t: T) => literal(t, ['Event', '事件'], 'deregulation | numberPortability | priceWar | qualityIncident.');
const period = requiredInt(0, LIMITS.horizon, ['Period', '期'], 'Period the event starts.');
const duration = (def: number) => int(1, LIMITS.horizon, def, ['Duration (periods)', '持续期数'], 'priceWar, qualityIncident: periods it lasts.', UNIT.periods);
const window = optionalInt(
  1,
  LIMITS.horizon,
  ['Duration (periods)', '持续期数'],
  'numberPortability: periods it lasts; absent: from its period to the end of the run (a permanent change).',
  UNIT.periods,
);

/** Each market event type with its own fields, in the order the editor offers them. */
export const EVENTS = {
  deregulation: item({ type: type('deregulation'), period }),
  numberPortability: item({
    type: type('numberPortability'),
    period,
    duration: window,
    // share of the number-tie cost that remains (0 = the tie disappears overnight)
    remaining: num(
      0,
      1,
      0,
      ['Number-tie cost remaining', '剩余号码束缚成本'],
      'numberPortability: share of the number-tie cost that remains (0 = gone).',
      UNIT.share,
    ),
  }),
  priceWar: item({
    type: type('priceWar'),
    period,
    duration: duration(12),
    priceCut: num(0, 0.9, 0.25, ['Price cut', '降价幅度'], "priceWar: share cut from the listed firms' prices.", UNIT.share),
    firms: list(
      z
        .int()
        .min(0)
        .max(LIMITS.firms - 1),
      LIMITS.firms,
      [1],
      ['Firms cutting prices', '降价企业'],
      'priceWar: indices of the firms cutting prices.',
    ),
  }),
  qualityIncident: item({
    type: type('qualityIncident'),
    period,
    duration: duration(3),
    firm: int(0, LIMITS.firms - 1, 0, ['Firm', '企业'], 'qualityIncident: index of the firm hit.'),
    qualityDrop: num(0, 4, 1, ['Quality drop', '质量下降'], 'qualityIncident: quality points lost while it lasts.', UNIT.quality),
    failureRate: num(0, 1, 0.2, ['Failure rate', '失误率'], 'qualityIncident: extra failure chance per month while it lasts.', UNIT.chance),
  }),
};
