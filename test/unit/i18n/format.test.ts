// Chinese number, period, duration and list forms, through Intl (zh-CN).
import { afterEach, describe, expect, it } from 'vitest';
import { formatBound, formatDuration, formatList, formatNumber, joinClauses } from '../../../src/ui/series/format.ts';
import { formatPeriod, locale, periodOnAxis, t } from '../../../src/i18n/index.svelte.ts';

afterEach(() => locale.set('en'));

describe('Chinese forms', () => {
  it('groups large numbers by 万 and 亿, never with a thousands separator', () => {
    expect(formatNumber(20000, 'zh')).toBe('2万');
    expect(formatNumber(14574, 'zh')).toBe('1.46万');
    expect(formatNumber(332000, 'zh')).toBe('33.2万');
    expect(formatNumber(1.5e7, 'zh')).toBe('1500万');
    expect(formatNumber(1.23e9, 'zh')).toBe('12.3亿');
    expect(formatNumber(8123, 'zh')).toBe('8120');
    expect(formatNumber(35.25, 'zh')).toBe('35.3');
    for (const v of [1234, 56789, 1e6, 4.2e8, -98765]) expect(formatNumber(v, 'zh')).not.toMatch(/\d,\d/);
  });

  it('keeps the English forms in English', () => {
    expect(formatNumber(14574, 'en')).toBe('14.6k');
    expect(formatBound(1_000_000, 'en')).toBe('1,000,000');
    expect(formatDuration(65, 'en')).toBe('1 min 05 s');
    expect(formatList(['a 1', 'b 2', 'c 3'], 'en')).toBe('a 1, b 2, c 3');
    expect(joinClauses(['x', 'y'], 'en')).toBe('x; y');
  });

  it('writes bounds exactly', () => {
    expect(formatBound(1_000_000, 'zh')).toBe('100万');
    expect(formatBound(4_294_967_295, 'zh')).toBe('4294967295');
    expect(formatBound(25_000, 'zh')).toBe('2.5万');
    expect(formatBound(12_345, 'zh')).toBe('12345');
    expect(formatBound(0.2, 'zh')).toBe('0.2');
    expect(formatBound(1000, 'zh')).toBe('1000');
  });

  it('writes durations, lists and clauses the Chinese way', () => {
    expect(formatDuration(65, 'zh')).toBe('1 分 05 秒');
    expect(formatDuration(12, 'zh')).toBe('12 秒');
    expect(formatList(['服务失误', '投诉', '已解决'], 'zh')).toBe('服务失误、投诉、已解决');
    expect(joinClauses(['必须 ≥ 0', '必须是整数'], 'zh')).toBe('必须 ≥ 0；必须是整数');
  });

  it('follows the interface language when none is given', () => {
    locale.set('zh');
    expect(formatNumber(20000)).toBe('2万');
    expect(formatDuration(65)).toBe('1 分 05 秒');
    expect(t('compare.remaining', { time: formatDuration(65) })).toBe('约剩 1 分 05 秒');
  });

  it('names periods with a measure word', () => {
    locale.set('zh');
    expect(formatPeriod(36, 'month')).toBe('第 36 个月');
    expect(formatPeriod(36, 'week')).toBe('第 36 周');
    expect(periodOnAxis(t('axis.month'), 12)).toBe('第 12 个月');
    expect(t('teach.until', { when: formatPeriod(36, 'month') })).toBe('运行到第 36 个月时将出现下一张卡片。');
    locale.set('en');
    expect(periodOnAxis(t('axis.month'), 118)).toBe('Month 118');
    expect(periodOnAxis('Satisfaction', 3)).toBe('Satisfaction 3');
  });
});
