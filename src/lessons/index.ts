// The lessons that ship, in teaching order.
import { satisfactionLesson } from './satisfaction.ts';
import { monopolyLesson } from './monopoly.ts';
import { portabilityLesson } from './portability.ts';
import { priceWarLesson } from './priceWar.ts';
import { programmeLesson } from './programme.ts';
import { trustLesson } from './trust.ts';
import { recoveryLesson } from './recovery.ts';
import { leakyBucketLesson } from './leakyBucket.ts';
import type { Lesson } from './types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { lessonFromMeta } from './fromMeta.ts';

export const LESSONS: readonly Lesson[] = [
  satisfactionLesson,
  monopolyLesson,
  portabilityLesson,
  priceWarLesson,
  programmeLesson,
  trustLesson,
  recoveryLesson,
  leakyBucketLesson,
];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

/** The lesson to play for a shipped scenario: the written one if there is one, else one made
 *  from the scenario's own description, watch and lesson texts. */
export function lessonForScenario(name: string, scenario: Scenario): Lesson | null {
  return LESSONS.find((l) => l.scenario === name) ?? lessonFromMeta(name, scenario);
}

export type { Card, Choice, Lesson, Question, Text, ChartId } from './types.ts';
export { CHART_IDS } from '../ui/charts/registry.ts';
export { lessonFromMeta } from './fromMeta.ts';
