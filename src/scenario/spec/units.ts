// Units of the scenario's fields, as the editor shows them next to the bounds.
import { text2 } from './field.ts';

export const UNIT = {
  share: text2('share', '比例'),
  chance: text2('chance per period', '每期概率'),
  rate: text2('rate per period', '每期速率'),
  satisfaction: text2('satisfaction (1–5)', '满意度（1–5）'),
  quality: text2('quality points', '质量分'),
  qualityScale: text2('points (1–5)', '分（1–5）'),
  utility: text2('utility points', '效用点'),
  periods: text2('periods', '期'),
  money: text2('money', '金额'),
  moneyPerPeriod: text2('money per period', '每期金额'),
  people: text2('people', '人'),
  customersPerPeriod: text2('customers per period', '每期顾客数'),
  perYear: text2('per year', '每年'),
} as const;
