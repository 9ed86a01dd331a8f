// Where a class is in a lesson, as plain functions of (lesson, card index, period): the UI keeps
// only the index and the answers, and derives what to show and where the run must stop.
import type { Card, Lesson, Question, Text } from './types.ts';

/** The period the run must stop at for the card at `index`; null once every card was read. */
export function stopFor(lesson: Lesson, index: number): number | null {
  return lesson.cards[index]?.period ?? null;
}

/** The card to show now: the next unread one, once the run has reached its period. */
export function dueCard(lesson: Lesson, index: number, period: number): Card | null {
  const card = lesson.cards[index];
  return card && period >= card.period ? card : null;
}

export function isFinished(lesson: Lesson, index: number): boolean {
  return index >= lesson.cards.length;
}

/** The chosen answer's verdict; null for an open question or an out-of-range choice. */
export function grade(question: Question, choice: number): { correct: boolean; feedback: Text } | null {
  if (question.kind !== 'choice') return null;
  const c = question.choices[choice];
  return c ? { correct: c.correct, feedback: c.feedback } : null;
}

/** Answers right out of the choice questions answered so far (a score for the end card). */
export function score(lesson: Lesson, answers: Readonly<Record<number, number>>): { right: number; asked: number } {
  let right = 0;
  let asked = 0;
  lesson.cards.forEach((card, i) => {
    if (card.question?.kind !== 'choice' || answers[i] === undefined) return;
    asked++;
    if (card.question.choices[answers[i]]?.correct) right++;
  });
  return { right, asked };
}
