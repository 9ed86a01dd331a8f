// Lesson: complaints and the service-recovery paradox (scenarios/service-recovery.json). Tested
// in test/unit/model/emergent.test.ts: good recovery raises the retention of customers who had a
// failure; quickly resolved complainers are kept better than customers who never had a problem.
import type { Lesson } from './types.ts';

export const recoveryLesson: Lesson = {
  id: 'service-recovery',
  scenario: 'service-recovery',
  title: { en: 'Complaints are a gift: service recovery', zh: '投诉是礼物：服务补救' },
  summary: {
    en: 'Things go wrong. From month 12 we invite complaints and fix almost all of them quickly. Can a problem make a customer more loyal?',
    zh: '服务总会出错。从第 12 个月起，我们鼓励投诉并迅速解决几乎所有投诉。出了问题，反而能让顾客更忠诚吗？',
  },
  cards: [
    {
      period: 0,
      chart: 'churn',
      concepts: ['tarp'],
      title: { en: 'The silent majority', zh: '沉默的大多数' },
      body: {
        en: 'Service fails now and then. Only about 1 in 25 unhappy customers complains; the others may leave without a word and tell their friends.',
        zh: '服务时有失误。大约每 25 位不满意的顾客中只有 1 位投诉；其他人可能一声不吭地离开，并告诉他们的朋友。',
      },
      question: {
        kind: 'reflect',
        prompt: { en: 'Why do most unhappy customers never complain?', zh: '为什么大多数不满意的顾客从不投诉？' },
        answer: {
          en: 'It takes time and effort, they do not know where to go, or they expect nothing to change. Leaving is easier, so the firm never learns what went wrong.',
          zh: '投诉要花时间和精力，他们不知道向谁投诉，或者认为什么也不会改变。离开更容易，所以企业永远不知道哪里出了问题。',
        },
      },
    },
    {
      period: 20,
      chart: 'money',
      concepts: ['serviceRecovery', 'profit'],
      title: { en: 'Inviting complaints', zh: '鼓励投诉' },
      body: {
        en: 'Since month 12 we make complaining easy and resolve almost every complaint quickly. Handling complaints costs money: it shows in the strategy-cost line.',
        zh: '从第 12 个月起，我们让投诉变得容易，并迅速解决几乎每一个投诉。处理投诉需要花钱：这体现在策略成本线上。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'We now receive many more complaints. Is that bad news?', zh: '我们现在收到的投诉多了很多。这是坏消息吗？' },
        choices: [
          {
            text: { en: 'Yes: more complaints mean worse service', zh: '是：投诉越多说明服务越差' },
            correct: false,
            feedback: { en: 'The failure rate did not change; we only hear about more of the failures.', zh: '失误率没有变；我们只是听到了更多的失误。' },
          },
          {
            text: { en: 'No: each complaint is a chance to win the customer back', zh: '不是：每一次投诉都是赢回顾客的机会' },
            correct: true,
            feedback: {
              en: 'Right. A silent customer with a problem is at risk; a complaining one can be recovered.',
              zh: '正确。遇到问题却沉默的顾客随时可能流失；投诉的顾客则可以被挽回。',
            },
          },
        ],
      },
    },
    {
      period: 36,
      chart: 'retention',
      concepts: ['tarp'],
      title: { en: 'Who buys again?', zh: '谁会再次购买？' },
      body: {
        en: 'TARP measured how many customers buy again after a minor problem: 37% if they did not complain, 46% if the complaint was not resolved, 70% if it was resolved and 95% if it was resolved quickly. The model uses these rates.',
        zh: '美国 TARP 投诉研究（Technical Assistance Research Programs，技术援助研究项目）统计了小问题后顾客的再购率：未投诉 37%，投诉未解决 46%，已解决 70%，迅速解决 95%。本模型使用了这些比率。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'After a minor problem, who is most likely to buy again?', zh: '遇到小问题后，谁最有可能再次购买？' },
        choices: [
          {
            text: { en: 'A customer who did not complain', zh: '没有投诉的顾客' },
            correct: false,
            feedback: { en: 'Only 37% of them buy again: the lowest.', zh: '他们只有 37% 再次购买：最低。' },
          },
          {
            text: { en: 'A customer whose complaint was resolved quickly', zh: '投诉被迅速解决的顾客' },
            correct: true,
            feedback: { en: 'Right: 95%.', zh: '正确：95%。' },
          },
          {
            text: { en: 'A customer whose complaint was not resolved', zh: '投诉没有解决的顾客' },
            correct: false,
            feedback: { en: '46%: complaining helps a little even without a fix.', zh: '46%：即使没解决，投诉也略有帮助。' },
          },
        ],
      },
    },
    {
      period: 60,
      chart: 'retention',
      concepts: ['serviceRecovery'],
      title: { en: 'The service-recovery paradox', zh: '服务补救悖论' },
      body: {
        en: 'In this model, customers whose complaint was resolved quickly stay more often than customers who never had a problem at all, and good recovery keeps more of the customers who had a failure than poor recovery does.',
        zh: '在本模型中，投诉被迅速解决的顾客比从未遇到问题的顾客更常留下；良好的补救也比补救不力留住更多遇到失误的顾客。',
      },
      question: {
        kind: 'reflect',
        prompt: { en: 'Should a firm then cause problems on purpose? Why not?', zh: '那么企业应该故意制造问题吗？为什么不？' },
        answer: {
          en: 'No: most customers with a problem never complain, so most failures are never recovered, and recovery costs money. The paradox says: when things go wrong, make it easy to complain and fix it fast.',
          zh: '不应该：大多数遇到问题的顾客从不投诉，所以大多数失误得不到补救，而且补救需要成本。这个悖论告诉我们：出错时，要让投诉变得容易，并迅速解决。',
        },
      },
    },
  ],
};
