// Which scenario the page opens with: a share link in the address, else the autosaved copy,
// else the defaults. A bad link or a stale autosave falls through to the next, with a report.
import { defaultScenario } from '../../scenario/parse.ts';
import { decodeShareLink } from '../../scenario/share.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { Saved } from './autosave.ts';
import { isShareHash } from './shareLink.ts';

export type StartSource = 'link' | 'autosave' | 'defaults';

export interface Start {
  scenario: Scenario;
  source: StartSource;
  /** Why the link in the address could not be opened (empty if there was none or it worked). */
  linkErrors: string[];
  /** Why the autosaved copy was refused (empty if there was none or it was used). */
  autosaveErrors: string[];
  /** Whether a refused copy could be set aside (false: storage full, the copy is gone). */
  autosaveKept: boolean;
  /** Why this tab's own copy was passed over for the latest copy of any tab. */
  tabCopyErrors: string[];
  /** Migration notices of whatever was opened. */
  notices: string[];
}

export function chooseStart(hash: string, saved: Saved, defaults: () => Scenario = defaultScenario): Start {
  let linkErrors: string[] = [];
  if (isShareHash(hash)) {
    const r = decodeShareLink(hash);
    if (r.ok) return { scenario: r.scenario, source: 'link', linkErrors, autosaveErrors: [], autosaveKept: true, tabCopyErrors: [], notices: r.notices };
    linkErrors = r.errors;
  }
  if (saved.kind === 'ok')
    return {
      scenario: saved.scenario,
      source: 'autosave',
      linkErrors,
      autosaveErrors: [],
      autosaveKept: true,
      tabCopyErrors: saved.passedOver ?? [],
      notices: saved.notices,
    };
  const autosaveErrors = saved.kind === 'invalid' ? saved.errors : [];
  const autosaveKept = saved.kind === 'invalid' ? saved.kept : true;
  return { scenario: defaults(), source: 'defaults', linkErrors, autosaveErrors, autosaveKept, tabCopyErrors: [], notices: [] };
}

/** The share link in the address, if there is one, taken out of it: once read, a reload
 *  shows the edits made since (autosaved) rather than the link again. */
export function takeShareHash(): string | null {
  const hash = location.hash;
  if (!isShareHash(hash)) return null;
  history.replaceState(history.state, '', location.pathname + location.search);
  return hash;
}

export function startInBrowser(saved: Saved): Start {
  return chooseStart(takeShareHash() ?? '', saved);
}
