// Referrals, bad talk and terrorists (MODEL.md §2).
import { group, num } from './field.ts';
import { UNIT } from './units.ts';

export const WORD_OF_MOUTH = group({
  referralRate: num(0, 5, 0.01, ['Referral rate of promoters', '推荐者推荐率'], 'New customers a promoter brings per month.', UNIT.customersPerMonth),
  // a dissatisfied customer tells ~11 others (seeds/001)
  tellCount: num(
    0,
    100,
    11,
    ['People an unhappy customer tells', '不满顾客告诉的人数'],
    'People each unhappy customer or terrorist tells (~11; seeds/001).',
    UNIT.people,
  ),
  terroristThreshold: num(
    1,
    5,
    2.2,
    ['Terrorist below satisfaction', '满意度低于此值成为“恐怖分子”'],
    'Satisfaction below which a leaving customer becomes a terrorist.',
    UNIT.satisfaction,
  ),
  terroristMonths: num(
    0,
    120,
    12,
    ['Months terrorists keep talking', '“恐怖分子”持续传播月数'],
    'Months a terrorist keeps talking after leaving (counted in whole periods, rounded up).',
    UNIT.months,
  ),
  influence: num(
    0,
    1,
    0.05,
    ['Influence of word of mouth', '口碑影响力'],
    "How much bad talk heard by the whole market lowers a firm's reputation and appeal (0–1).",
  ),
});
