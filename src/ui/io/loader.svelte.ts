// Opening a scenario from anywhere (file, drop, share link, library, autosave) goes through
// here: the new scenario replaces the draft only once it validates, so nothing the user typed
// is lost to a bad file. What went wrong, or what was migrated, is kept for the UI to show.
import type { ParseResult } from '../../scenario/parse.ts';
import { decodeShareLink } from '../../scenario/share.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { MessageKey } from '../../i18n/index.svelte.ts';
import type { ScenarioDraft } from '../editor/draft.svelte.ts';
import type { LiveRun } from '../run/liveRun.svelte.ts';
import { BUSY_BYTES, readScenarioFile } from './fileImport.ts';
import type { Start } from './startup.ts';

/** A message for the UI: a translated heading (key and values) over untranslated lines that
 *  name fields, e.g. `firms[1].price: must be ≥ 0.2`. */
export interface Report {
  id: number;
  key: MessageKey;
  vars: Record<string, string | number>;
  lines: string[];
}

/** A pause long enough for the browser to paint the busy state before a big file is parsed. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 16));

export class ScenarioLoader {
  /** Why the last attempt failed; cleared by the next success. */
  failure = $state.raw<Report | null>(null);
  /** Migration and recovery notices, each dismissible. */
  notices = $state.raw<Report[]>([]);
  /** The file being read, while it is. */
  busy = $state<string | null>(null);
  /** Announced politely after a successful open. */
  status = $state.raw<Report | null>(null);

  private nextId = 1;
  /** Bumped per attempt: a slow file that finishes after a newer one is dropped. */
  private attempt = 0;

  constructor(
    private readonly draft: ScenarioDraft,
    private readonly live: Pick<LiveRun, 'reset'>,
    /** Told when another scenario replaces the current one (a lesson under way ends). */
    private readonly replaced: () => void = () => {},
  ) {}

  private report(key: MessageKey, vars: Record<string, string | number> = {}, lines: string[] = []): Report {
    return { id: this.nextId++, key, vars, lines };
  }

  /** Opens a validated result, or reports it and leaves the current scenario as it was. */
  open(result: ParseResult, failed: MessageKey, opened: MessageKey, vars: Record<string, string | number> = {}): boolean {
    this.attempt++;
    this.busy = null;
    if (!result.ok) {
      this.failure = this.report(failed, vars, result.errors);
      this.status = null;
      return false;
    }
    this.use(result.scenario);
    this.failure = null;
    this.status = this.report(opened, vars);
    this.notices = result.notices.length ? [this.report('io.migrated', {}, result.notices)] : [];
    return true;
  }

  async openFile(file: File, others = 0): Promise<boolean> {
    const attempt = ++this.attempt;
    const vars = { name: file.name || 'file' };
    this.busy = vars.name;
    if (file.size > BUSY_BYTES) await paint();
    const result = await readScenarioFile(file);
    if (attempt !== this.attempt) return false;
    const ok = this.open(result, 'io.fileFailed', 'io.fileOpened', vars);
    if (others > 0) this.notices = [...this.notices, this.report('io.onlyFirst', { n: others + 1 })];
    return ok;
  }

  openScenario(scenario: Scenario, title: string): void {
    this.open({ ok: true, scenario, notices: [] }, 'io.fileFailed', 'library.opened', { name: title });
  }

  /** A share link pasted into the address of the open page. */
  openLink(hash: string): boolean {
    return this.open(decodeShareLink(hash), 'io.linkFailedKept', 'io.linkOpened');
  }

  /** Reports how the page started (see startup.ts); the draft already holds start.scenario. */
  started(start: Start): void {
    const notices: Report[] = [];
    if (start.notices.length) notices.push(this.report('io.migrated', {}, start.notices));
    if (start.autosaveErrors.length) notices.push(this.report(start.autosaveKept ? 'io.autosaveFailed' : 'io.autosaveFailedLost', {}, start.autosaveErrors));
    if (start.tabCopyErrors.length) notices.push(this.report('io.tabCopyFailed', {}, start.tabCopyErrors));
    this.notices = notices;
    this.failure = start.linkErrors.length ? this.report(start.source === 'autosave' ? 'io.linkFailedAutosave' : 'io.linkFailed', {}, start.linkErrors) : null;
    if (start.source === 'link') this.status = this.report('io.linkOpened');
  }

  /** Adds a notice of the app's own (storage blocked, a run lost to a reload, …). */
  notify(key: MessageKey, vars: Record<string, string | number> = {}, lines: string[] = []): void {
    this.notices = [...this.notices, this.report(key, vars, lines)];
  }

  dismiss(id: number): void {
    if (this.failure?.id === id) this.failure = null;
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  private use(scenario: Scenario): void {
    this.replaced();
    this.draft.load(scenario);
    this.live.reset(this.draft.valid);
  }
}
