// The glossary: the course's concepts in English and Simplified Chinese (terms as in seeds/ and
// MODEL.md; the Chinese terms come from the term table, terms.ts). Charts link here by key (the
// chart registry, src/ui/charts/registry.ts); lesson cards name the entries they explain.

import { TERMS } from './terms.ts';

export interface GlossaryEntry {
  term: { en: string; zh: string };
  body: { en: string; zh: string };
}

export const GLOSSARY = {
  satisfaction: {
    term: { en: 'Satisfaction', zh: '顾客满意（满意度）' },
    body: {
      en: 'How well what a customer experienced meets what they expected, on a 1–5 scale here. It builds up over many purchases (ACSI: expectation, perceived quality and perceived value drive satisfaction). Satisfaction is an attitude; it does not by itself make a customer stay.',
      zh: '顾客实际体验与其预期相比的满足程度，本模型中用 1–5 分表示。它在多次购买中逐步累积形成（ACSI 模型：顾客预期、感知质量和感知价值共同决定满意度）。满意是一种态度，本身并不保证顾客留下。',
    },
  },
  loyalty: {
    term: { en: 'Loyalty', zh: '顾客忠诚' },
    body: {
      en: 'Repeated buying from the same firm over time, together with a preference for it. Loyalty is behaviour; satisfaction is an attitude. A customer can be loyal without being satisfied (a hostage) and satisfied without being loyal (a mercenary).',
      zh: '顾客长期重复向同一企业购买并偏爱它。忠诚是行为，满意是态度。顾客可能不满意却忠诚（人质型顾客），也可能满意却不忠诚（图利型顾客）。',
    },
  },
  expectation: {
    term: { en: 'Expectation', zh: '顾客预期' },
    body: {
      en: 'The quality a customer expects before buying. Past experience, word of mouth and advertising promises set it, and it keeps creeping up. Over-promising raises expectations, so the same quality satisfies less.',
      zh: '顾客购买前对质量的期待。它来自过去的经验、口碑和广告承诺，并且会不断上升。过度承诺会抬高预期，使同样的质量带来更低的满意度。',
    },
  },
  loyaltyTypes: {
    term: { en: 'The five loyalty types', zh: '五种顾客忠诚类型' },
    body: {
      en: 'Why a customer stays: monopoly loyalty (no alternative), inertia loyalty (switching costs or habit), price loyalty (cheapest acceptable option), incentive loyalty (rewards and points) and value loyalty (satisfaction, trust and value beat every alternative). Kinship loyalty (ties to staff) is a sixth, optional type. Only value loyalty is robust. The model finds the type by asking which support, if removed, would make the customer leave.',
      zh: '顾客为什么留下：垄断忠诚（没有其他选择）、惰性忠诚（转换成本或习惯）、价格忠诚（最便宜的可接受选项）、激励忠诚（奖励和积分）和超值忠诚（满意、信任和价值胜过所有替代者）。亲缘忠诚（与员工的关系）是可选的第六种。只有超值忠诚是稳固的。模型通过反事实判断类型：去掉哪一种支撑，顾客就会离开？',
    },
  },
  monopolyLoyalty: {
    term: { en: 'Monopoly loyalty', zh: '垄断忠诚' },
    body: {
      en: 'The customer stays because there is no alternative: a legal monopoly or no rival within reach. It ends the moment an alternative appears.',
      zh: '顾客留下是因为别无选择：法定垄断或附近没有竞争者。一旦出现替代者，这种忠诚就消失。',
    },
  },
  inertiaLoyalty: {
    term: { en: 'Inertia loyalty', zh: '惰性忠诚' },
    body: {
      en: 'The customer stays because switching costs (a contract, a phone number, learning a new system) or habit outweigh what it would gain by switching. It ends when switching becomes free.',
      zh: '顾客留下是因为转换成本（合同、电话号码、学习新系统）或习惯超过了转换的好处。转换变得没有成本时，它就消失。',
    },
  },
  priceLoyalty: {
    term: { en: 'Price loyalty', zh: '价格忠诚' },
    body: {
      en: 'The customer stays because the firm is the cheapest acceptable option. A cheaper offer takes it away.',
      zh: '顾客留下是因为这家企业是最便宜的可接受选择。竞争对手更便宜的促销就能把这位顾客带走。',
    },
  },
  incentiveLoyalty: {
    term: { en: 'Incentive loyalty', zh: '激励忠诚' },
    body: {
      en: 'The customer stays for loyalty-programme rewards, points or promotions. It would leave if the rewards stopped.',
      zh: '顾客留下是为了忠诚计划的奖励、积分或促销。奖励一停止，这位顾客就会离开。',
    },
  },
  valueLoyalty: {
    term: { en: 'Value loyalty', zh: '超值忠诚' },
    body: {
      en: 'The customer stays because satisfaction, trust and the value it receives beat every alternative. The only robust type: it survives price cuts, the end of rewards and free switching.',
      zh: '顾客留下是因为满意、信任和获得的价值胜过所有替代者。这是唯一稳固的类型：降价、奖励停止或转换免费都动摇不了它。',
    },
  },
  kinshipLoyalty: {
    term: { en: 'Kinship loyalty', zh: '亲缘忠诚' },
    body: {
      en: 'The customer stays because of a tie to the firm: employees and their families. It ends with the tie.',
      zh: '顾客因与企业的关系而留下：员工及其家属。关系结束，忠诚也随之结束。',
    },
  },
  jonesSasser: {
    term: { en: 'Jones–Sasser classes', zh: TERMS.jonesSasserClass.zh },
    body: {
      en: 'Satisfaction crossed with loyalty gives six kinds of customer. The rule the model uses (src/model/loyalty.ts), with "held" meaning the customer would stay this period rather than go to its strongest rival: apostle — satisfaction above 4.5 and held by value, kinship or a monopoly; loyalist — above 3.75 and held by value, kinship or a monopoly; mercenary — above 3.75 but held only by price, rewards or switching costs, or not held at all; hostage — 3.75 or below yet held, whatever holds it (a monopoly, switching costs, price, rewards, or every rival looking worse still, so the inspector can show "Value / Hostage"); defector — 3.75 or below and not held, or gone; terrorist — a very dissatisfied ex-customer who keeps spreading bad word of mouth.',
      zh: '琼斯（Jones）与萨塞（Sasser）把满意度与忠诚度交叉，得到六类顾客。模型使用的规则（src/model/loyalty.ts），“被留住”指顾客本期宁愿留下而不转向最强的对手：信徒——满意度高于 4.5，并因价值、亲缘关系或垄断而留下；忠诚型——高于 3.75，并因价值、亲缘关系或垄断而留下；图利型——高于 3.75，但只靠价格、奖励或转换成本留下，或没有被留住；人质型——3.75 及以下却被留住，不论留住的是什么（垄断、转换成本、价格、奖励，或所有对手看起来更差，因此检查器可能显示“超值忠诚 / 人质型”）；流失型——3.75 及以下且没有被留住，或已离开；“恐怖分子”——非常不满意、离开后仍不断传播负面口碑的前顾客。',
    },
  },
  apostle: {
    term: { en: 'Apostle', zh: '信徒' },
    body: {
      en: 'Very satisfied (above 4.5) and held by value, kinship or a monopoly: buys again and recommends the firm to others.',
      zh: '非常满意（4.5 以上），并因价值、亲缘关系或垄断而留下：会再次购买并向他人推荐。',
    },
  },
  mercenary: {
    term: { en: 'Mercenary', zh: `${TERMS.mercenary.zh}顾客` },
    body: {
      en: 'Satisfied (above 3.75), yet held only by price, rewards or switching costs, or not held at all: it switches as soon as a better deal comes. Satisfied customers who still defect are mercenaries (Bain: 65–85% of defectors said they were satisfied).',
      zh: '满意（3.75 以上），但只靠价格、奖励或转换成本留下，或根本没有被留住：一有更好的条件就转换。满意却流失的顾客就是图利型顾客（贝恩：65–85% 的流失顾客自称满意）。',
    },
  },
  hostage: {
    term: { en: 'Hostage', zh: `${TERMS.hostage.zh}顾客` },
    body: {
      en: 'Dissatisfied (3.75 or below) but held, whatever holds it: a monopoly, switching costs, price, rewards, or every rival looking worse still (the inspector then shows "Value / Hostage"). Looks loyal in the retention figures, leaves as soon as it can.',
      zh: '不满意（3.75 及以下）却被留住，不论留住的是什么：垄断、转换成本、价格、奖励，或所有对手看起来更差（此时检查器显示“超值忠诚 / 人质型”）。在保持率数字里看似忠诚，一有机会就离开。',
    },
  },
  loyalist: {
    term: { en: 'Loyalist', zh: `${TERMS.loyalist.zh}顾客` },
    body: {
      en: 'Satisfied (above 3.75) and held by value, kinship or the lack of choice: stays, but is not yet an enthusiastic promoter.',
      zh: '满意（3.75 以上），并因价值、亲缘关系或缺乏选择而留下：会留下，但还不是热情的推荐者。',
    },
  },
  defector: {
    term: { en: 'Defector', zh: `${TERMS.defector.zh}顾客` },
    body: {
      en: 'Dissatisfied (3.75 or below) and not held by anything, or already gone.',
      zh: '不满意（3.75 及以下），且没有任何因素留住这位顾客，或已经离开。',
    },
  },
  terrorist: {
    term: { en: 'Terrorist', zh: TERMS.terrorist.zh },
    body: {
      en: 'A very dissatisfied ex-customer who keeps telling others (about 11 people) how bad the firm is, lowering its reputation long after leaving.',
      zh: '非常不满意的前顾客，离开后仍不断向他人（约 11 人）诉说企业的糟糕，长期损害企业声誉。',
    },
  },
  zones: {
    term: { en: 'Zones of defection, indifference and affection', zh: `${TERMS.defectionZone.zh}、${TERMS.indifferenceZone.zh}与${TERMS.affectionZone.zh}` },
    body: {
      en: 'On the Jones–Sasser curve loyalty is low up to satisfaction 3.75 (zone of defection), only middling between 3.75 and 4.5 (zone of indifference) and reliably high only above 4.5 (zone of affection): "satisfied" is not enough, only "completely satisfied" keeps customers.',
      zh: '在 Jones–Sasser 曲线上，满意度 3.75 及以下时忠诚度很低（背叛区），3.75–4.5 之间一般（冷淡区），只有 4.5 以上才稳定地保持高位（情感区）：仅仅“满意”不够，只有“完全满意”才能留住顾客。',
    },
  },
  cohortSurvival: {
    term: { en: 'Cohort survival', zh: '同期群存续' },
    body: {
      en: 'A cohort is the customers a firm acquired in the same period (the chart groups them by year of acquisition; the customers it had when the run started are a cohort of their own). Its survival curve gives the share still customers at each age, counted customer by customer and without a break: a customer who leaves and comes back starts a new relationship. New customers leave fastest and retention rises with tenure (Reichheld), so a firm that loses its new customers early leaks even when its overall retention looks fine. Cohorts acquired late are followed as far as the run goes; the curve pools them by the product-limit (Kaplan–Meier) rule.',
      zh: '同期群是企业在同一期获客的顾客（图中按获客年份分组；运行开始时已有的顾客单独成为一个同期群）。存续曲线给出每个“年龄”上仍是顾客的比例，逐个顾客计算，且不得中断：离开后又回来的顾客算作新的关系。新顾客流失最快，顾客保持率随关系时长上升（Reichheld），所以早期流失新顾客的企业，即使总体保持率看起来不错，也像一只漏水的桶。后期获客的同期群只跟踪到运行结束；曲线按乘积极限法（Kaplan–Meier）汇总。',
    },
  },
  satisfactionRetention: {
    term: { en: 'Satisfaction and retention (the Jones–Sasser curve)', zh: `满意度与${TERMS.retention.zh}（琼斯与萨塞曲线）` },
    body: {
      en: "The share of customers in each satisfaction band who are still customers, without a break, a year later: the satisfaction → loyalty curve of Jones and Sasser. Bands are a quarter point wide, so the zone limits 3.75 and 4.5 are band edges. In their data loyalty stays low through the zone of defection, is only middling in the zone of indifference and rises steeply above 4.5. In the model the curve is not written in: it follows from the customers' choices.",
      zh: `各满意度区间的顾客一年后仍（不间断地）是顾客的比例：琼斯与萨塞的满意—忠诚曲线。区间宽 0.25 分，区域界限 3.75 和 4.5 正好是区间的边界。在他们的数据中，忠诚在${TERMS.defectionZone.zh}一直很低，在${TERMS.indifferenceZone.zh}一般，超过 4.5 才陡然上升。模型没有预先写入这条曲线：它来自顾客的选择。`,
    },
  },
  trustStages: {
    term: { en: 'Trust stages', zh: '顾客信任的阶段' },
    body: {
      en: 'Trust grows in three stages: cognitive (knowing the firm is competent), affective (liking and feeling cared for) and behavioural (acting on trust without checking). It is built by repeated satisfaction, personal attention and prompt service, and lost after an ignored complaint; discounts do not build it.',
      zh: '信任分三个阶段发展：认知信任（知道企业有能力）、情感信任（喜欢并感到被关心）和行为信任（无须核实即按信任行事）。它由重复的满意、个性化关怀和及时服务建立，被忽视的投诉会让它流失；折扣建立不了信任。',
    },
  },
  switchingCost: {
    term: { en: 'Switching cost', zh: '转换成本' },
    body: {
      en: 'What a customer gives up by changing provider: contract penalties, learning a new system, losing a phone number, habit. About 25% of mobile users tolerate poor service only to keep their number; number portability removes that cost overnight.',
      zh: '顾客更换供应商要付出的代价：合同违约金、学习新系统、失去电话号码、习惯等。约 25% 的手机用户只为保留号码而忍受差劲的服务；携号转网一夜之间消除了这一成本。',
    },
  },
  constrainedLoyalty: {
    term: { en: 'L = O·f(S): constrained loyalty', zh: 'L = O·f(S)：受约束的忠诚' },
    body: {
      en: 'Loyalty L follows satisfaction S only as far as customers are free to choose. O (0–1) is the effect of legal, technical, geographic and knowledge constraints: with O = 1 customers choose freely; as O falls, loyalty is held by constraints, not satisfaction.',
      zh: '忠诚 L 只在顾客能自由选择的范围内取决于满意 S。O（0–1）代表法律、技术、地理和知识等约束的作用：O = 1 时顾客可自由选择；O 越小，忠诚越是靠约束而非满意来维持。',
    },
  },
  retention: {
    term: { en: 'Retention rate', zh: TERMS.retention.zh },
    body: {
      en: "The share of a firm's customers at the start of a period who are still its customers at the end. Its complement is churn. A 5% rise in retention can lift profit by 25–85%.",
      zh: '期初是企业顾客、期末仍是其顾客的比例。其反面是流失率。保持率提高 5%，利润可提高 25–85%。',
    },
  },
  churn: {
    term: { en: 'Churn and acquisition', zh: `流失与${TERMS.acquisition.zh}` },
    body: {
      en: 'Churn: customers who left this period, to a rival or out of the category. Acquisition: customers who joined, won from rivals or new to the category.',
      zh: '流失：本期离开的顾客，转向竞争对手或退出该品类。获客：本期加入的顾客，从竞争对手处赢得或新进入该品类。',
    },
  },
  leakyBucket: {
    term: { en: 'The leaky bucket', zh: '漏桶理论' },
    body: {
      en: 'A firm that spends on winning new customers while old ones drain away is pouring water into a leaky bucket. Winning a new customer costs several times as much as keeping one: fix the leak first.',
      zh: '一边花钱争取新顾客、一边让老顾客流失的企业，就像往漏桶里倒水。争取一个新顾客的成本是留住一个老顾客的好几倍：先把漏洞补上。',
    },
  },
  nps: {
    term: { en: 'Net Promoter Score (NPS)', zh: '净推荐值（NPS）' },
    body: {
      en: 'Customers rate how likely they are to recommend the firm from 0 to 10. Promoters answer 9–10, passives 7–8, detractors 0–6. NPS = % promoters − % detractors, from −100 to +100.',
      zh: '顾客用 0–10 分评价向他人推荐该企业的可能性。9–10 分为推荐者，7–8 分为被动者，0–6 分为贬损者。NPS = 推荐者百分比 − 贬损者百分比，范围 −100 到 +100。',
    },
  },
  marketShare: {
    term: { en: 'Market share and wallet share', zh: '市场份额与客户占有率' },
    body: {
      en: "Market share: a firm's share of the customers in the category. Wallet share (customer share): the share of one customer's spending in the category that goes to the firm. A loyal customer spends more of its wallet with you.",
      zh: '市场份额：企业在该品类顾客中所占的比例。客户占有率（钱包份额）：某位顾客在该品类的支出中流向该企业的比例。忠诚的顾客会把更多的钱花在你这里。',
    },
  },
  walletShare: {
    term: { en: 'Wallet share (customer share)', zh: '客户占有率（钱包份额）' },
    body: {
      en: "The share of a customer's spending in the category that goes to one firm. Loyal, trusting customers give a firm more of their wallet, not just their custom.",
      zh: '顾客在该品类的支出中流向某家企业的比例。忠诚、信任企业的顾客不只是光顾，还会把更多的钱花在这家企业。',
    },
  },
  perceivedValue: {
    term: { en: 'Perceived quality and perceived value', zh: '感知质量与感知价值' },
    body: {
      en: 'Perceived quality is how good the product and service seem to the customer this time. Perceived value weighs everything the customer gets (product, service, staff, image) against everything it gives (money, time, effort). Both drive satisfaction (ACSI).',
      zh: '感知质量是顾客这一次感受到的产品和服务好坏。感知价值是顾客得到的一切（产品、服务、人员、形象）与付出的一切（金钱、时间、精力、体力）之比。两者共同驱动满意度（ACSI）。',
    },
  },
  wordOfMouth: {
    term: { en: 'Word of mouth', zh: '口碑' },
    body: {
      en: "Promoters recommend the firm and bring new customers; a dissatisfied customer tells about 11 others, and what they hear lowers the firm's appeal.",
      zh: '推荐者会推荐企业并带来新顾客；一位不满意的顾客会告诉约 11 个人，他们听到的话会降低企业的吸引力。',
    },
  },
  switchingFlows: {
    term: { en: 'Switching flows', zh: TERMS.switchingFlows.zh },
    body: {
      en: 'How many customers moved from each firm to each other firm (or out of the category) over the run. Large flows between firms show where mercenaries and freed hostages go.',
      zh: '运行期间从每家企业流向其他企业（或退出品类）的顾客数量。企业之间的大量流动显示图利型顾客和被释放的“人质”去了哪里。',
    },
  },
  profit: {
    term: { en: 'Revenue, strategy cost and profit', zh: '收入、策略成本与利润' },
    body: {
      en: 'Revenue less the cost of goods and of the strategy (programme rewards, complaint handling, personal service, acquisition spend). Keeping customers longer raises profit: a 5% rise in retention lifts profit by 25–85%.',
      zh: '收入减去商品成本和策略成本（计划奖励、投诉处理、个性化服务、获客支出）。留住顾客更久会提高利润：保持率提高 5%，利润提高 25–85%。',
    },
  },
  clv: {
    term: { en: 'Customer lifetime value (CLV)', zh: '顾客终身价值（CLV）' },
    body: {
      en: 'The profit a customer brings over its whole relationship with the firm. Loyal customers are worth far more than one purchase suggests: a pizza lover about $8,000, a Cadillac owner about $332,000.',
      zh: '顾客在与企业的整个关系期间带来的利润。忠诚顾客的价值远超一次购买：一位比萨爱好者约 8000 美元，一位凯迪拉克车主约 33.2 万美元。',
    },
  },
  pareto: {
    term: { en: 'The 80/20 rule', zh: '80/20 法则' },
    body: {
      en: 'About 20% of customers bring about 80% of the profit. Not every customer is worth the same; scarce resources belong where the value is.',
      zh: '约 20% 的顾客带来约 80% 的利润。并非每位顾客价值都一样；稀缺资源应投向价值所在之处。',
    },
  },
  loyaltyProgramme: {
    term: { en: 'Loyalty programme', zh: '忠诚计划' },
    body: {
      en: 'Points, discounts or rewards for repeat buying. Programmes buy incentive loyalty, not trust: in Switzerland 15% take part and 7% switch; in the UK 83% take part and 24% switch. 35.5% of members would buy as much without the programme.',
      zh: '对重复购买给予积分、折扣或奖励。忠诚计划买到的是激励忠诚，而不是信任：瑞士参与率 15%、转换率 7%；英国参与率 83%、转换率 24%。35.5% 的会员没有计划也会照样购买。',
    },
  },
  serviceRecovery: {
    term: { en: 'Service-recovery paradox', zh: '服务补救悖论' },
    body: {
      en: 'A customer whose complaint is resolved quickly and well can end up more loyal than one who never had a problem. But most unhappy customers never complain, so a firm must invite complaints to get the chance.',
      zh: '投诉被迅速妥善解决的顾客，可能比从未遇到问题的顾客更忠诚。但大多数不满意的顾客从不投诉，所以企业必须鼓励投诉，才有补救的机会。',
    },
  },
  tarp: {
    term: { en: 'TARP complaint figures', zh: `美国 TARP 投诉研究` },
    body: {
      en: 'Only about 1 in 25 dissatisfied customers complains; the rest may leave silently and tell others. Repurchase after a minor problem: 37% if they did not complain, 46% if the complaint was not resolved, 70% if resolved, 95% if resolved quickly (major problems: 9%, 19%, 54%, 82%).',
      zh: '美国 TARP（Technical Assistance Research Programs，技术援助研究项目）的投诉研究发现：大约 25 位不满意的顾客中只有 1 位投诉；其余的可能悄悄离开并告诉别人。小问题后的再购率：未投诉 37%，投诉未解决 46%，已解决 70%，迅速解决 95%（大问题：9%、19%、54%、82%）。',
    },
  },
  loyaltyIndex: {
    term: { en: 'Loyalty index', zh: '忠诚指数' },
    body: {
      en: 'The vertical axis of the satisfaction × loyalty map, from 0 to 1: how strongly a customer prefers staying to going to its strongest rival this period. 0.5 is indifference; above it the customer stays, below it the customer would leave. It is the margin of staying over the best alternative (value, price, rewards, kinship and switching costs weighed together), squeezed into 0–1 as 0.5 + 0.5·m/(1 + |m|); a customer with no rival to go to sits near the top (0.97).',
      zh: '满意度 × 忠诚度图的纵轴，取值 0 到 1：顾客本期留下相对于转向最强对手的偏好强度。0.5 表示无差异；高于 0.5 顾客留下，低于 0.5 顾客会离开。它是留下相对最佳替代选择的差值（价值、价格、奖励、亲缘关系与转换成本合计），按 0.5 + 0.5·m/(1 + |m|) 压缩到 0–1；没有对手可去的顾客位于顶部附近（0.97）。',
    },
  },
  calibration: {
    term: { en: 'Calibration', zh: '校准' },
    body: {
      en: 'Choosing values of the model’s parameters so that its simulated series match observed ones (retention, churn, shares, NPS). The miss is measured in scales (the size of a miss that matters: a point of retention, five of NPS) and minimised over a few free parameters. A fit is only as good as what the data can tell: a parameter whose value hardly changes the fit is not identified by the data, a value at a bound means the data pull it there or beyond, and residuals that keep one sign show a shape the model does not make. Holding out the last periods and predicting them tests the fit out of sample.',
      zh: '选择模型参数的取值，使模拟序列与观测序列（顾客保持率、流失率、份额、净推荐值）相符。偏差以尺度计（有意义的偏差大小：一个百分点的顾客保持率、五个点的净推荐值），并在少数自由参数上求最小。拟合的可信度取决于数据能说明多少：取值几乎不影响拟合的参数无法被数据识别；处于界限上的取值说明数据把它推向界限甚至更远；长期同号的残差说明模型做不出数据的形状。留出最后几期并加以预测，可以检验样本外的拟合。',
    },
  },
  experiment: {
    term: { en: 'Experiment (common random numbers)', zh: '实验（共同随机数）' },
    body: {
      en: 'A question asked of the model as a set of runs: factors (levers or market fields) set to chosen values at each design point, each point run on the same replicates with the same seeds. Because every point meets the same luck, the differences between points are differences of strategy. A sweep varies one factor over evenly spaced levels; a factorial crosses every level of every factor; a Latin hypercube or Sobol sample spreads points over the whole space; Morris screening moves one factor at a time.',
      zh: '把一个问题变成一组模型运行：在每个设计点上把若干因素（杠杆或市场字段）设为选定的值，每个设计点都用相同的随机种子运行同样的重复。每个设计点遇到的“运气”相同，所以设计点之间的差异来自策略。单因素扫描在等距水平上改变一个因素；全因子设计组合每个因素的每个水平；拉丁超立方或 Sobol 抽样把设计点铺满整个空间；Morris 筛选每次只移动一个因素。',
    },
  },
  breakEven: {
    term: { en: 'Response curve and break-even', zh: '响应曲线与盈亏平衡点' },
    body: {
      en: 'How an output (say discounted profit) responds to one factor: the mean across replicates at each level, with the band where the middle 90% of single runs fall. The break-even point is where the curve crosses a chosen level, such as the profit without the programme: read between two levels by straight-line interpolation. If the curve stays on one side over the whole range, the honest answer is that it does not break even in that range.',
      zh: '某个输出（例如贴现利润）对一个因素的响应：每个水平上各次重复的平均值，以及中间 90% 的单次运行所在的区间带。盈亏平衡点是曲线穿过所选水平（例如不设忠诚计划时的利润）的位置，在相邻两个水平之间按直线插值读出。如果曲线在整个范围内都在同一侧，如实的回答是：在这个范围内不能实现盈亏平衡。',
    },
  },
  responseSurface: {
    term: { en: 'Heatmap of two factors', zh: '双因素热力图' },
    body: {
      en: 'The mean of one output at every combination of the levels of two factors (a full factorial design), coloured from low to high, with contour lines joining equal values. Where the contours run parallel to one axis, only the other factor matters; where they bend, the two factors interact.',
      zh: '在两个因素各水平的每种组合（全因子设计）上，某个输出的平均值，按从低到高着色，并用等值线连接相等的值。等值线与某一坐标轴平行的地方，只有另一个因素起作用；等值线弯曲的地方，两个因素存在交互作用。',
    },
  },
  sensitivity: {
    term: { en: 'Sensitivity (tornado chart)', zh: '敏感性分析（龙卷风图）' },
    body: {
      en: 'Which factors move an output, largest first. Morris elementary effects: μ* is the mean size of the change in the output when one factor moves across its range (per unit of the range), σ the spread of those changes (large σ: interactions or a curved response). For a Latin hypercube or Sobol sample, the first-order index S1 is the share of the output’s variance that the factor explains on its own. Screening, not a forecast: use it to choose which levers to study closely.',
      zh: '哪些因素会改变输出，按影响从大到小排列。Morris 基本效应：μ* 是某个因素在其范围内移动时输出变化的平均幅度（按范围的单位计），σ 是这些变化的离散程度（σ 大：存在交互作用或非线性响应）。对拉丁超立方或 Sobol 抽样，一阶指数 S1 是该因素单独解释的输出方差比例。这是筛选而不是预测：用它来决定哪些杠杆值得深入研究。',
    },
  },
  policyOptimisation: {
    term: { en: 'Policy optimisation', zh: '策略优化' },
    body: {
      en: 'A search (Nelder–Mead from several starts) for the lever settings that maximise an objective, such as discounted profit, optionally subject to constraints such as a minimum retention. Every candidate runs on the same replicates. The best found is partly lucky, so it is reported from fresh replicates the search never saw, with a 90% interval; runner-ups whose difference from the best is not clear of zero are listed as indistinguishable.',
      zh: '从多个起点用 Nelder–Mead 方法搜索使目标（例如贴现利润）最大的杠杆设置，可以附加约束（例如最低顾客保持率）。每个候选方案都在相同的重复上运行。搜索找到的最优方案部分靠运气，所以用搜索从未用过的新重复来报告它，并给出 90% 区间；与最优方案之差的区间包含 0 的次优方案列为无法区分。',
    },
  },
  cohortBands: {
    term: { en: 'Cohort curves across replicates', zh: '各次重复的同期群曲线' },
    body: {
      en: 'In a comparison, each replicate gives its own cohort survival curve (the product-limit share of a group of cohorts still customers at each age) and its own satisfaction → retention curve (the share of each satisfaction band kept a year later). The chart shows, per variant, the mean of those curves over the replicates and a 90% band: either where 90% of single runs fall (5th–95th percentile) or the confidence interval of the mean, as chosen for the comparison. A replicate with no customers at an age or in a band gives no value there; it is left out, not counted as 0, and where no replicate has a value the curve stops.',
      zh: `在比较中，每次重复都有自己的同期群存续曲线（一组同期群在各“年龄”上仍是顾客的比例，按乘积极限法计算）和满意度→${TERMS.retention.zh}曲线（各满意度区间一年后仍是顾客的比例）。图中按方案显示这些曲线在各次重复上的均值及 90% 区间：或是 90% 的单次运行所在的范围（第 5–95 百分位），或是均值的置信区间，依比较时的选择而定。某次重复在某个年龄或区间没有顾客时，那里没有数值：它被略去而不是记为 0；所有重复都没有数值的地方，曲线就此中断。`,
    },
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryKey = keyof typeof GLOSSARY;
export const GLOSSARY_KEYS = Object.keys(GLOSSARY) as GlossaryKey[];
