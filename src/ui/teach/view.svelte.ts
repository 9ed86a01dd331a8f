// Teaching view state shared by the app shell, the chart cards, the lesson panel and the
// glossary: which chart is in the spotlight, which glossary entry is open, presentation mode.
import type { GlossaryKey } from '../../i18n/glossary.ts';

class TeachView {
  /** Where the chart in the spotlight comes from (the lesson player registers itself). */
  spotlightSource: () => string | null = () => null;
  lessonsOpen = $state(false);
  /** Plays a shipped scenario as a lesson (for the scenario gallery); set by the lesson player. */
  playScenario: (name: string) => boolean = () => false;
  glossaryOpen = $state(false);
  /** The entry the glossary opens at (null: the top). */
  glossaryTerm = $state<GlossaryKey | null>(null);
  presenting = $state(false);

  /** The chart a lesson card points at (outlined and scrolled into view). */
  get spotlight(): string | null {
    return this.spotlightSource();
  }

  openGlossary(term: GlossaryKey | null = null): void {
    this.glossaryTerm = term;
    this.glossaryOpen = true;
  }

  closeGlossary(): void {
    this.glossaryOpen = false;
  }

  togglePresenting(): void {
    this.presenting = !this.presenting;
  }
}

export const teachView = new TeachView();
