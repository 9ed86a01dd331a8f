// The market as a whole: how free customers are to choose, and how money is discounted.
import { choice, group, num } from './field.ts';
import { UNIT } from './units.ts';

export const MARKET = group({
  // O in L = O·f(S): 1 = free choice, 0 = no alternative (legal, technical, geographic constraints)
  openness: num(
    0,
    1,
    1,
    ['Openness O (1 = free choice)', '开放度 O（1 = 自由选择）'],
    'O in L = O·f(S): share of customers free to choose (legal, technical, geographic, knowledge constraints).',
    UNIT.share,
  ),
  annualDiscountRate: num(0, 1, 0.1, ['Annual discount rate', '年贴现率'], 'Discount rate for customer lifetime value.', UNIT.perYear),
  // a budget per head of the market means the same at 20,000 and at 200,000 people
  acquisitionSpendPer: choice(
    ['firm', 'person'],
    'firm',
    ['Acquisition spend is stated per', '获客支出的计算基数'],
    "firm: each firm's acquisitionSpend is its own total per month; person: it is money per month per person in the market (population.size), so the scenario means the same at any size.",
  ),
});
