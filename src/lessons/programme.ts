// Lesson: a loyalty programme buys incentive loyalty, not trust (scenarios/loyalty-programme.json).
// Tested in test/unit/model/emergent.test.ts: incentive loyalty and retention rise while it
// runs, not after it stops; value loyalty does not rise; profit over the programme is lower.
import type { Lesson } from './types.ts';

export const programmeLesson: Lesson = {
  id: 'loyalty-programme',
  scenario: 'loyalty-programme',
  title: { en: 'Can a loyalty programme buy loyalty?', zh: '忠诚计划能买来忠诚吗？' },
  summary: {
    en: 'We give members 5% back in points from month 24 to month 60. What kind of loyalty does it buy, and at what price?',
    zh: '从第 24 个月到第 60 个月，我们按消费额的 5% 向会员返还积分。它买来的是哪种忠诚？代价是什么？',
  },
  cards: [
    {
      period: 0,
      chart: 'mix',
      concepts: ['loyaltyProgramme', 'incentiveLoyalty'],
      title: { en: 'Points for loyalty', zh: '用积分换忠诚' },
      body: {
        en: 'Loyalty programmes are everywhere. Yet in the UK 83% of shoppers take part and 24% switch, while in Switzerland 15% take part and only 7% switch. Watch what our programme changes.',
        zh: '忠诚计划随处可见。然而英国 83% 的购物者参与、转换率 24%，瑞士参与率 15%、转换率仅 7%。观察我们的计划改变了什么。',
      },
    },
    {
      period: 32,
      chart: 'mix',
      concepts: ['incentiveLoyalty', 'loyaltyTypes'],
      title: { en: 'The programme is running', zh: '计划正在实施' },
      body: {
        en: 'The programme started at month 24. Look at the loyalty-type chart since then.',
        zh: '计划在第 24 个月开始。看看此后的忠诚类型图。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'Which layer appeared when the programme started?', zh: '计划开始后出现了哪一层？' },
        choices: [
          {
            text: { en: 'Value loyalty', zh: '超值忠诚' },
            correct: false,
            feedback: {
              en: 'Value loyalty does not grow with the programme: points do not make the service better.',
              zh: '超值忠诚并没有随计划增长：积分不会让服务变好。',
            },
          },
          {
            text: { en: 'Incentive loyalty', zh: '激励忠诚' },
            correct: true,
            feedback: { en: 'Right: customers who would leave if the rewards stopped.', zh: '正确：奖励一停就会离开的顾客。' },
          },
          {
            text: { en: 'Monopoly loyalty', zh: '垄断忠诚' },
            correct: false,
            feedback: { en: 'Two rivals are open; nobody here lacks a choice.', zh: '两个竞争对手都在营业；这里没有人缺乏选择。' },
          },
        ],
      },
    },
    {
      period: 48,
      chart: 'money',
      concepts: ['profit'],
      title: { en: 'What it costs', zh: '代价是什么' },
      body: {
        en: 'The strategy-cost line is the points we give away. Retention rises a little while the programme runs, but every member gets the rewards, including the many who would have bought as much anyway (35.5% of members say so).',
        zh: '策略成本线就是我们送出的积分。计划实施期间保持率略有上升，但所有会员都能得到奖励，包括很多本来就会照样购买的人（35.5% 的会员如此表示）。',
      },
      question: {
        kind: 'reflect',
        prompt: {
          en: 'Does the programme pay for itself? What would you need to compare to know?',
          zh: '这个计划能收回成本吗？要回答这个问题，你需要比较什么？',
        },
        answer: {
          en: 'Profit with the programme against profit in the same market without it. Run both in "Compare strategies", with a variant that sets our loyalty programme reward to 0 (it takes over the scheduled programme; the panel lists the changes it replaces): in this model profit over the programme years is lower with it than without.',
          zh: '比较有计划时的利润与同一市场中没有计划时的利润。在“策略比较”中运行两者：建立一个把我们的“忠诚计划回馈”设为 0 的方案（它取代计划中的忠诚计划；面板会列出被取代的调整）。在本模型中，计划期间有计划的利润低于没有计划时。',
        },
      },
    },
    {
      period: 66,
      chart: 'mix',
      concepts: ['incentiveLoyalty'],
      title: { en: 'The rewards stop', zh: '奖励停止' },
      body: {
        en: 'The programme ended at month 60. Look at the incentive layer now.',
        zh: '计划在第 60 个月结束。现在看看激励忠诚层。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'What happened to incentive loyalty when the programme stopped?', zh: '计划停止后，激励忠诚发生了什么？' },
        choices: [
          {
            text: { en: 'It stayed: members had become loyal', zh: '保持不变：会员已经变得忠诚' },
            correct: false,
            feedback: { en: 'Look again: the layer is gone.', zh: '再看一次：这一层消失了。' },
          },
          {
            text: { en: 'It disappeared, and the retention gain with it', zh: '它消失了，保持率的提升也随之消失' },
            correct: true,
            feedback: { en: 'Right: loyalty bought with rewards lasts as long as the rewards.', zh: '正确：用奖励买来的忠诚只持续到奖励结束。' },
          },
        ],
      },
    },
    {
      period: 84,
      chart: 'mix',
      concepts: ['valueLoyalty', 'trustStages'],
      title: { en: 'Bribery is not trust', zh: '“贿赂”不是信任' },
      body: {
        en: 'The programme did not grow value loyalty and cost more than it earned. Loyalty bought with discounts is not trust: trust is built by quality, repeated satisfaction and personal attention.',
        zh: '计划没有提高超值忠诚，花费也超过了收益。用折扣买来的忠诚不是信任：信任要靠质量、重复的满意和个性化关怀来建立。',
      },
      question: {
        kind: 'reflect',
        prompt: {
          en: 'Think of a loyalty card in your wallet. Would you still shop there without it? Why?',
          zh: '想想你钱包里的一张会员卡（或手机里的会员 App、小程序）。没有它，你还会在那里购物吗？为什么？',
        },
        answer: {
          en: 'If yes, the programme pays you for what you would do anyway (87.5% of members would still shop at the same store). If no, you are an incentive-loyal customer: you leave when the rewards stop.',
          zh: '如果会，那么计划是在为你本来就会做的事付费（87.5% 的会员仍会在同一家店购物）。如果不会，你就是激励忠诚的顾客：奖励一停就离开。',
        },
      },
    },
  ],
};
