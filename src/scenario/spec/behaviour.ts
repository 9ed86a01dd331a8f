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
  satisfactionMemory: num(0.01, 1, 0.3, ['Satisfaction memory', '满意度记忆'], 'Weight of the newest experience in cumulative satisfaction (0–1).'),
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
    'Share of the gap to experience and the market norm that expectations close each period.',
    UNIT.rate,
  ),
  // "expectations keep rising" (seeds/002), points per period
  expectationDrift: num(
    -0.05,
    0.05,
    0.002,
    ['Expectation drift per period', '每期预期上升'],
    'Points expectations rise every period regardless ("expectations keep rising"; seeds/002).',
    UNIT.quality,
  ),
  qualityNoise: num(0, 2, 0.5, ['Quality noise', '感知质量噪声'], 'Standard deviation of perceived quality from one period to the next.', UNIT.quality),
  // a price far below the market signals poor quality (seeds/002, the watch example)
  cheapSignal: num(
    0,
    5,
    1.5,
    ['"Too cheap" signal', '“过于便宜”信号'],
    'Quality points lost per unit of price below 85% of the market (cheap reads as poor; seeds/002).',
  ),
  trustGain: num(0, 1, 0.5, ['Trust gain', '信任增长'], 'Rate trust grows above satisfaction 4.25.', UNIT.rate),
  trustLoss: num(0, 1, 1, ['Trust loss', '信任损失'], 'Rate trust erodes below satisfaction 3.75.', UNIT.rate),
  offerRate: num(
    0,
    1,
    0.06,
    ['Competitor offer rate', '竞争对手促销频率'],
    "Chance per period a customer hears an offer from a given rival (times the rival's offerRate lever).",
    UNIT.chance,
  ),
  searchRate: num(
    0,
    1,
    1,
    ['Search rate when unhappy', '不满时主动搜寻概率'],
    'Chance per period a customer at satisfaction 1 searches for a rival on its own.',
    UNIT.chance,
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
    0.5,
    0.002,
    ['Leave the category per period', '每期离开品类概率'],
    'Chance per period a customer leaves the category for reasons of its own (moving, life events).',
    UNIT.chance,
  ),
  entryRate: num(
    0,
    0.5,
    0.01,
    ['Enter the category per period', '每期进入品类概率'],
    'Chance per period a prospect enters the category by itself.',
    UNIT.chance,
  ),
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
