// Lessons are data: narrative cards pinned to periods of a shipped scenario. A card is shown
// once the run has completed `period` periods (0: before it starts); the run pauses there.
import type { GlossaryKey } from '../i18n/glossary.ts';
import type { ChartId } from '../ui/charts/registry.ts';

export interface Text {
  en: string;
  zh: string;
}

export type { ChartId };

export interface Choice {
  text: Text;
  correct: boolean;
  /** Why this answer is right or wrong; shown once chosen. */
  feedback: Text;
}

export type Question =
  | { kind: 'choice'; prompt: Text; choices: Choice[] }
  /** An open question: students think or write, then reveal a model answer. */
  | { kind: 'reflect'; prompt: Text; answer: Text };

export interface Card {
  period: number;
  title: Text;
  body: Text;
  /** The chart to look at (an id of the chart registry, src/ui/charts/registry.ts): outlined
   *  and scrolled into view while the card is open. */
  chart?: ChartId;
  /** The firm the charts should show (index into the scenario's firms; default 0, "us"). */
  firm?: number;
  /** Glossary entries the card explains. */
  concepts?: GlossaryKey[];
  question?: Question;
}

export interface Lesson {
  id: string;
  /** File name in scenarios/ without `.json`. */
  scenario: string;
  title: Text;
  summary: Text;
  cards: Card[];
}
