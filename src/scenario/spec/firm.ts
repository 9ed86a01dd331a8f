// A firm: its name, where it starts, its costs, and its strategy levers (from LEVERS).
import type { z } from 'zod';
import { LEVERS, type LeverKey, type LeverSpec } from '../levers.ts';
import { LIMITS } from './limits.ts';
import { int, item, num, text, type Leaf } from './field.ts';
import { UNIT } from './units.ts';

const lever = (l: LeverSpec) => num(l.min, l.max, l.default, [l.label.en, l.label.zh], `${l.help.en} Schedulable in \`changes\`.`, l.unit);

const LEVER_FIELDS = Object.fromEntries(LEVERS.map((l) => [l.key, lever(l)])) as { [K in LeverKey]: Leaf<z.ZodDefault<z.ZodNumber>> };

/** What a firm's operations cost (the editor shows them together). */
export const FIRM_COSTS = {
  unitCost: num(0, 5, 0.55, ['Unit cost', '单位成本'], 'Cost of goods per unit of spend at quality 3.'),
  // unit cost added per quality point above 3
  qualityCost: num(0, 5, 0.12, ['Cost per quality point above 3', '质量每高于 3 一分的成本'], 'Unit cost added per quality point above 3.'),
  programmeCostPerMember: num(
    0,
    1e5,
    1,
    ['Programme cost per member', '每位会员的忠诚计划成本'],
    'Running cost of the loyalty programme per member per month (money), on top of the rewards.',
    UNIT.moneyPerMonth,
  ),
  recoveryCost: num(
    0,
    1e5,
    15,
    ['Cost per complaint resolved', '每次投诉处理成本'],
    'Cost of resolving a complaint (money; 1.5× when resolved quickly).',
    UNIT.money,
  ),
  personalisationCost: num(
    0,
    1e5,
    2,
    ['Personalisation cost per customer', '每位顾客的个性化成本'],
    'Cost per customer per month of personalisation at intensity 1 (money).',
    UNIT.moneyPerMonth,
  ),
  // opening a new customer's account, welcome and first service: what churn costs to replace
  onboardingCost: num(
    0,
    1e5,
    60,
    ['Onboarding cost per new customer', '每位新顾客的开户成本'],
    'Cost of taking on a new customer, whoever brought it: account, welcome, first service (money).',
    UNIT.money,
  ),
  // marketing money needed per customer won from outside the category
  acquisitionCost: num(
    1,
    1e7,
    150,
    ['Cost per customer won', '每位新顾客的获客成本'],
    'Acquisition spend needed per customer won from outside the category (money).',
    UNIT.money,
  ),
};

export const FIRM = item({
  name: text(40, 'Firm', ['Name', '名称'], 'Name shown in charts and tables. Firm 0 is "us".', 1),
  initialShare: num(0, 1, 0.25, ['Initial share', '初始份额'], 'Share of the starting customers (normalised over firms).', UNIT.share),
  availableFrom: int(
    0,
    LIMITS.horizon,
    0,
    ['Available from period', '从第几期起可选'],
    'First period the firm can be chosen (a deregulation event opens it earlier).',
  ),
  ...FIRM_COSTS,
  ...LEVER_FIELDS,
});

/** The firms of a file that says nothing about them. */
export const DEFAULT_FIRMS = [
  { name: 'Us', initialShare: 0.4 },
  { name: 'Rival A', initialShare: 0.35 },
  { name: 'Rival B', initialShare: 0.25, price: 0.9, quality: 3.5 },
];
