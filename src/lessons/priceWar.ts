// Lesson: a price war breeds mercenaries (scenarios/price-war.json). Tested in
// test/unit/library/lessons.test.ts: Rival B wins share held by price during the war and keeps
// fewer of its customers afterwards; our own mercenaries multiply.
import type { Lesson } from './types.ts';

export const priceWarLesson: Lesson = {
  id: 'price-war',
  scenario: 'price-war',
  title: { en: 'A price war breeds mercenaries', zh: '价格战催生“图利型”顾客' },
  summary: {
    en: 'From month 24 Rival B cuts its price by 30% for a year. Whom does it win, and for how long?',
    zh: '从第 24 个月起，对手 B 降价 30%，持续一年。它赢得了谁？能留多久？',
  },
  cards: [
    {
      period: 0,
      chart: 'share',
      concepts: ['priceLoyalty', 'mercenary'],
      title: { en: 'Three similar firms', zh: '三家相似的企业' },
      body: {
        en: 'Three firms of similar quality share the market. At month 24 Rival B starts a price war that lasts twelve months.',
        zh: '三家质量相近的企业分享市场。第 24 个月，对手 B 发动一场持续十二个月的价格战。',
      },
    },
    {
      period: 32,
      chart: 'share',
      concepts: ['marketShare'],
      title: { en: 'The war is on', zh: '价格战进行中' },
      body: { en: 'Read the market-share chart since month 24.', zh: '读一读第 24 个月以来的市场份额图。' },
      question: {
        kind: 'choice',
        prompt: { en: 'Which firm gains market share during the price war?', zh: '价格战期间，哪家企业的市场份额上升？' },
        choices: [
          {
            text: { en: 'Us', zh: '我们' },
            correct: false,
            feedback: { en: 'Look at the lines again: we did not cut prices.', zh: '再看看这些线：我们没有降价。' },
          },
          { text: { en: 'Rival B', zh: '对手 B' }, correct: true, feedback: { en: 'Right: the price cutter wins customers.', zh: '正确：降价者赢得了顾客。' } },
        ],
      },
    },
    {
      period: 34,
      chart: 'mix',
      firm: 2,
      concepts: ['priceLoyalty', 'loyaltyTypes'],
      title: { en: "Why Rival B's customers stay", zh: '对手 B 的顾客为什么留下' },
      body: {
        en: 'The charts now show Rival B. Look at its loyalty-type chart.',
        zh: '图表现在显示的是对手 B。看看它的忠诚类型图。',
      },
      question: {
        kind: 'choice',
        prompt: { en: "Which layer of Rival B's loyalty grew during the war?", zh: '价格战期间，对手 B 的哪一层忠诚增长了？' },
        choices: [
          {
            text: { en: 'Price loyalty', zh: '价格忠诚' },
            correct: true,
            feedback: {
              en: 'Right: customers who would leave if a cheaper offer came, or if the price went back up.',
              zh: '正确：一有更便宜的促销或价格回升就会离开的顾客。',
            },
          },
          {
            text: { en: 'Value loyalty', zh: '超值忠诚' },
            correct: false,
            feedback: { en: "Rival B's quality did not change; a lower price does not make it better.", zh: '对手 B 的质量没有变化；低价不会让它变得更好。' },
          },
        ],
      },
    },
    {
      period: 46,
      chart: 'retention',
      firm: 2,
      concepts: ['mercenary', 'retention'],
      title: { en: 'Prices return', zh: '价格恢复' },
      body: {
        en: "The war ended at month 36. Follow Rival B's retention line from then on.",
        zh: '价格战在第 36 个月结束。从那时起跟踪对手 B 的保持率线。',
      },
      question: {
        kind: 'reflect',
        prompt: { en: 'What happens to the customers Rival B won with its price cut?', zh: '对手 B 用降价赢来的顾客后来怎样了？' },
        answer: {
          en: 'Many of them leave again once its price returns: Rival B keeps fewer of its customers after the war than it would have without it. Customers bought with price leave with price.',
          zh: '价格恢复后，他们中很多人又离开了：与没有价格战相比，对手 B 在价格战之后留住的顾客更少。用价格买来的顾客也会因价格离开。',
        },
      },
    },
    {
      period: 60,
      chart: 'map',
      concepts: ['mercenary', 'jonesSasser'],
      title: { en: 'Mercenaries everywhere', zh: '到处都是图利型顾客' },
      body: {
        en: 'During the war our own mercenaries multiplied too: satisfied customers who stay only until a better deal comes. A price war teaches customers to shop on price.',
        zh: '价格战期间，我们自己的图利型顾客也成倍增加：他们满意，却只留到更好的条件出现为止。价格战教会了顾客只看价格。',
      },
      question: {
        kind: 'reflect',
        prompt: { en: 'Rival B has cut prices. Should we match the cut? What else could we do?', zh: '对手 B 降价了。我们应该跟着降价吗？还能做什么？' },
        answer: {
          en: 'Matching wins mercenaries and costs margin on every customer. Strengthening value loyalty (quality, trust, service recovery) protects the customers worth keeping; the price-loyal ones return or leave with the next offer.',
          zh: '跟着降价赢来的是图利型顾客，还会损失每位顾客的利润。增强超值忠诚（质量、信任、服务补救）才能保护值得留住的顾客；价格忠诚的顾客会随下一次优惠回来或离开。',
        },
      },
    },
  ],
};
