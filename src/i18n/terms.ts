// The Chinese term table: one rendering per domain concept (following seeds/001 and 004 and the
// review in ../shared/zh-terms.md), and the renderings and forms it retires. The legend, the
// glossary and the zone labels read their Chinese from here; lessons, scenario texts, levers,
// field labels and error templates are written in these terms, and test/unit/i18n/terms.test.ts
// fails when any Chinese string of the app uses a retired rendering.

export interface Term {
  readonly en: string;
  readonly zh: string;
  /** Renderings of the same concept that must no longer appear in Chinese text. */
  readonly retired: readonly RegExp[];
}

const term = (en: string, zh: string, ...retired: RegExp[]): Term => ({ en, zh, retired });

export const TERMS = {
  // Jones–Sasser classes: the 型 series of seed 001 (忠诚型、图利型、人质型、流失型).
  apostle: term('Apostle', '信徒'),
  loyalist: term('Loyalist', '忠诚型', /忠诚者/),
  mercenary: term('Mercenary', '图利型', /图利者/),
  // 「人质」 in quotes is fine in running text; bare 人质 is the class and takes 型.
  hostage: term('Hostage', '人质型', /(?<!“)人质(?![型”])/),
  defector: term('Defector', '流失型', /叛逃者/, /流失者/),
  // Seed 004 always writes it in quotes.
  terrorist: term('Terrorist', '“恐怖分子”', /(?<!“)恐怖分子|恐怖分子(?!”)/, /暴徒/),
  jonesSasserClass: term('Jones–Sasser class', 'Jones–Sasser 顾客类型', /Jones–Sasser (类型|类别|顾客分类)/),
  jonesSasser: term('Jones and Sasser', '琼斯与萨塞', /Jones (和|与) Sasser/),
  defectionZone: term('Zone of defection', '背叛区'),
  // 冷漠 reads as callous; seed 004's 「无所谓」区域 is the idea.
  indifferenceZone: term('Zone of indifference', '冷淡区', /冷漠区/),
  affectionZone: term('Zone of affection', '情感区'),
  // 客户 only in the fixed term 客户占有率 (wallet share, seed 004).
  customer: term('Customer', '顾客', /客户(?!占有率)/),
  walletShare: term('Wallet share', '客户占有率'),
  retention: term('Retention rate', '顾客保持率', /保留率|保留比获取|顾客保留/),
  acquisition: term('Acquisition', '获客', /获取/, /^获得$/, /获得新?顾客/),
  acquisitionSpend: term('Acquisition spend', '获客支出', /获客投入/),
  switchingFlows: term('Switching flows', '顾客转移流向', /转换流向|顾客转移流(?!向)/),
  expectation: term('Expectation', '预期', /期望/),
  deregulation: term('Deregulation', '放松管制', /放开管制/),
  // Seed 001: 法律、技术、地理和知识约束条件.
  constraint: term('Constraint', '约束', /信息等?(限制|约束)/, /靠限制/),
  offer: term("A rival's offer", '促销', /报价/, /挖角/),
  totalProfit: term('Total profit', '总利润'),
  lessonPoint: term('The lesson (meta.lesson)', '启示', /本课要点/),
  product: term('Loyalty Lab', '忠诚实验室', /Loyalty Lab/),
  seed: term('Seed', '随机种子', /(?<!随机)种子/),
  incumbent: term('Incumbent', '原垄断企业', /在位企业/),
  entrant: term('Entrant', '新进入者'),
  programme: term('Loyalty programme', '忠诚计划'),
  // 计费 is billing the customer; the lever's cost falls on the firm.
  cost: term('Cost to the firm', '成本', /计费/),
} as const satisfies Record<string, Term>;

export type TermKey = keyof typeof TERMS;

/** Forms, not concepts: mainland quotes, 第 N 个月, 万 instead of thousands separators, no
 *  English field keys inside Chinese sentences. */
export const RETIRED_FORMS: readonly { readonly pattern: RegExp; readonly use: string }[] = [
  { pattern: /[「」『』]/, use: '“…” (mainland quotes)' },
  { pattern: /"/, use: '“…” (not ASCII quotes)' },
  { pattern: /第\s*(?:\d+|\{\w+\})\s*月/, use: '第 N 个月' },
  { pattern: /[月周期]\s+\{?\w*\d/, use: '第 N 个月 / 第 N 周 / 第 N 期' },
  { pattern: /\d{1,3}(?:,\d{3})+/, use: '万 / 亿 (2 万, not 20,000)' },
  { pattern: /initialShare/, use: '初始份额' },
  { pattern: /复合的|可靠地/, use: '逐月累乘 / 稳定地' },
];

export interface Retired {
  readonly found: string;
  readonly use: string;
}

/** Every retired rendering or form in one Chinese string. */
export function retiredIn(text: string): Retired[] {
  const out: Retired[] = [];
  for (const t of Object.values(TERMS) as Term[])
    for (const re of t.retired) {
      const m = re.exec(text);
      if (m) out.push({ found: m[0], use: t.zh });
    }
  for (const f of RETIRED_FORMS) {
    const m = f.pattern.exec(text);
    if (m) out.push({ found: m[0], use: f.use });
  }
  return out;
}
