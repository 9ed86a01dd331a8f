// A lesson being played over the live run: the card index and the answers are the only state;
// the card on screen and where the run stops are derived from them and the run's period.
import { dueCard, isFinished, score, stopFor } from '../../lessons/progress.ts';
import type { Card, Lesson } from '../../lessons/types.ts';
import type { LiveRun } from '../run/liveRun.svelte.ts';
import { teachView } from './view.svelte.ts';
import { shippedScenario } from './scenarios.ts';
import { LESSONS, lessonForScenario } from '../../lessons/index.ts';

export class LessonPlayer {
  lesson = $state.raw<Lesson | null>(null);
  index = $state(0);
  /** Chosen option per card index (choice questions). */
  answers = $state<Record<number, number>>({});
  /** Cards whose model answer was revealed (open questions). */
  revealed = $state<Record<number, boolean>>({});

  constructor(
    private readonly live: LiveRun,
    /** Loads the lesson's scenario into the editor and the run; false if it is missing. */
    private readonly open: (scenario: string) => boolean,
  ) {
    live.pauseAt = () => (this.lesson ? stopFor(this.lesson, this.index) : null);
    teachView.spotlightSource = () => this.card?.chart ?? null;
    teachView.playScenario = (name) => {
      const s = shippedScenario(name);
      const lesson = s && lessonForScenario(name, s);
      return lesson ? this.start(lesson) : false;
    };
  }

  get card(): Card | null {
    return this.lesson ? dueCard(this.lesson, this.index, this.live.period) : null;
  }

  get finished(): boolean {
    return this.lesson !== null && isFinished(this.lesson, this.index);
  }

  get score(): { right: number; asked: number } {
    return this.lesson ? score(this.lesson, this.answers) : { right: 0, asked: 0 };
  }

  start(lesson: Lesson): boolean {
    if (!this.open(lesson.scenario)) return false;
    this.lesson = lesson;
    this.index = 0;
    this.answers = {};
    this.revealed = {};
    return true;
  }

  answer(choice: number): void {
    if (this.answers[this.index] === undefined) this.answers[this.index] = choice;
  }

  /** Clears a wrong answer so the question can be tried again (the first try is not kept). */
  retry(): void {
    delete this.answers[this.index];
  }

  /** The lesson that follows this one in teaching order, or null after the last (or for a
   *  lesson made from a scenario's own texts). */
  get following(): Lesson | null {
    const i = LESSONS.findIndex((l) => l.id === this.lesson?.id);
    return i >= 0 ? (LESSONS[i + 1] ?? null) : null;
  }

  reveal(): void {
    this.revealed[this.index] = true;
  }

  /** Closes the card and runs on to the next one. */
  next(): void {
    if (!this.lesson || !this.card) return;
    this.index++;
    if (!this.finished) void this.live.run();
  }

  quit(): void {
    this.lesson = null;
    this.index = 0;
  }
}
