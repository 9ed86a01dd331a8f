// The Experiments view as the e2e files drive it: a small scenario with an experiment section
// opened from a share link in a new tab, the scenario a page holds read back from its link, and
// the wait for a run to finish.
import type { Page } from 'playwright-core';
import { BASE_URL, openPage } from './browser.ts';
import { decodeShareLink, encodeShareLink } from '../../src/scenario/share.ts';
import { parseScenarioValue } from '../../src/scenario/parse.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

/** A small scenario (600 customers, 12 periods, `scenario`'s parts on top) with `section` as
 *  its experiment. */
export function experimentScenario(section: Record<string, unknown>, scenario: Record<string, unknown> = {}): Scenario {
  const r = parseScenarioValue({ schemaVersion: 1, population: { size: 600 }, horizon: 12, ...scenario, experiment: section });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

/** `s` opened from its share link in a new tab of `app`'s context, on the Experiments view; the
 *  tab's uncaught errors go to `errors`. */
export async function openExperiment(app: Page, errors: string[], s: Scenario): Promise<Page> {
  const { page } = await openPage(app.context(), `${BASE_URL}#${encodeShareLink(s)}`, { errors, consoleErrors: false });
  await page.getByRole('tab', { name: 'Experiments' }).click();
  return page;
}

/** The scenario the page holds now, read from its share link (what a colleague would open). */
export async function sharedScenario(p: Page): Promise<Scenario> {
  await p.getByRole('button', { name: 'Copy share link' }).click();
  const link = await p.getByTestId('share-link').inputValue();
  const r = decodeShareLink(link.slice(link.indexOf('#') + 1));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

/** Waits for the experiment's run to finish. */
export const done = (p: Page) => p.getByTestId('exp-status').filter({ hasText: 'done' }).waitFor({ timeout: 60_000 });

/** Firm 0's price searched from 0.8 to 1.4 for the most profit with retention at least 0.5:
 *  the optimisation both the Experiments and the saved-results files run. */
export const PRICE_OPTIMISATION = {
  schemaVersion: 1,
  factors: [{ path: 'firms[0].price', range: { from: 0.8, to: 1.4 } }],
  design: { type: 'sweep', n: 2 },
  replicates: 2,
  outputs: [
    { name: 'profit', measure: 'profit', statistic: 'total' },
    { name: 'retention', measure: 'retention' },
  ],
  optimise: { objective: 'profit', constraints: [{ output: 'retention', min: 0.5 }], restarts: 2, evaluations: 6, freshReplicates: 3, finalists: 2 },
};
