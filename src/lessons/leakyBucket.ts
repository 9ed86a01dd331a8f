// Lesson: the leaky bucket (scenarios/leaky-bucket.json). Tested in
// test/unit/library/lessons.test.ts: against spending on quality instead, lower retention, fewer
// customers and less profit.
import type { Lesson } from './types.ts';

export const leakyBucketLesson: Lesson = {
  id: 'leaky-bucket',
  scenario: 'leaky-bucket',
  title: { en: 'The leaky bucket', zh: '漏桶' },
  summary: {
    en: 'We spend 40,000 a month on winning new customers while mediocre quality lets old ones drain away.',
    zh: '我们每月投入 4 万元争取新顾客，而平庸的质量让老顾客不断流失。',
  },
  cards: [
    {
      period: 0,
      chart: 'churn',
      concepts: ['leakyBucket', 'churn'],
      title: { en: 'Pouring water into a bucket with a hole', zh: '往有洞的桶里倒水' },
      body: {
        en: "Our quality (3.5) is below the rivals', and we spend heavily on acquisition. The churn chart shows customers flowing out (churned) and in (acquired).",
        zh: '我们的质量（3.5）低于竞争对手，却在获客上大量投入。流失与获客图显示了顾客的流出（流失）和流入（获客）。',
      },
    },
    {
      period: 24,
      chart: 'churn',
      concepts: ['churn'],
      title: { en: 'In and out', zh: '进进出出' },
      body: {
        en: 'Compare the two lines: customers churned and customers acquired each month.',
        zh: '比较两条线：每月流失的顾客数和获客数。',
      },
      question: {
        kind: 'reflect',
        prompt: { en: 'Is the bucket filling up? What do the churned and acquired lines tell you?', zh: '桶在变满吗？流失线和获客线告诉了你什么？' },
        answer: {
          en: 'Much of what acquisition brings in, churn takes out again: the firm pays to win customers only to replace those it loses. The leak, not the tap, decides the level.',
          zh: '获客带来的顾客，很大一部分又被流失带走：企业花钱争取顾客，只是为了替补失去的人。决定水位的是漏洞，而不是水龙头。',
        },
      },
    },
    {
      period: 36,
      chart: 'money',
      concepts: ['profit', 'leakyBucket'],
      title: { en: 'What the tap costs', zh: '水龙头的代价' },
      body: {
        en: 'The acquisition spend appears in the strategy-cost line, every month. Winning a new customer costs several times as much as keeping one.',
        zh: '获客支出每个月都出现在策略成本线上。争取一个新顾客的成本是留住一个老顾客的好几倍。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'Which is usually cheaper?', zh: '通常哪一个更便宜？' },
        choices: [
          {
            text: { en: 'Keeping an existing customer', zh: '留住一位现有顾客' },
            correct: true,
            feedback: { en: 'Right: retention is cheaper than acquisition.', zh: '正确：留住顾客比获客更便宜。' },
          },
          {
            text: { en: 'Winning a new customer', zh: '争取一位新顾客' },
            correct: false,
            feedback: { en: 'Winning one costs several times as much as keeping one.', zh: '争取一位新顾客的成本是留住一位的好几倍。' },
          },
        ],
      },
    },
    {
      period: 60,
      chart: 'clv',
      concepts: ['clv', 'retention'],
      title: { en: 'Fix the bucket first', zh: '先补桶' },
      body: {
        en: 'A customer who stays longer is worth more over its lifetime. In this model, spending on quality instead of acquisition keeps more customers and earns more profit. Try it: in "Compare strategies", make a variant with no acquisition spend and quality 3.9.',
        zh: '留得越久的顾客，终身价值越高。在本模型中，把钱花在质量上而不是获客上，能留住更多顾客、赚取更多利润。试一试：在“策略比较”中建立一个方案：获客支出设为 0，产品与服务质量设为 3.9。',
      },
      question: {
        kind: 'reflect',
        prompt: { en: 'Why does a higher retention raise lifetime value?', zh: '为什么更高的保持率会提高终身价值？' },
        answer: {
          en: 'Lifetime value adds up the profit of every period a customer stays. Each extra month of retention adds another period of profit.',
          zh: '终身价值是顾客留下的每一期利润之和。顾客每多留一个月，就多贡献一期利润。',
        },
      },
    },
  ],
};
