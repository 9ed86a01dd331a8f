// Units of the scenario's fields, as the editor shows them next to the bounds.
import { enZh } from './field.ts';

export const UNIT = {
  share: enZh('share', '比例'),
  chance: enZh('chance per period', '每期概率'),
  rate: enZh('rate per period', '每期速率'),
  satisfaction: enZh('satisfaction (1–5)', '满意度（1–5）'),
  quality: enZh('quality points', '质量分'),
  qualityScale: enZh('points (1–5)', '分（1–5）'),
  utility: enZh('utility points', '效用点'),
  periods: enZh('periods', '期'),
  money: enZh('money', '金额'),
  moneyPerPeriod: enZh('money per period', '每期金额'),
  people: enZh('people', '人'),
  customersPerPeriod: enZh('customers per period', '每期顾客数'),
  perYear: enZh('per year', '每年'),
} as const;
