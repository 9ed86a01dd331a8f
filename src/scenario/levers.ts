// The firm's strategy levers (MODEL.md §5). One table drives the schema bounds, the
// schedule ("changes") validation, the editor's sliders and the CLI's docs, so a lever is
// declared exactly once.
import type { TimeRule } from './spec/time.ts';

export interface LeverSpec {
  readonly key: LeverKey;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly step: number;
  /** `time`: how the model converts the value to the period length (spec/units.ts); absent for
   *  levers that do not depend on it. */
  readonly unit: { readonly en: string; readonly zh: string; readonly time?: TimeRule };
  readonly label: { readonly en: string; readonly zh: string };
  readonly help: { readonly en: string; readonly zh: string };
}

export const LEVER_KEYS = [
  'quality',
  'price',
  'programme',
  'recoveryRate',
  'recoverySpeed',
  'complaintEncouragement',
  'lockIn',
  'promise',
  'personalisation',
  'focusHighValue',
  'acquisitionSpend',
  'offerRate',
  'offerDiscount',
] as const;

export type LeverKey = (typeof LEVER_KEYS)[number];

const spec = (
  key: LeverKey,
  min: number,
  max: number,
  def: number,
  step: number,
  unit: readonly [string, string],
  en: string,
  zh: string,
  helpEn: string,
  helpZh: string,
): LeverSpec => ({ key, min, max, default: def, step, unit: { en: unit[0], zh: unit[1] }, label: { en, zh }, help: { en: helpEn, zh: helpZh } });

/** A lever stated per month (an amount, spec/units.ts): the model scales it to the period. */
const perMonth = (l: LeverSpec): LeverSpec => ({ ...l, unit: { ...l.unit, time: 'amount' } });

export const LEVERS: readonly LeverSpec[] = [
  spec(
    'quality',
    1,
    5,
    3.8,
    0.05,
    ['points (1–5)', '分（1–5）'],
    'Quality',
    '产品与服务质量',
    'Mean quality delivered, on the same 1–5 scale as expectations. Costs more to make.',
    '平均交付质量，与顾客预期同一量表（1–5）。质量越高，单位成本越高。',
  ),
  spec(
    'price',
    0.2,
    3,
    1,
    0.01,
    ['× market price', '× 市场参考价'],
    'Price',
    '价格',
    'Price index against the market reference price (1 = the reference).',
    '相对市场参考价的价格指数（1 = 参考价）。',
  ),
  spec(
    'programme',
    0,
    0.3,
    0,
    0.005,
    ['share of spend', '占消费比例'],
    'Loyalty programme reward',
    '忠诚计划回馈',
    "Share of a member's spend returned as points or discounts (0 = no programme).",
    '会员消费中以积分或折扣返还的比例（0 = 没有忠诚计划）。',
  ),
  spec(
    'recoveryRate',
    0,
    1,
    0.3,
    0.01,
    ['share of complaints', '占投诉比例'],
    'Complaints resolved',
    '投诉解决率',
    'Share of complaints the firm resolves.',
    '企业解决的投诉比例。',
  ),
  spec(
    'recoverySpeed',
    0,
    1,
    0.3,
    0.01,
    ['share of resolutions', '占已解决投诉比例'],
    'Resolved quickly',
    '快速解决比例',
    'Share of resolved complaints resolved quickly (on first contact).',
    '被快速（首次接触即）解决的投诉比例。',
  ),
  spec(
    'complaintEncouragement',
    1,
    20,
    1,
    0.5,
    ['× base complaint rate', '× 基准投诉率'],
    'Encourage complaints',
    '鼓励投诉',
    'Multiplies how many unhappy customers complain (base: 1 in 25).',
    '提高不满顾客投诉的比例（基准：25 人中 1 人）。',
  ),
  spec(
    'lockIn',
    0,
    3,
    0,
    0.05,
    ['utility points', '效用点'],
    'Lock-in (contracts)',
    '锁定（合同）',
    'Extra switching cost from contracts and lock-in.',
    '合同与锁定带来的额外转换成本。',
  ),
  spec(
    'promise',
    -1,
    1.5,
    0,
    0.05,
    ['points above quality', '高于实际质量的分数'],
    'Promise level',
    '承诺水平',
    'What advertising promises, above (+) or below (−) the quality delivered. Raises expectations.',
    '广告承诺高于（+）或低于（−）实际质量的程度。会抬高顾客预期。',
  ),
  spec(
    'personalisation',
    0,
    1,
    0,
    0.05,
    ['intensity (0–1)', '强度（0–1）'],
    'Personalisation',
    '个性化服务',
    'Personal, prompt service that builds trust; costs per customer served.',
    '建立信任的个性化、及时服务；按所服务的顾客人数计算成本。',
  ),
  spec(
    'focusHighValue',
    0,
    1,
    0,
    0.05,
    ['share aimed at top 20%', '投向前 20% 顾客的比例'],
    'Focus on high-value customers',
    '聚焦高价值顾客',
    'Share of personalisation and recovery effort aimed at the top 20% by spend.',
    '个性化与补救资源集中于消费额前 20% 顾客的比例。',
  ),
  perMonth(
    spec(
      'acquisitionSpend',
      0,
      1e8,
      0,
      100,
      ['money per month', '每月金额'],
      'Acquisition spend',
      '获客支出',
      'Marketing spend per month to win customers new to the category.',
      '每月用于吸引新顾客进入品类的营销支出。',
    ),
  ),
  spec(
    'offerRate',
    0,
    5,
    1,
    0.05,
    ['× market offer rate', '× 市场促销频率'],
    'Poaching offers',
    '抢客促销频率',
    "How often this firm makes offers to other firms' customers.",
    '本企业向其他企业的顾客发出促销的频率。',
  ),
  spec(
    'offerDiscount',
    0,
    0.8,
    0.15,
    0.01,
    ['share off the price', '价格折扣比例'],
    'Offer discount',
    '促销折扣',
    'Discount promised in those offers.',
    '促销中承诺的折扣。',
  ),
];

/** Each lever by its key. Without a prototype, so a name read from a file such as "toString" or
 *  "constructor" finds no lever rather than Object.prototype's member. */
export const LEVER_BY_KEY: Readonly<Record<LeverKey, LeverSpec>> = Object.assign(
  Object.create(null) as object,
  Object.fromEntries(LEVERS.map((l) => [l.key, l])),
) as Record<LeverKey, LeverSpec>;
