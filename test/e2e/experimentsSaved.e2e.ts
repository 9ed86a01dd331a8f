// Saved experiment results in Chromium: an optimisation's best settings, runner-ups and search
// path come back from a share link without running; the results summary exports as a CSV
// after a run and from a link; a stale summary is dropped with a notice in Chinese too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appForFile, violations } from './browser.ts';
import { done, experimentScenario, openExperiment, PRICE_OPTIMISATION, sharedScenario } from './experimentsPage.ts';
import { planSection } from '../../src/experiment/section.ts';
import { readSavedResults } from '../../src/experiment/saved.ts';
import { summaryCsv } from '../../src/experiment/summaryCsv.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { retiredIn } from '../../src/i18n/terms.ts';

let page: Page;
let errors: string[];

appForFile((app) => ({ page, errors } = app));

const openScenario = (s: Scenario) => openExperiment(page, errors, s);

async function download(p: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([p.waitForEvent('download'), p.getByTestId(testId).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

/** The saved summary of the scenario the page holds, once the page has written it. */
async function savedSummary(p: Page) {
  let s: Scenario | null = null;
  await expect
    .poll(async () => {
      s = await sharedScenario(p);
      return s.experiment?.results !== undefined;
    })
    .toBe(true);
  const planned = planSection(s!);
  if (!planned.ok) throw new Error(planned.errors.join('\n'));
  const read = readSavedResults(s!.experiment?.results, planned.plan);
  if (!read.ok) throw new Error(read.notice);
  return { scenario: s!, plan: planned.plan, summary: read.results };
}

describe('a saved optimisation', () => {
  it('comes back from a share link with the best settings, the runner-ups and the path of the search, and exports as CSV', async () => {
    const p = await openScenario(experimentScenario(PRICE_OPTIMISATION));
    await p.getByTestId('exp-run-optimise').click();
    await done(p);
    const liveRows = await p.getByTestId('exp-best').locator('tbody tr').allTextContents();
    expect(liveRows).toHaveLength(2);
    const { scenario, plan, summary } = await savedSummary(p);
    expect(summary.optimisation?.candidates).toHaveLength(2);
    expect(summary.optimisation?.path).toHaveLength(12);
    expect(summary.points).toEqual([]);
    await p.close();

    // a colleague opens the link: the same table and chart, marked as saved, nothing run
    const q = await openScenario(scenario);
    const best = q.getByTestId('exp-best');
    await best.waitFor();
    await q.getByTestId('exp-best-saved').waitFor();
    expect(await q.getByTestId('exp-status').count()).toBe(0);
    expect(await best.locator('tbody tr').allTextContents()).toEqual(liveRows);
    expect(await best.textContent()).toContain('Reported on 3 fresh replicates');
    expect(await q.locator('[data-chart="exp-search"] circle.mark').count()).toBe(12);
    // the summary CSV: the finalists, the best first, marked
    const csv = await download(q, 'exp-summary-csv');
    expect(csv).toBe(summaryCsv(plan, summary));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('experiment,source,point,role,firms[0].price,output,mean,lo,hi,interval');
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 4).join(','))).toEqual([
      'optimisation,0,best',
      'optimisation,0,best',
      ...[1, 1].map(() => `optimisation,1,${summary.optimisation!.candidates[1].indistinguishable ? 'runner-up' : 'worse'}`),
    ]);
    expect(await violations(q)).toEqual([]);
    await q.close();
    expect(errors).toEqual([]);
  });
});

describe('the results summary as a CSV', () => {
  it('after a run and from a link with results, one row per design point and output', async () => {
    const p = await openScenario(
      experimentScenario({
        schemaVersion: 1,
        factors: [{ path: 'firms[0].programme', range: { from: 0, to: 0.1 } }],
        design: { type: 'sweep', n: 3 },
        replicates: 2,
        outputs: [{ name: 'profit', measure: 'profit', statistic: 'total', discounted: true }, { measure: 'retention' }],
      }),
    );
    expect(await p.getByTestId('exp-summary-csv').count()).toBe(0);
    await p.getByTestId('exp-run').click();
    await done(p);
    const { scenario, plan, summary } = await savedSummary(p);
    const after = await download(p, 'exp-summary-csv');
    expect(after).toBe(summaryCsv(plan, summary));
    const lines = after.trim().split('\n');
    expect(lines).toHaveLength(1 + 3 * 2);
    expect(lines[1].split(',').slice(1, 6)).toEqual(['design', '0', '', '0', 'profit']);
    expect(Number(lines[1].split(',')[6])).toBe(summary.points[0].outputs[0][0]);
    await p.close();

    const q = await openScenario(scenario);
    await q.getByTestId('exp-saved').waitFor();
    expect(await download(q, 'exp-summary-csv')).toBe(after);
    await q.close();
    expect(errors).toEqual([]);
  });
});

describe('a dropped summary, in Chinese', () => {
  it('says why in the term table’s words, and the experiment still loads', async () => {
    const s = experimentScenario({
      schemaVersion: 1,
      factors: [{ path: 'firms[0].programme', range: { from: 0, to: 0.1 } }],
      design: { type: 'sweep', n: 3 },
      replicates: 2,
      outputs: [{ measure: 'profit', statistic: 'total' }],
      results: { fingerprint: '0123456789abcdef', points: [], charts: {} },
    });
    const p = await openScenario(s);
    const notice = p.getByTestId('exp-saved-dropped');
    await expect.poll(() => notice.textContent()).toContain('saved for a different experiment or base scenario');
    await p.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await expect.poll(() => notice.textContent()).toBe('experiment.results：保存时对应的是另一个实验或基础情景；请重新运行以得到结果');
    expect(retiredIn((await notice.textContent())!)).toEqual([]);
    expect(await p.getByRole('button', { name: '运行实验' }).isEnabled()).toBe(true);
    await p.close();
    expect(errors).toEqual([]);
  });
});
