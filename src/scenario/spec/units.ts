// Units of the scenario's fields, as the editor shows them next to the bounds. A unit that is
// per unit of time says so in the time base (per month, time.ts) and carries the rule by which
// the model converts it to the run's period length: the rule is written here once, for every
// field of that unit.
import { enZh, type Text } from './field.ts';
import type { TimeRule } from './time.ts';

export interface Unit extends Text {
  /** Absent: the value does not depend on the period length (a share, a level, a price). */
  readonly time?: TimeRule;
}

const timed = (en: string, zh: string, time: TimeRule): Unit => ({ ...enZh(en, zh), time });

export const UNIT = {
  share: enZh('share', '比例'),
  /** A chance per month; compounds to the period. */
  chance: timed('chance per month', '每月概率', 'chance'),
  /** The share of a gap closed each month (a smoothing weight); compounds like a chance. */
  gapPerMonth: timed('share of the gap per month', '每月缩小差距的比例', 'chance'),
  /** Events a month, as a rate (a chance of up to 1 a month that depends on the customer's
   *  state, so it cannot be compounded once for all): scales with the period, at most 1. */
  intensity: timed('per month', '每月次数', 'amount'),
  /** A coefficient of change per month (trust per point of satisfaction); scales with the period. */
  rate: timed('rate per month', '每月速率', 'amount'),
  satisfaction: enZh('satisfaction (1–5)', '满意度（1–5）'),
  quality: enZh('quality points', '质量分'),
  qualityPerMonth: timed('quality points per month', '每月质量分', 'amount'),
  qualityScale: enZh('points (1–5)', '分（1–5）'),
  utility: enZh('utility points', '效用点'),
  periods: enZh('periods', '期'),
  months: timed('months', '个月', 'duration'),
  money: enZh('money', '金额'),
  moneyPerMonth: timed('money per month', '每月金额', 'amount'),
  people: enZh('people', '人'),
  customersPerMonth: timed('customers per month', '每月顾客数', 'amount'),
  perYear: enZh('per year', '每年'),
} as const satisfies Record<string, Unit>;
