import { describe, expect, it } from 'vitest';
import { dueCard, grade, isFinished, score, stopFor } from '../../../src/lessons/progress.ts';
import type { Lesson } from '../../../src/lessons/types.ts';

const t = (s: string) => ({ en: s, zh: `中${s}` });
const lesson: Lesson = {
  id: 'x',
  scenario: 'default',
  title: t('x'),
  summary: t('x'),
  cards: [
    { period: 0, title: t('a'), body: t('a') },
    {
      period: 5,
      title: t('b'),
      body: t('b'),
      question: {
        kind: 'choice',
        prompt: t('q'),
        choices: [
          { text: t('no'), correct: false, feedback: t('f0') },
          { text: t('yes'), correct: true, feedback: t('f1') },
        ],
      },
    },
    { period: 9, title: t('c'), body: t('c'), question: { kind: 'reflect', prompt: t('r'), answer: t('ans') } },
  ],
};

describe('lesson progress', () => {
  it('stops the run at the next unread card and shows it once its period is reached', () => {
    expect(stopFor(lesson, 0)).toBe(0);
    expect(dueCard(lesson, 0, 0)?.title.en).toBe('a');
    expect(stopFor(lesson, 1)).toBe(5);
    expect(dueCard(lesson, 1, 4)).toBeNull();
    expect(dueCard(lesson, 1, 5)?.title.en).toBe('b');
    expect(dueCard(lesson, 1, 7)?.title.en).toBe('b'); // stepped past: still shown
    expect(stopFor(lesson, 3)).toBeNull();
    expect(dueCard(lesson, 3, 100)).toBeNull();
    expect(isFinished(lesson, 2)).toBe(false);
    expect(isFinished(lesson, 3)).toBe(true);
  });
  it('grades choice questions and leaves open ones ungraded', () => {
    const q = lesson.cards[1].question!;
    expect(grade(q, 1)).toEqual({ correct: true, feedback: t('f1') });
    expect(grade(q, 0)?.correct).toBe(false);
    expect(grade(q, 7)).toBeNull();
    expect(grade(lesson.cards[2].question!, 0)).toBeNull();
  });
  it('scores the choice questions answered', () => {
    expect(score(lesson, {})).toEqual({ right: 0, asked: 0 });
    expect(score(lesson, { 1: 1, 2: 0 })).toEqual({ right: 1, asked: 1 });
    expect(score(lesson, { 1: 0 })).toEqual({ right: 0, asked: 1 });
  });
});
