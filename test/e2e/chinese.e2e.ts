// The Chinese interface in Chromium, as a teacher would project it (1280×720): every view and
// every lesson card shows no English default name (Us, Rival A, Incumbent, Firm 4, Baseline …),
// no thousands separator where 万 belongs and no 「第 N 月」 without its measure word. Each lesson
// card is saved as a screenshot in test-artifacts/ (with a CJK font installed by .ci/run, the
// glyphs are real).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appForFile, setField, waitForState } from './browser.ts';

const ENGLISH_DEFAULT = /\b(?:Us|Rival [A-D]|Incumbent|Entrant [A-D]|Firm \d+|Baseline|Better service|Loyalty programme|Variant [A-Z])\b/;
const THOUSANDS = /\d{1,3}(?:,\d{3})+(?![\d.])/;
const MONTH_WITHOUT_MEASURE_WORD = /第\s*\d+\s*月/;

let page: Page;
let errors: string[];

appForFile((app) => ({ page, errors } = app), 'zh');
beforeAll(async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
});

/** Everything a viewer can read: visible text, chart text and titles, field values, labels. */
async function screenText(): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('svg text, svg title, option')) parts.push(el.textContent ?? '');
    for (const el of document.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])')) parts.push(el.value);
    for (const el of document.querySelectorAll('[aria-label], [aria-valuetext]'))
      parts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('aria-valuetext') ?? '');
    return parts.join('\n');
  });
}

/** The lines of the screen that break the Chinese conventions, for a readable failure. The
 *  glossary shows each term in both languages on purpose, so there «Loyalty programme» is the
 *  English term, not a variant's default name. */
async function offences(where: string, glossary = false): Promise<string[]> {
  const lines = (await screenText()).split('\n');
  const names = glossary ? new RegExp(ENGLISH_DEFAULT.source.replace('|Loyalty programme', '')) : ENGLISH_DEFAULT;
  return lines.flatMap((l) => {
    const bad = [names, THOUSANDS, MONTH_WITHOUT_MEASURE_WORD].map((re) => re.exec(l)?.[0]).filter(Boolean);
    return bad.length ? [`${where}: «${bad.join('», «')}» in “${l.trim().slice(0, 120)}”`] : [];
  });
}

describe('the Chinese interface, projected', () => {
  it('shows the live view in Chinese terms, names and number forms', async () => {
    await page.getByRole('heading', { name: '忠诚实验室' }).waitFor();
    expect(await offences('live, before the run')).toEqual([]);
    await setField(page, '期数', 36);
    await page.getByRole('button', { name: '运行', exact: true }).click();
    await waitForState(page, 'done', 90_000);
    expect(await offences('live, after the run')).toEqual([]);
    const chartText = (id: string) => page.locator(`[data-chart="${id}"] svg.chart`).first().textContent();
    expect(await chartText('churn')).toContain('获客');
    expect(await chartText('retention')).toContain('我们');
    expect(await chartText('cumprofit')).toMatch(/\d万/);
    expect(await page.locator('#churn-title').textContent()).toContain('流失与获客 — 我们');
    await page.screenshot({ path: 'test-artifacts/zh-live.png' });
  });

  it('reads a chart as 第 N 个月 with the values listed by 、', async () => {
    const plot = page.locator('[data-chart="retention"]').getByRole('slider');
    await plot.focus();
    await page.keyboard.press('End');
    await expect.poll(() => plot.getAttribute('aria-valuetext')).toMatch(/^第 36 个月：我们 \d+(\.\d)?%、对手 A \d+(\.\d)?%、对手 B/);
    const tip = page.locator('[data-chart="retention"] .tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/^第 36 个月\s*我们：\d+(\.\d)?%/);
    await page.keyboard.press('Escape');
  });

  it('shows a new firm and a followed customer in Chinese', async () => {
    await page.getByRole('button', { name: '添加企业' }).click();
    await expect.poll(() => screenText()).toContain('企业 4');
    await page.getByRole('spinbutton', { name: /顾客编号/ }).fill('17');
    await page.getByRole('button', { name: '跟踪' }).click();
    await page.getByRole('button', { name: '重置' }).click();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '单步一期' }).click();
    await expect.poll(() => page.locator('[data-chart="inspector"] tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await offences('live, four firms, inspector')).toEqual([]);
    await page.locator('details.firm > summary', { hasText: '企业 4' }).click();
    await page.getByRole('button', { name: '删除 企业 4' }).click();
  });

  it('shows the comparison with Chinese variant names and 约剩 … 秒', async () => {
    await setField(page, '顾客数', 2000);
    await setField(page, '期数', 24);
    await page.getByRole('tab', { name: '策略比较' }).click();
    expect(await offences('compare, before the run')).toEqual([]);
    await page.getByRole('spinbutton', { name: '重复次数' }).last().fill('2');
    await page.getByRole('button', { name: '运行比较' }).click();
    await expect.poll(() => page.getByTestId('compare-status').textContent(), { timeout: 90_000, interval: 100 }).toMatch(/完成|约剩 (\d+ 分 )?\d+ 秒|约剩 …/);
    await expect.poll(() => page.getByTestId('compare-status').textContent(), { timeout: 90_000, interval: 250 }).toContain('完成');
    expect(await page.locator('#diff-title').textContent()).toBe('与基准的差异 — 我们');
    expect(await offences('compare, done')).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/zh-compare.png', fullPage: true });
    await page.getByRole('tab', { name: '实时运行' }).click();
  });

  it('shows the library and the glossary in Chinese', async () => {
    await page.getByRole('button', { name: '情景库' }).click();
    const library = page.getByRole('dialog', { name: '情景库' });
    await library.waitFor();
    expect(await offences('library')).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/zh-library.png' });
    await library.getByRole('button', { name: '关闭' }).first().click();

    await page
      .locator('[data-chart="map"]')
      .getByRole('button', { name: /术语表/ })
      .click();
    const glossary = page.getByRole('dialog', { name: '术语表' });
    await glossary.waitFor();
    const text = (await glossary.textContent()) ?? '';
    for (const term of ['图利型顾客', '人质型顾客', '流失型顾客', '忠诚型顾客', '冷淡区', '顾客保持率', '“恐怖分子”']) expect(text).toContain(term);
    expect(await offences('glossary', true)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('shows presentation mode and the printed report in Chinese', async () => {
    await page.getByRole('button', { name: '演示模式' }).click();
    expect(await page.locator('aside.sidebar').isVisible()).toBe(false);
    expect(await offences('presentation mode')).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/zh-present.png' });
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    const report = page.getByTestId('run-report');
    expect(await report.isVisible()).toBe(true);
    expect(await report.textContent()).toMatch(/第 \d+ \/ \d+ 期 · \d+(\.\d+)?万 位顾客/);
    expect(await report.textContent()).toContain('我们');
    expect(await offences('printed report')).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
  });

  it('plays every lesson card in Chinese, and saves each at 1280×720', async () => {
    const picker = () => page.getByRole('button', { name: '课程', exact: true }).first();
    await picker().click();
    const ids = await page.locator('[data-lesson]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lesson')!));
    expect(ids.length).toBeGreaterThanOrEqual(11);
    await picker().click();
    const panel = page.getByTestId('lesson-panel');
    let cards = 0;
    for (const id of ids) {
      if (!(await page.locator(`[data-lesson="${id}"]`).isVisible())) await picker().click();
      await page.locator(`[data-lesson="${id}"]`).click();
      for (let n = 0; ; n++) {
        await page.locator(`[data-testid="lesson-panel"][data-card="${n}"]`).waitFor({ timeout: 90_000 });
        if (n > 0) await page.locator('[data-testid="run-status"]:is([data-state="paused"], [data-state="done"])').waitFor({ timeout: 90_000 });
        const radio = panel.getByRole('radio').first();
        if (await radio.count()) await radio.check();
        const reveal = panel.getByRole('button', { name: '显示参考答案' });
        if (await reveal.count()) await reveal.click();
        expect(await offences(`${id} card ${n}`)).toEqual([]);
        await page.screenshot({ path: `test-artifacts/zh-lesson-${id}-${n + 1}.png` });
        cards++;
        const last = (await panel.getByRole('button', { name: '完成', exact: true }).count()) > 0;
        await panel.locator('.lesson-actions button.primary').click();
        if (last) break;
      }
      await panel.getByRole('button', { name: '关闭' }).click();
    }
    expect(cards).toBeGreaterThanOrEqual(40);
  }, 900_000);

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
