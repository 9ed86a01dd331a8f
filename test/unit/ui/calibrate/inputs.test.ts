// The calibration view's checks before anything runs, its suggestions and its findings in both
// languages (its worker pool is the browser's one, tested in test/unit/ui/pool/).
import { describe, expect, it } from 'vitest';
import { checkParams, checkSettings, fittableFields, fieldPath, readTargets, readTargetsFile } from '../../../../src/ui/calibrate/inputs.ts';
import { KIND_NAMES, TARGET_KINDS, suggestionsFor } from '../../../../src/experiment/calibrate/kinds.ts';
import { numericField } from '../../../../src/scenario/fields.ts';
import { parsePath } from '../../../../src/scenario/paths.ts';
import { findingText } from '../../../../src/ui/calibrate/findings.ts';
import type { Finding } from '../../../../src/experiment/calibrate/findings.ts';
import { translate } from '../../../../src/i18n/translate.ts';
import { en } from '../../../../src/i18n/en.ts';
import { zh } from '../../../../src/i18n/zh.ts';
import { fieldLabel } from '../../../../src/i18n/fields.ts';
import { retiredIn } from '../../../../src/i18n/terms.ts';

describe('observed data in the app', () => {
  it('reads the command line format and sums up the series', () => {
    const r = readTargets('kind,firm,period,value\nretention,0,0,0.95\nretention,0,1,0.96\nnps,1,3,20\n');
    expect(r.ok && r.series).toEqual([
      { kind: 'retention', firm: 0, points: 2, from: 0, to: 1 },
      { kind: 'nps', firm: 1, points: 1, from: 3, to: 3 },
    ]);
  });
  it('names the line and column of each bad cell, and refuses more rows than a scenario keeps', () => {
    const r = readTargets('kind,period,value\nretention,0,1.2\nchurn,-1,0.1\n');
    expect(!r.ok && r.errors).toEqual([
      'line 2, column value: a retention must be between 0 and 1 (got 1.2)',
      'line 3, column period: must be a whole number from 0 to 100000 (got -1)',
    ]);
    const many = readTargets(`kind,period,value\n${Array.from({ length: 1001 }, (_, t) => `retention,${t},0.9`).join('\n')}`);
    expect(!many.ok && many.errors[0]).toMatch(/^\(file\): 1001 observations, more than the 1000/);
  });
  it('refuses a file over the size limit before reading it, and text that is not UTF-8', async () => {
    const huge = { size: 5e6, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await readTargetsFile(huge)).toEqual({ ok: false, error: '(file): 5.00 MB is larger than the 1 MB limit for targets' });
    const latin1 = new Blob([new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0xe9, 0x0a])]);
    const r = await readTargetsFile(latin1);
    expect(!r.ok && r.error).toMatch(/^\(file\): is not UTF-8 text/);
  });
});

describe('free parameters and settings', () => {
  it('are checked against the field table, naming the field', () => {
    const r = checkParams([
      { path: 'behaviour.offerRate', from: 0.01, to: 0.3 },
      { path: 'behaviour.matchSpread', from: 0, to: 9 },
      { path: 'behaviour.decisionNoise', from: 1, to: 0.5 },
      { path: 'behaviour.nothing', from: 0, to: 1 },
    ]);
    expect(r.fits.map((f) => f.path)).toEqual(['behaviour.offerRate']);
    expect(r.errors).toEqual([
      "behaviour.matchSpread: the bounds must lie within the field's own, 0 … 3",
      'behaviour.decisionNoise: from (1) must be less than to (0.5)',
      'behaviour.nothing: is not a number field of the scenario',
    ]);
    expect(checkSettings({ replicates: 1, restarts: 3, evaluations: 40, bootstrap: 8, holdout: 1 })).toEqual([
      'replicates: must be a whole number from 2 to 1000',
      'holdout: must be a fraction from 0 to below 1',
    ]);
  });
  it('offers only properties of the market, never a firm lever or the population size', () => {
    const paths = fittableFields().map(fieldPath);
    expect(paths).toContain('behaviour.offerRate');
    expect(paths).toContain('population.switchingCost.mean');
    expect(paths.some((p) => p.startsWith('firms'))).toBe(false);
    expect(paths).not.toContain('population.size');
  });
  it('suggests, for every kind, number fields with bounds inside the field’s own', () => {
    for (const k of KIND_NAMES)
      for (const s of TARGET_KINDS[k].suggest) {
        const keys = parsePath(s.path);
        const f = typeof keys === 'string' ? null : numericField(keys);
        expect(f, s.path).not.toBeNull();
        expect(s.from >= f!.min && s.to <= f!.max && s.from < s.to, s.path).toBe(true);
      }
    expect(suggestionsFor(['retention', 'retention', 'nps']).map((s) => s.path)).toEqual([
      'behaviour.offerRate',
      'behaviour.matchSpread',
      'behaviour.searchThreshold',
      'population.switchingCost.mean',
      'behaviour.leaveCategoryRate',
      'behaviour.baseSatisfaction',
      'behaviour.disconfirmationWeight',
      'behaviour.qualityNoise',
    ]);
  });
});

describe('findings in plain words', () => {
  const all: Finding[] = [
    { kind: 'flat', path: 'behaviour.doWithout', from: 0, to: 1, rise: 0, threshold: 0.1 },
    { kind: 'bound', path: 'behaviour.matchSpread', side: 'upper', bound: 3 },
    { kind: 'off', path: 'behaviour.offerRate' },
    { kind: 'wide', path: 'behaviour.decisionNoise', sd: 0.41 },
    { kind: 'poor', loss: 3.2 },
    { kind: 'systematic', series: 'churn', firm: 0, changes: 1, points: 9 },
    { kind: 'holdout', holdout: 3.15, fit: 1.3 },
  ];
  const words = (lang: 'en' | 'zh') => ({
    t: (k: string, v?: Record<string, string | number>) => translate(lang === 'zh' ? zh : en, en, k, v),
    field: (p: string) => fieldLabel(p, lang),
    series: (k: string) => translate(lang === 'zh' ? zh : en, en, `cal.kind.${k}`),
    firm: () => (lang === 'zh' ? '我们' : 'Us'),
    number: String,
  });
  it('say what the issue asks in English: not identified, at its bound, a mechanism switched off', () => {
    const en = all.map((f) => findingText(f, words('en')));
    expect(en[0]).toMatch(/^Can do without the category: the data do not identify it/);
    expect(en[1]).toMatch(/^Customer–firm fit spread sits at its upper bound \(3\)/);
    expect(en[2]).toMatch(/^Competitor offer rate sits at 0: a fit that needs this mechanism switched off/);
    expect(en[5]).toMatch(/^The misses of Churn \(Us\) are systematic, not noise: its residuals change sign only once in 9 points/);
  });
  it('are Chinese in Chinese, with field labels rather than paths and no retired terms', () => {
    for (const f of all) {
      const zh = findingText(f, words('zh'));
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(zh).not.toMatch(/behaviour\.|\{|\}/);
      expect(retiredIn(zh)).toEqual([]);
    }
  });
});
