// Lesson: switching costs and inertia loyalty (scenarios/number-portability.json). Tested in
// test/unit/model/emergent.test.ts: portability frees inertia-loyal hostages; value-loyal
// customers mostly stay.
import type { Lesson } from './types.ts';

export const portabilityLesson: Lesson = {
  id: 'switching-costs',
  scenario: 'number-portability',
  title: { en: 'Switching costs and number portability', zh: '转换成本与携号转网' },
  summary: {
    en: 'About a quarter of mobile subscribers stay only to keep their phone number. What happens when the number can move with them?',
    zh: '约四分之一的手机用户只为保留号码而留下。当号码可以随人转走时，会发生什么？',
  },
  cards: [
    {
      period: 0,
      chart: 'mix',
      concepts: ['switchingCost', 'inertiaLoyalty'],
      title: { en: 'Held by a phone number', zh: '被一个电话号码留住' },
      body: {
        en: 'Changing operator used to mean losing your number: a switching cost. In month 24 regulators make numbers portable and that cost disappears overnight.',
        zh: '过去换运营商就意味着失去号码：这是一种转换成本。第 24 个月，监管机构推行携号转网，这一成本一夜之间消失。',
      },
    },
    {
      period: 18,
      chart: 'mix',
      concepts: ['loyaltyTypes'],
      title: { en: 'Before portability', zh: '携号转网之前' },
      body: {
        en: 'The loyalty-type chart shows why our customers stay. One layer is customers who would leave if switching became free.',
        zh: '忠诚类型图显示我们的顾客为什么留下。其中一层是“如果转换免费就会离开”的顾客。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'Which loyalty type does a switching cost create?', zh: '转换成本造成的是哪种忠诚？' },
        choices: [
          {
            text: { en: 'Inertia loyalty', zh: '惰性忠诚' },
            correct: true,
            feedback: { en: 'Right: they stay because leaving costs more than it gains.', zh: '正确：他们留下是因为离开的代价大于收益。' },
          },
          {
            text: { en: 'Value loyalty', zh: '超值忠诚' },
            correct: false,
            feedback: { en: 'Value-loyal customers would stay even if switching were free.', zh: '超值忠诚的顾客即使转换免费也会留下。' },
          },
          {
            text: { en: 'Incentive loyalty', zh: '激励忠诚' },
            correct: false,
            feedback: { en: 'Incentive loyalty comes from rewards, and this firm runs no programme.', zh: '激励忠诚来自奖励，而这家企业没有忠诚计划。' },
          },
        ],
      },
    },
    {
      period: 30,
      chart: 'churn',
      concepts: ['hostage', 'churn'],
      title: { en: 'The hostages are freed', zh: '“人质”被释放' },
      body: {
        en: 'Numbers became portable at month 24. Dissatisfied customers who stayed only for their number are hostages: now they can go.',
        zh: '第 24 个月起号码可以携带。那些只为号码而留下的不满意顾客是“人质”：现在他们可以离开了。',
      },
      question: {
        kind: 'reflect',
        prompt: {
          en: 'Look at the churn line around month 24, and at the inertia layer in the loyalty-type chart. What do you see?',
          zh: '看第 24 个月前后的流失线，以及忠诚类型图中的惰性层。你看到了什么？',
        },
        answer: {
          en: 'Churn goes up once the number can move, and the inertia layer shrinks: the customers who were held only by the switching cost leave.',
          zh: '号码可以携带后，流失上升，惰性层缩小：仅靠转换成本留住的顾客离开了。',
        },
      },
    },
    {
      period: 60,
      chart: 'mix',
      concepts: ['valueLoyalty', 'switchingCost'],
      title: { en: 'Who stayed?', zh: '谁留了下来？' },
      body: {
        en: 'Customers held by value mostly stayed: the number was never what kept them. Customers held by the switching cost were far more likely to leave.',
        zh: '靠价值留住的顾客大多留下了：号码从来不是留住他们的原因。靠转换成本留住的顾客离开的可能性要大得多。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'What is the lesson for a firm that relies on lock-in?', zh: '对依赖“锁定”的企业，这说明了什么？' },
        choices: [
          {
            text: { en: 'Loyalty held by switching costs disappears with the cost', zh: '靠转换成本维持的忠诚会随成本一起消失' },
            correct: true,
            feedback: { en: 'Right. Hostages look loyal only until they can leave.', zh: '正确。“人质”只在无法离开时才看似忠诚。' },
          },
          {
            text: { en: 'Lock-in is a safe long-term strategy', zh: '锁定是安全的长期策略' },
            correct: false,
            feedback: {
              en: 'Regulators, technology or rivals can remove the cost at any time, as here.',
              zh: '监管、技术或竞争者随时可能消除这一成本，正如本例。',
            },
          },
        ],
      },
    },
  ],
};
