// Who is in the market: how many people, their budgets, sensitivities, switching costs and ties.
import { LIMITS } from './limits.ts';
import { group, int, num } from './field.ts';
import { UNIT } from './units.ts';

const HETEROGENEITY = 'Heterogeneity: uniform on mean·(1 ± spread).';

/** A heterogeneous customer attribute: uniform on mean·(1 ± spread). */
const spread = (maxMean: number, mean: number, sp: number, label: readonly [string, string, string, string], doc: string, unit?: typeof UNIT.utility) =>
  group({
    mean: num(0, maxMean, mean, [label[0], label[1]], doc, unit),
    spread: num(0, 1, sp, [label[2], label[3]], HETEROGENEITY),
  });

export const POPULATION = group({
  size: int(10, LIMITS.population, 20_000, ['Customers', '顾客数'], 'Number of people in the market, customers and prospects.', UNIT.people),
  // share of people already buying in the category at the start; the rest are prospects
  inCategory: num(
    0.01,
    1,
    0.85,
    ['Share already buying', '已在品类内的比例'],
    'Share of people buying in the category at the start; the rest are prospects.',
    UNIT.share,
  ),
  budget: group({
    mean: num(0.01, 1e7, 100, ['Mean budget per month', '每月平均预算'], 'Mean category spend per person per month (money).', UNIT.moneyPerMonth),
    // α = 1.16 gives the 80/20 rule: 20% of customers bring 80% of spend (seeds/001)
    paretoAlpha: num(
      1.05,
      10,
      1.16,
      ['Budget Pareto α (1.16 = 80/20)', '预算帕累托 α（1.16 = 80/20）'],
      'Pareto tail of budgets; 1.16 gives the 80/20 rule (seeds/001).',
    ),
  }),
  priceSensitivity: spread(
    5,
    1,
    0.6,
    ['Price sensitivity, mean', '价格敏感度均值', 'Price sensitivity, spread', '价格敏感度离散度'],
    'Mean weight a customer puts on price.',
  ),
  dealSensitivity: spread(
    5,
    1,
    0.8,
    ['Deal sensitivity, mean', '促销敏感度均值', 'Deal sensitivity, spread', '促销敏感度离散度'],
    'Mean weight a customer puts on rewards and promotions.',
  ),
  // habit and learning cost of switching, in utility points
  switchingCost: spread(
    5,
    0.35,
    0.8,
    ['Switching cost, mean', '转换成本均值', 'Switching cost, spread', '转换成本离散度'],
    'Mean habit and learning cost of switching, in utility points.',
    UNIT.utility,
  ),
  // ~25% of mobile users tolerate poor service only to keep their number (seeds/001)
  numberTie: group({
    share: num(
      0,
      1,
      0.25,
      ['Tied to their number', '受号码束缚的比例'],
      'Share of customers tied by their phone number (~25% of mobile users; seeds/001).',
      UNIT.share,
    ),
    cost: num(
      0,
      5,
      1.2,
      ['Cost of losing the number', '丢失号码的成本'],
      'Switching cost of losing the number, utility points (removed by number portability).',
      UNIT.utility,
    ),
  }),
  expectation: spread(
    5,
    3.7,
    0.03,
    ['Expectation, mean', '预期质量均值', 'Expectation, spread', '预期质量离散度'],
    'Mean initial expected quality, on the 1–5 quality scale.',
    UNIT.qualityScale,
  ),
  kinshipShare: num(
    0,
    0.5,
    0,
    ['Kinship share (0 = off)', '亲缘顾客比例（0 = 关闭）'],
    'Share of customers tied to the firm they start with by family or staff (kinship loyalty).',
    UNIT.share,
  ),
});
