// Lesson: trust stages and value loyalty (scenarios/trust-personalisation.json). Tested in
// test/unit/library/lessons.test.ts: against no change, higher trust, a larger behavioural-stage
// share, more value loyalty and higher retention.
import type { Lesson } from './types.ts';

export const trustLesson: Lesson = {
  id: 'trust-stages',
  scenario: 'trust-personalisation',
  title: { en: 'Earning trust, stage by stage', zh: '一步步赢得信任' },
  summary: {
    en: 'From month 12 we raise quality a little and serve customers personally and promptly. How does trust grow?',
    zh: '从第 12 个月起，我们略微提高质量，并提供个性化、及时的服务。信任是如何增长的？',
  },
  cards: [
    {
      period: 0,
      chart: 'trust',
      concepts: ['trustStages'],
      title: { en: 'Three stages of trust', zh: '信任的三个阶段' },
      body: {
        en: 'Trust starts as cognitive trust (I know they can do the job), grows into affective trust (I like them; they care about me) and ends in behavioural trust (I buy without checking the alternatives). The trust chart counts our customers at each stage.',
        zh: '信任从认知信任开始（我知道他们能做好），发展为情感信任（我喜欢他们；他们关心我），最终成为行为信任（我不比较其他选择就购买）。信任图统计了我们处于各阶段的顾客数。',
      },
    },
    {
      period: 12,
      chart: 'trust',
      concepts: ['trustStages', 'satisfaction'],
      title: { en: 'Before the change', zh: '改变之前' },
      body: {
        en: 'Note where the three lines are now. From this month on, quality rises and customers get personal attention.',
        zh: '记下三条线现在的位置。从本月起，质量提高，顾客得到个性化关怀。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'Which of these builds trust?', zh: '下列哪一项能建立信任？' },
        choices: [
          {
            text: { en: 'A bigger discount', zh: '更大的折扣' },
            correct: false,
            feedback: { en: 'Discounts buy price or incentive loyalty, not trust.', zh: '折扣买来的是价格忠诚或激励忠诚，而不是信任。' },
          },
          {
            text: { en: 'Satisfaction repeated over time, with personal and prompt service', zh: '长期重复的满意，加上个性化和及时的服务' },
            correct: true,
            feedback: { en: 'Right: trust grows from experience, one good period after another.', zh: '正确：信任来自体验，一期又一期的良好体验。' },
          },
          {
            text: { en: 'A higher switching cost', zh: '更高的转换成本' },
            correct: false,
            feedback: { en: 'That creates inertia loyalty and hostages, not trust.', zh: '那只会造成惰性忠诚和“人质”，而不是信任。' },
          },
        ],
      },
    },
    {
      period: 36,
      chart: 'trust',
      concepts: ['trustStages'],
      title: { en: 'Trust moves up', zh: '信任在上升' },
      body: {
        en: 'Compare the trust chart with what you noted at month 12.',
        zh: '把信任图与你在第 12 个月记下的情况作比较。',
      },
      question: {
        kind: 'reflect',
        prompt: { en: 'Which stage has grown since month 12? Why does trust take time?', zh: '自第 12 个月以来，哪个阶段增长了？为什么信任需要时间？' },
        answer: {
          en: 'Behavioural trust has grown. Trust builds only from experience: each satisfying period adds a little, so it climbs stage by stage over months, and a single ignored complaint can set it back.',
          zh: '行为信任增长了。信任只能从体验中建立：每一期满意的体验增加一点，因此它要经过数月才能逐级上升，而一次被忽视的投诉就可能让它倒退。',
        },
      },
    },
    {
      period: 60,
      chart: 'mix',
      concepts: ['valueLoyalty', 'profit'],
      title: { en: 'Value loyalty is earned', zh: '超值忠诚是赢来的' },
      body: {
        en: 'Compared with the same market without the change, trust, value loyalty and retention are all higher. It is not free: personal service costs money (see the strategy-cost line).',
        zh: '与没有这些改变的同一市场相比，信任、超值忠诚和保持率都更高。但这并非免费：个性化服务需要花钱（见策略成本线）。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'Which loyalty type is hardest for a rival to take away?', zh: '哪种忠诚类型最难被竞争对手夺走？' },
        choices: [
          {
            text: { en: 'Price loyalty', zh: '价格忠诚' },
            correct: false,
            feedback: { en: 'A cheaper offer takes it away.', zh: '竞争对手更便宜的促销就能把它夺走。' },
          },
          {
            text: { en: 'Value loyalty', zh: '超值忠诚' },
            correct: true,
            feedback: { en: 'Right: satisfaction, trust and value beat every alternative.', zh: '正确：满意、信任和价值胜过所有替代者。' },
          },
          {
            text: { en: 'Incentive loyalty', zh: '激励忠诚' },
            correct: false,
            feedback: { en: 'It ends when the rewards stop, or when a rival offers bigger ones.', zh: '奖励停止或对手给出更大奖励时，它就结束了。' },
          },
        ],
      },
    },
  ],
};
