// How customers judge, remember, trust and decide (MODEL.md §2–3).
import { group, num } from './field.ts';
import { UNIT } from './units.ts';

export const BEHAVIOUR = group({
  // satisfaction when quality just meets expectation (zone of indifference)
  baseSatisfaction: num(
    1,
    5,
    3.8,
    ['Satisfaction when expectations are met', '预期恰好满足时的满意度'],
    'Satisfaction (1–5) when quality just meets expectation.',
    UNIT.satisfaction,
  ),
  satisfactionMemory: num(
    0.01,
    1,
    0.3,
    ['Satisfaction memory', '满意度记忆'],
    "Weight of the newest month's experience in cumulative satisfaction (0–1): the share of the gap to it closed in a month.",
    UNIT.gapPerMonth,
  ),
  disconfirmationWeight: num(
    0,
    5,
    1.2,
    ['Weight of quality − expectation', '质量与预期差距的权重'],
    'Satisfaction points per quality point above or below expectation.',
  ),
  priceWeightInSatisfaction: num(
    0,
    5,
    0.8,
    ['Weight of price in satisfaction', '价格对满意度的权重'],
    'Satisfaction lost per unit of price index above the market, times price sensitivity.',
  ),
  expectationAdaptation: num(
    0,
    1,
    0.08,
    ['Expectation adaptation', '预期适应速度'],
    'Share of the gap to experience and the market norm that expectations close each month.',
    UNIT.gapPerMonth,
  ),
  // "expectations keep rising" (seeds/002), points per month
  expectationDrift: num(
    -0.25,
    0.25,
    0.002,
    ['Expectation drift per month', '每月预期上升'],
    'Points expectations rise every month regardless ("expectations keep rising"; seeds/002).',
    UNIT.qualityPerMonth,
  ),
  qualityNoise: num(
    0,
    2,
    0.5,
    ['Quality noise', '感知质量噪声'],
    'Standard deviation of perceived quality from one month to the next. Other period lengths get the noise that leaves satisfaction the spread it has with months: less for a quarter or a year (its experience averages its months), more for a week or a day.',
    UNIT.quality,
  ),
  // a price far below the market signals poor quality (seeds/002, the watch example)
  cheapSignal: num(
    0,
    5,
    1.5,
    ['"Too cheap" signal', '“过于便宜”信号'],
    'Quality points lost per unit of price below 85% of the market (cheap reads as poor; seeds/002).',
  ),
  trustGain: num(0, 5, 0.5, ['Trust gain', '信任增长'], 'Rate per month trust grows above satisfaction 4.25, per point above it.', UNIT.rate),
  trustLoss: num(0, 5, 1, ['Trust loss', '信任损失'], 'Rate per month trust erodes below satisfaction 3.75, per point below it.', UNIT.rate),
  offerRate: num(
    0,
    1,
    0.06,
    ['Competitor offer rate', '竞争对手促销频率'],
    "Chance per month a customer hears an offer from a given rival (times the rival's offerRate lever).",
    UNIT.chance,
  ),
  searchRate: num(
    0,
    5,
    1,
    ['Search rate when unhappy', '不满时主动搜寻概率'],
    'Searches a month of a customer at satisfaction 1 (at most one a period; the chance falls linearly to 0 at the search threshold). A rate, not a chance: a period of L months has L times it, so 1 a month is about a quarter a week.',
    UNIT.intensity,
  ),
  searchThreshold: num(
    1,
    5,
    4.2,
    ['Search below satisfaction', '满意度低于此值时搜寻'],
    'Satisfaction below which customers start searching; the chance rises linearly below it.',
    UNIT.satisfaction,
  ),
  decisionNoise: num(
    0,
    3,
    0.35,
    ['Decision noise', '决策噪声'],
    'Standard deviation of the random part of a switching decision, utility points.',
    UNIT.utility,
  ),
  // idiosyncratic fit between a customer and each firm, ± this many quality points
  matchSpread: num(
    0,
    3,
    1.2,
    ['Customer–firm fit spread', '顾客与企业匹配差异'],
    'Fit between a customer and each firm, uniform on ± this many quality points.',
    UNIT.quality,
  ),
  // share of would-be defectors who can do without the category when no rival is open to them
  doWithout: num(
    0,
    1,
    0.1,
    ['Can do without the category', '可放弃该品类的比例'],
    'Share of would-be defectors who leave the category when no rival is open to them.',
    UNIT.share,
  ),
  leaveCategoryRate: num(
    0,
    1,
    0.002,
    ['Leave the category per month', '每月离开品类概率'],
    'Chance per month a customer leaves the category for reasons of its own (moving, life events).',
    UNIT.chance,
  ),
  entryRate: num(0, 1, 0.01, ['Enter the category per month', '每月进入品类概率'], 'Chance per month a prospect enters the category by itself.', UNIT.chance),
  weights: group({
    satisfaction: num(
      0,
      10,
      1.5,
      ['Weight: satisfaction', '权重：满意度'],
      'Weight of satisfaction against expected satisfaction elsewhere, in the switching decision.',
    ),
    trust: num(0, 10, 2.5, ['Weight: trust', '权重：信任'], 'Weight of trust (0–1) in the switching decision.'),
    price: num(0, 10, 3, ['Weight: price', '权重：价格'], 'Weight of a price difference (times price sensitivity) in the switching decision.'),
    incentive: num(0, 50, 5, ['Weight: incentive', '权重：激励'], 'Weight of programme rewards at stake (times deal sensitivity) in the switching decision.'),
    kinship: num(0, 10, 2.0, ['Weight: kinship', '权重：亲缘'], 'Utility of a kinship tie.', UNIT.utility),
  }),
});
