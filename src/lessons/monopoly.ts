// Lesson: monopoly loyalty and L = O·f(S) (scenarios/monopoly-deregulated.json). Tested in
// test/unit/model/emergent.test.ts: before deregulation high retention with low satisfaction,
// called monopoly loyalty; after it the dissatisfied leave quickly.
import type { Lesson } from './types.ts';

export const monopolyLesson: Lesson = {
  id: 'monopoly-hostages',
  scenario: 'monopoly-deregulated',
  title: { en: 'Hostages of a monopoly', zh: '垄断下的“人质”' },
  summary: {
    en: 'One mediocre incumbent serves everyone for three years, then the market opens. How loyal were its customers?',
    zh: '一家质量平平的垄断企业服务所有顾客三年，随后市场开放。它的顾客到底有多忠诚？',
  },
  cards: [
    {
      period: 0,
      chart: 'retention',
      concepts: ['monopolyLoyalty', 'constrainedLoyalty'],
      title: { en: 'No choice', zh: '别无选择' },
      body: {
        en: "The incumbent's quality is below what customers expect, and there is no other firm to go to. Two entrants may only come in at month 36. Watch retention and satisfaction while customers have no choice.",
        zh: '这家原垄断企业的质量低于顾客预期，而且没有别的企业可选。两家新进入者要到第 36 个月才能进入。观察顾客别无选择时的保持率和满意度。',
      },
    },
    {
      period: 24,
      chart: 'mix',
      concepts: ['loyaltyTypes', 'monopolyLoyalty'],
      title: { en: 'Why do they stay?', zh: '他们为什么留下？' },
      body: {
        en: 'Retention is almost perfect while satisfaction stays low. The loyalty-type chart asks of every customer: which support, if removed, would make it leave?',
        zh: '保持率几乎完美，而满意度一直很低。忠诚类型图对每位顾客提出同一个问题：去掉哪一种支撑，这位顾客就会离开？',
      },
      question: {
        kind: 'choice',
        prompt: { en: "Which loyalty type holds almost all of the incumbent's customers?", zh: '哪种忠诚类型留住了原垄断企业几乎所有的顾客？' },
        choices: [
          {
            text: { en: 'Value loyalty', zh: '超值忠诚' },
            correct: false,
            feedback: { en: 'Look at the colours: with satisfaction this low, value does not hold them.', zh: '看看颜色：满意度这么低，价值留不住他们。' },
          },
          {
            text: { en: 'Monopoly loyalty', zh: '垄断忠诚' },
            correct: true,
            feedback: {
              en: 'Right: they stay because no alternative exists. They would leave as soon as one appeared.',
              zh: '正确：他们留下是因为没有替代者。一旦出现替代者，他们就会离开。',
            },
          },
          {
            text: { en: 'Price loyalty', zh: '价格忠诚' },
            correct: false,
            feedback: {
              en: 'The incumbent is not cheap (price 1.1); there is simply nothing to compare it with.',
              zh: '原垄断企业并不便宜（价格 1.1）；只是根本没有可比较的对象。',
            },
          },
        ],
      },
    },
    {
      period: 30,
      chart: 'map',
      concepts: ['hostage', 'jonesSasser'],
      title: { en: 'Loyal in the figures, not at heart', zh: '账面上忠诚，心里并不忠诚' },
      body: {
        en: 'Many customers sit in the zone of defection on the map, yet they are still customers. Jones and Sasser have a name for a dissatisfied customer who cannot leave.',
        zh: '在图上，很多顾客位于背叛区，但他们仍然是顾客。琼斯（Jones）与萨塞（Sasser）给不满意却无法离开的顾客起了一个名字。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'What is a dissatisfied customer who cannot leave called?', zh: '不满意却无法离开的顾客叫什么？' },
        choices: [
          { text: { en: 'A loyalist', zh: '忠诚型顾客' }, correct: false, feedback: { en: 'Loyalists are satisfied.', zh: '忠诚型顾客是满意的。' } },
          {
            text: { en: 'A hostage', zh: '人质型顾客' },
            correct: true,
            feedback: { en: 'Right: held by the lack of choice, not by satisfaction.', zh: '正确：被缺乏选择所束缚，而不是被满意留住。' },
          },
          {
            text: { en: 'A terrorist', zh: '“恐怖分子”' },
            correct: false,
            feedback: { en: 'Terrorists have already left and talk against the firm.', zh: '“恐怖分子”已经离开，并在散布对企业不利的言论。' },
          },
        ],
      },
    },
    {
      period: 42,
      chart: 'share',
      concepts: ['marketShare'],
      title: { en: 'The market opens', zh: '市场开放' },
      body: {
        en: 'At month 36 the market was deregulated and two entrants arrived. Look at the market-share chart since then.',
        zh: '第 36 个月市场放松管制，两家新进入者加入竞争。看看此后的市场份额图。',
      },
      question: {
        kind: 'choice',
        prompt: { en: "What happened to the incumbent's market share after month 36?", zh: '第 36 个月之后，原垄断企业的市场份额发生了什么变化？' },
        choices: [
          {
            text: { en: 'It hardly moved: the customers were loyal', zh: '几乎没变：顾客很忠诚' },
            correct: false,
            feedback: { en: 'Look again at the line of the incumbent after month 36.', zh: '再看看第 36 个月后原垄断企业的那条线。' },
          },
          {
            text: { en: 'It fell quickly: the dissatisfied left as soon as they could', zh: '迅速下降：不满意的顾客一有机会就离开了' },
            correct: true,
            feedback: { en: 'Right. Monopoly loyalty lasts only as long as the lack of choice.', zh: '正确。垄断忠诚只维持到顾客有选择为止。' },
          },
        ],
      },
    },
    {
      period: 72,
      chart: 'satisfaction',
      concepts: ['constrainedLoyalty'],
      title: { en: 'L = O·f(S): loyalty needs a choice', zh: 'L = O·f(S)：忠诚需要选择' },
      body: {
        en: 'Loyalty follows satisfaction only as far as customers are free to choose. Under the monopoly O was 0 for every rival: loyalty said nothing about satisfaction. When O became 1, loyalty started to depend on satisfaction.',
        zh: '忠诚只在顾客能自由选择的范围内取决于满意。垄断时，所有竞争者的 O 都为 0：忠诚与满意毫无关系。当 O 变为 1，忠诚才开始取决于满意。',
      },
      question: {
        kind: 'reflect',
        prompt: {
          en: 'Name a market you know where O is low today. What would happen if it became 1?',
          zh: '举一个你知道的、目前 O 很低的市场。如果它变为 1，会发生什么？',
        },
        answer: {
          en: 'Examples: a single local utility, a school canteen, software that locks in your files. When the constraint goes, the firm keeps only the customers it really satisfies.',
          zh: '例如：唯一的本地公用事业、学校食堂、锁定你文件的软件。一旦约束消失，企业只能留住真正满意的顾客。',
        },
      },
    },
  ],
};
