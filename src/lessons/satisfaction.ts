// Lesson: satisfaction is not loyalty (scenarios/default.json). Directions stated here are
// those tested in test/unit/model/emergent.test.ts ("satisfaction and loyalty in a competitive
// market"); everything else is asked of the chart.
import type { Lesson } from './types.ts';

export const satisfactionLesson: Lesson = {
  id: 'satisfaction-not-loyalty',
  scenario: 'default',
  title: { en: 'Satisfaction is not loyalty', zh: '满意不等于忠诚' },
  summary: {
    en: 'Three similar firms compete. Most customers are satisfied, yet many still leave. Why?',
    zh: '三家相似的企业相互竞争。大多数顾客是满意的，但仍有很多人离开。为什么？',
  },
  cards: [
    {
      period: 0,
      chart: 'satisfaction',
      concepts: ['satisfaction', 'loyalty'],
      title: { en: 'Two different things', zh: '两件不同的事' },
      body: {
        en: 'Satisfaction is an attitude: how well what customers got matches what they expected. Loyalty is behaviour: buying again and again. In this lesson you will watch 20,000 simulated customers and check whether the satisfied ones really stay. Press Continue to start the run; it will pause when there is something to look at.',
        zh: '满意是一种态度：顾客得到的与其预期相比如何。忠诚是一种行为：一次又一次地购买。在本课中，你将观察 2 万名模拟顾客，检验满意的顾客是否真的会留下。按“继续”开始运行；有值得观察的内容时，运行会自动暂停。',
      },
    },
    {
      period: 12,
      chart: 'satisfaction',
      concepts: ['zones'],
      title: { en: 'How satisfied are our customers?', zh: '我们的顾客有多满意？' },
      body: {
        en: "The bars show how our customers' satisfaction is spread over the 1–5 scale, coloured by the three Jones–Sasser zones: defection (up to 3.75), indifference (3.75–4.5) and affection (above 4.5).",
        zh: '柱形显示我们的顾客满意度在 1–5 分上的分布，按琼斯（Jones）与萨塞（Sasser）划分的三个区域着色：背叛区（3.75 及以下）、冷淡区（3.75–4.5）和情感区（4.5 以上）。',
      },
      question: {
        kind: 'reflect',
        prompt: {
          en: 'Which zone holds the most customers? Would you call this firm\'s customers "satisfied"?',
          zh: '哪个区域的顾客最多？你会说这家企业的顾客“满意”吗？',
        },
        answer: {
          en: 'Most customers sit above 3.75: on a survey they would tick "satisfied". But the zone of indifference is not safe: only customers above 4.5 are reliably loyal. Keep watching who leaves.',
          zh: '大多数顾客在 3.75 以上：在问卷上他们会选“满意”。但冷淡区并不安全：只有 4.5 以上的顾客才会稳定地保持忠诚。继续观察谁会离开。',
        },
      },
    },
    {
      period: 36,
      chart: 'map',
      concepts: ['jonesSasser', 'mercenary', 'hostage'],
      title: { en: 'Satisfaction × loyalty', zh: '满意度 × 忠诚度' },
      body: {
        en: 'Each dot is one sampled customer: satisfaction across, loyalty up, coloured by its Jones–Sasser class. In this market, a large share of the customers who go to a rival were satisfied when they left.',
        zh: '每个点是一位抽样顾客：横轴为满意度，纵轴为忠诚度，颜色表示其 Jones–Sasser 顾客类型。在这个市场中，转投竞争对手的顾客里有很大一部分在离开时是满意的。',
      },
      question: {
        kind: 'choice',
        prompt: {
          en: 'A customer is satisfied (above 3.75) but stays only for price or habit. What is it called?',
          zh: '一位顾客满意（3.75 以上），但只因价格或习惯而留下。这类顾客叫什么？',
        },
        choices: [
          {
            text: { en: 'An apostle', zh: '信徒' },
            correct: false,
            feedback: { en: 'Apostles are very satisfied and held by value: they stay and recommend.', zh: '信徒非常满意且因价值而留下：他们会留下并推荐。' },
          },
          {
            text: { en: 'A mercenary', zh: '图利型顾客' },
            correct: true,
            feedback: {
              en: 'Right. Mercenaries are satisfied, yet leave as soon as a better deal comes along: satisfaction did not make them loyal.',
              zh: '正确。图利型顾客是满意的，但一有更好的条件就离开：满意没有让他们忠诚。',
            },
          },
          {
            text: { en: 'A hostage', zh: '人质型顾客' },
            correct: false,
            feedback: { en: 'Hostages are dissatisfied but cannot leave: the opposite case.', zh: '人质型顾客不满意却无法离开：正好是相反的情况。' },
          },
        ],
      },
    },
    {
      period: 60,
      chart: 'retention',
      concepts: ['retention'],
      title: { en: 'High retention, still a leak', zh: '保持率很高，仍在流失' },
      body: {
        en: 'Monthly retention looks high. But it compounds: the share of customers still with us after a year is the monthly rate multiplied by itself twelve times.',
        zh: '月保持率看起来很高。但保持率会逐月累乘：一年后仍留下的顾客比例，是月保持率自乘十二次。',
      },
      question: {
        kind: 'reflect',
        prompt: {
          en: "Read our monthly retention off the chart (hover over the line). About how many of today's customers will still be ours in a year?",
          zh: '从图中读出我们的月保持率（把鼠标移到线上）。一年后，今天的顾客大约还剩多少？',
        },
        answer: {
          en: 'Multiply the rate by itself 12 times. At 96% a month, 0.96¹² ≈ 0.61: about four in ten customers are gone within a year, many of them satisfied.',
          zh: '把保持率自乘 12 次。若月保持率为 96%，0.96¹² ≈ 0.61：一年内约十分之四的顾客流失，其中很多人是满意的。',
        },
      },
    },
    {
      period: 84,
      chart: 'nps',
      concepts: ['nps'],
      title: { en: 'Net Promoter Score', zh: '净推荐值' },
      body: {
        en: 'Customers who would recommend us (9–10) are promoters, 7–8 passives, 0–6 detractors. NPS is the share of promoters minus the share of detractors.',
        zh: '愿意推荐我们的顾客（9–10 分）是推荐者，7–8 分是被动者，0–6 分是贬损者。NPS 等于推荐者比例减去贬损者比例。',
      },
      question: {
        kind: 'choice',
        prompt: {
          en: '50% of customers are promoters, 35% passives and 15% detractors. What is the NPS?',
          zh: '50% 的顾客是推荐者，35% 是被动者，15% 是贬损者。NPS 是多少？',
        },
        choices: [
          {
            text: { en: '35', zh: '35' },
            correct: true,
            feedback: { en: 'Right: 50 − 15 = 35. Passives do not count.', zh: '正确：50 − 15 = 35。被动者不计入。' },
          },
          {
            text: { en: '50', zh: '50' },
            correct: false,
            feedback: { en: 'That is only the promoters; subtract the detractors.', zh: '这只是推荐者；还要减去贬损者。' },
          },
          {
            text: { en: '85', zh: '85' },
            correct: false,
            feedback: { en: 'Passives are not added: NPS = promoters − detractors.', zh: '被动者不相加：NPS = 推荐者 − 贬损者。' },
          },
        ],
      },
    },
    {
      period: 120,
      chart: 'mix',
      concepts: ['loyaltyTypes', 'valueLoyalty'],
      title: { en: 'What keeps customers', zh: '是什么留住了顾客' },
      body: {
        en: 'Satisfied customers are several times as likely to stay as dissatisfied ones, yet satisfaction alone does not hold them: only above 4.5 are customers reliably loyal. The loyalty-type chart shows why each remaining customer stays.',
        zh: '满意的顾客留下的可能性是不满意顾客的好几倍，但仅有满意并不能留住他们：只有满意度高于 4.5 的顾客才会稳定地保持忠诚。忠诚类型图显示了每位留下的顾客为什么留下。',
      },
      question: {
        kind: 'reflect',
        prompt: {
          en: 'If you ran this firm, would you aim for "satisfied" customers or for something more? What?',
          zh: '如果你经营这家企业，你会以“满意”为目标，还是追求更多？是什么？',
        },
        answer: {
          en: 'Aim for complete satisfaction and value loyalty: customers who stay because we are better for them, not because it is a hassle to leave. Satisfaction surveys alone over-state loyalty.',
          zh: '以完全满意和超值忠诚为目标：顾客留下是因为我们对他们更好，而不是因为离开很麻烦。仅靠满意度调查会高估忠诚。',
        },
      },
    },
  ],
};
