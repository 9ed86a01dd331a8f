// The Experiments view in Chromium: the break-even question answered by clicking, in under 10
// actions, with the answer and the numbers of the command line on the same experiment; a
// factorial's heatmap, a Morris screening's tornado chart and an optimisation from share
// links; export as CSV (the CLI's columns), PNG and SVG; the experiment in the share link and
// the autosave; hostile input refused by field; pause, resume and cancel.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appForFile, BASE_URL, exportChart, violations } from './browser.ts';
import { done, experimentScenario, openExperiment, PRICE_OPTIMISATION, sharedScenario } from './experimentsPage.ts';
import { planSection } from '../../src/experiment/section.ts';
import { createRunner, rowHeader } from '../../src/experiment/run.ts';
import { summarisePoints } from '../../src/experiment/analysis.ts';
import { formatExperiment } from '../../src/cli/experimentTable.ts';
import { encodeShareLink } from '../../src/scenario/share.ts';
import { readSavedResults } from '../../src/experiment/saved.ts';
import { csvLine } from '../../src/io/csv.ts';
import { retiredIn } from '../../src/i18n/terms.ts';

let page: Page;
let errors: string[];

appForFile((app) => ({ page, errors } = app));

/** A small scenario with an experiment section, opened from a share link. */
const openWith = (section: Record<string, unknown>, scenario: Record<string, unknown> = {}) =>
  openExperiment(page, errors, experimentScenario(section, scenario));

describe('the break-even question, by clicking', () => {
  it('"what programme reward rate breaks even?" on the loyalty-programme scenario, in under 10 actions, as the CLI answers it', async () => {
    let actions = 0;
    const act = async (f: () => Promise<unknown>) => {
      actions++;
      await f();
    };
    await act(() => page.getByRole('button', { name: 'Scenario library' }).click());
    await act(() => page.locator('[data-scenario="loyalty-programme"]').getByRole('button', { name: /^Open/ }).click());
    await act(() => page.getByRole('tab', { name: 'Experiments' }).click());
    await act(() => page.getByTestId('exp-new').click());
    await act(() => page.getByRole('combobox', { name: 'Factor 1' }).selectOption('firms[0].programme'));
    // typing a value and leaving the field is one action
    const type = (id: string, value: string) =>
      act(() =>
        page
          .getByTestId(id)
          .fill(value)
          .then(() => page.getByTestId(id).press('Tab')),
      );
    await type('exp-to-0', '0.1');
    await type('exp-replicates', '2');
    await expect.poll(() => page.getByTestId('exp-size').textContent()).toContain('6 design points × 2 replicates = 12 runs');
    await expect.poll(() => page.getByTestId('exp-size').textContent(), { timeout: 30_000 }).toMatch(/About .+ on \d worker/);
    await act(() => page.getByTestId('exp-run').click());
    await done(page);
    expect(actions).toBeLessThan(10);
    const answer = (await page.getByTestId('exp-breakeven').textContent())!;
    expect(answer).toContain('No break-even: total_profit_firm0_disc does not cross the level anywhere in range (firms[0].programme from 0 to 0.1)');

    // the same experiment on the command line's code, in this process
    const shared = await sharedScenario(page);
    const planned = planSection(shared);
    if (!planned.ok) throw new Error(planned.errors.join('\n'));
    const plan = planned.plan;
    expect(plan.points.map((x) => x[0])).toEqual([0, 0.02, 0.04, 0.06, 0.08, 0.1]);
    const runOne = createRunner(plan);
    const k = plan.outputs.length;
    const results = new Float64Array(plan.runs * k);
    for (let run = 0; run < plan.runs; run++) results.set(runOne(run), run * k);
    const cli = formatExperiment(plan, results);
    expect(cli).toContain('total_profit_firm0_disc: below the first level at every other level');
    // the app's numbers are the CLI's: the CSV rows are the ones `npm run experiment --out` writes
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('exp-csv').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe(csvLine(rowHeader(plan)).trim());
    const points = summarisePoints(plan, results);
    expect(lines).toHaveLength(plan.runs + 1);
    const appProfit = lines.slice(1).map((l) => Number(l.split(',')[6]));
    expect(appProfit).toEqual(Array.from({ length: plan.runs }, (_, run) => Number(csvLine([results[run * k]]).trim())));
    expect(points[5].vsFirst[0].mean).toBeLessThan(0);

    // the chart, its table and its exports
    const card = page.locator('[data-chart="exp-curve-0"]');
    expect(await card.locator('circle.mark').count()).toBe(6);
    await card.locator('summary').click();
    await expect.poll(() => card.locator('tbody tr').count()).toBe(6);
    const svg = await exportChart(card, 'SVG');
    expect(svg.toString('utf8')).toContain('Response curve: total_profit_firm0_disc');
    const png = await exportChart(card, 'PNG');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the experiment is in the share link and the autosave: a reload brings it back', async () => {
    await page.reload();
    await page.locator('header h1').waitFor();
    await page.getByRole('tab', { name: 'Experiments' }).click();
    await expect.poll(() => page.getByTestId('exp-size').textContent()).toContain('6 design points × 2 replicates = 12 runs');
    const s = await sharedScenario(page);
    expect(s.experiment?.factors[0]).toEqual({ path: 'firms[0].programme', range: { from: 0, to: 0.1 }, fromPeriod: 0 });
    // the results summary came back with the autosave: the curve and the answer, without a run
    await page.getByTestId('exp-saved').waitFor();
    expect(await page.getByTestId('exp-status').count()).toBe(0);
    expect(await page.locator('[data-chart="exp-curve-0"] circle.mark').count()).toBe(6);
    expect(await page.getByTestId('exp-breakeven').textContent()).toContain('No break-even: total_profit_firm0_disc does not cross');
    // and with the share link: a colleague opening it sees the curve without running
    const planned = planSection(s);
    const saved = planned.ok ? readSavedResults(s.experiment?.results, planned.plan) : null;
    expect(saved?.ok && saved.results.points).toHaveLength(6);
    const p = await page.context().newPage();
    await p.goto(`${BASE_URL}#${encodeShareLink(s)}`);
    await p.locator('header h1').waitFor();
    await p.getByRole('tab', { name: 'Experiments' }).click();
    await p.getByTestId('exp-saved').waitFor();
    expect(await p.locator('[data-chart="exp-curve-0"] circle.mark').count()).toBe(6);
    expect(await p.getByTestId('exp-status').count()).toBe(0);
    await p.close();
  });
});

describe('other designs, from share links', () => {
  it('two factors on a grid: a heatmap with contours and its table', async () => {
    const p = await openWith({
      schemaVersion: 1,
      factors: [
        { path: 'firms[0].price', range: { from: 0.8, to: 1.2 } },
        { path: 'firms[0].quality', range: { from: 3, to: 4.5 } },
      ],
      design: { type: 'factorial', n: 3 },
      replicates: 2,
      outputs: [{ measure: 'profit', statistic: 'total' }],
    });
    await p.getByTestId('exp-run').click();
    await done(p);
    const card = p.locator('[data-chart="exp-heatmap"]');
    expect(await card.locator('rect.mark').count()).toBe(9);
    expect(await card.locator('path').count()).toBeGreaterThan(0);
    await card.locator('summary').click();
    await expect.poll(() => card.locator('tbody tr').count()).toBe(3);
    await p.close();
  });

  it('Morris screening: a tornado chart of the elementary effects', async () => {
    const p = await openWith({
      schemaVersion: 1,
      factors: [
        { path: 'firms[0].price', range: { from: 0.8, to: 1.2 } },
        { path: 'firms[0].programme', range: { from: 0, to: 0.1 } },
        { path: 'behaviour.offerRate', range: { from: 0, to: 0.2 } },
      ],
      design: { type: 'morris', r: 2, p: 4 },
      replicates: 1,
      outputs: [{ measure: 'profit', statistic: 'total' }],
    });
    await p.getByTestId('exp-run').click();
    await done(p);
    const card = p.locator('[data-chart="exp-tornado"]');
    expect(await card.locator('rect.mark').count()).toBe(3);
    await card.locator('summary').click();
    await expect.poll(() => card.locator('tbody tr').count()).toBe(3);
    await p.close();
  });

  it('optimisation: the best settings on fresh replicates, runner-ups and the path of the search', async () => {
    const p = await openWith(PRICE_OPTIMISATION);
    await p.getByTestId('exp-run-optimise').click();
    await done(p);
    const best = p.getByTestId('exp-best');
    expect(await best.locator('tbody tr').count()).toBe(2);
    expect(await best.textContent()).toContain('Reported on 3 fresh replicates');
    expect(await p.locator('[data-chart="exp-search"] circle.mark').count()).toBe(12);
    await p.close();
  });
});

describe('in Chinese', () => {
  it('shows the view, the break-even answer and the charts in Chinese, with the term table’s words', async () => {
    const p = await openWith({
      schemaVersion: 1,
      factors: [{ path: 'firms[0].programme', range: { from: 0, to: 0.1 } }],
      design: { type: 'sweep', n: 3 },
      replicates: 2,
      outputs: [{ measure: 'profit', statistic: 'total', discounted: true }],
    });
    await p.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await p.getByRole('button', { name: '运行实验' }).click();
    await p.getByTestId('exp-status').filter({ hasText: '完成' }).waitFor({ timeout: 60_000 });
    expect(await p.getByTestId('exp-breakeven').textContent()).toMatch(/盈亏平衡/);
    expect(await p.locator('[data-chart="exp-curve-0"] h3').textContent()).toContain('响应曲线');
    const text = (await p.locator('#panel').textContent()) ?? '';
    expect(text).toContain('共同随机数');
    expect(retiredIn(text)).toEqual([]);
    await p.close();
  });
});

describe('hostile input and control', () => {
  it('names the field of a bad value, refuses an experiment over the run limit, and keeps the page responsive', async () => {
    const p = await openWith({
      schemaVersion: 1,
      factors: [{ path: 'firms[0].price', range: { from: 0.8, to: 1.2 } }],
      design: { type: 'sweep', n: 3 },
      replicates: 2,
      outputs: [{ measure: 'profit', statistic: 'total' }],
    });
    await p.getByTestId('exp-n').fill('100000');
    await p.getByTestId('exp-n').press('Tab');
    await expect.poll(() => p.getByTestId('exp-errors').textContent()).toContain('experiment.design.n');
    await p.getByTestId('exp-n').fill('1000');
    await p.getByTestId('exp-replicates').fill('200');
    await p.getByTestId('exp-replicates').press('Tab');
    await expect.poll(() => p.getByTestId('exp-plan-errors').textContent()).toContain('runs, the limit of one experiment');
    expect(await p.getByTestId('exp-run').isDisabled()).toBe(true);
    await p.getByTestId('exp-to-0').fill('9');
    await p.getByTestId('exp-to-0').press('Tab');
    await expect.poll(() => p.getByTestId('exp-plan-errors').textContent()).toContain('experiment.factors[0].range.to');
    await p.close();
  });

  it('pauses, resumes and cancels a run under way', async () => {
    const p = await openWith(
      {
        schemaVersion: 1,
        factors: [{ path: 'firms[0].price', range: { from: 0.8, to: 1.2 } }],
        design: { type: 'sweep', n: 20 },
        replicates: 4,
        outputs: [{ measure: 'profit', statistic: 'total' }],
      },
      { population: { size: 3000 }, horizon: 24 },
    );
    await p.getByTestId('exp-run').click();
    await p.getByTestId('exp-pause').click();
    await p.getByTestId('exp-status').filter({ hasText: 'paused' }).waitFor();
    await p.getByTestId('exp-resume').click();
    await p.getByTestId('exp-cancel').click();
    await p.getByTestId('exp-status').filter({ hasText: 'cancelled' }).waitFor();
    expect(await p.getByTestId('exp-run').isEnabled()).toBe(true);
    await p.close();
    expect(errors).toEqual([]);
  });
});
