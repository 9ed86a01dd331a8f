// The optional `comparison` section of a scenario file (src/scenario/spec/comparison.ts): saved
// with the scenario, versioned on its own, migrated, refused field by field when wrong.
import { describe, expect, it } from 'vitest';
import { parseScenarioText, parseScenarioValue, serialiseScenario } from '../../../src/scenario/parse.ts';
import { decodeShareLink, encodeShareLink } from '../../../src/scenario/share.ts';
import { SCHEMA_VERSION } from '../../../src/scenario/schema.ts';
import { comparisonSection } from '../../../src/scenario/variants.ts';
import { errorLine, noticeLine } from '../../../src/i18n/errors.ts';

const section = {
  version: 1,
  variants: [
    { name: 'Baseline', settings: [] },
    { name: 'No programme', settings: [{ firm: 0, lever: 'programme', value: 0, fromPeriod: 24 }] },
  ],
  replicates: 5,
  band: 'ci',
};

const file = (comparison: unknown) => ({ schemaVersion: SCHEMA_VERSION, comparison });

describe('the comparison section', () => {
  it('is optional: a file without it parses as before and gains none', () => {
    const r = parseScenarioValue({ schemaVersion: SCHEMA_VERSION });
    expect(r.ok && 'comparison' in r.scenario).toBe(false);
  });

  it('is read with its defaults, and survives a save and a share link', () => {
    const r = parseScenarioValue(file({ version: 1, variants: [{ name: 'A' }, { name: 'B', settings: [{ firm: 1, lever: 'price', value: 0.9 }] }] }));
    expect(r.ok ? r.scenario.comparison : r.errors).toEqual({
      version: 1,
      variants: [
        { name: 'A', settings: [] },
        { name: 'B', settings: [{ firm: 1, lever: 'price', value: 0.9, fromPeriod: 0 }] },
      ],
      band: 'percentile',
    });
    const full = parseScenarioValue(file(section));
    if (!full.ok) throw new Error(full.errors.join('\n'));
    expect(parseScenarioText(serialiseScenario(full.scenario))).toEqual(full);
    expect(decodeShareLink(encodeShareLink(full.scenario))).toEqual(full);
  });

  it('is what the compare panel writes', () => {
    const written = comparisonSection(
      [
        { name: 'Baseline', settings: [] },
        { name: 'No programme', settings: [{ firm: 0, lever: 'programme', value: 0, fromPeriod: 24 }] },
      ],
      5,
      'ci',
    );
    expect(written).toEqual(section);
    const r = parseScenarioValue(file(written));
    expect(r.ok && r.scenario.comparison).toEqual(section);
    // replicates left to the scenario are not written
    expect('replicates' in comparisonSection(section.variants as never, null, 'percentile')).toBe(false);
  });

  it('keeps the cohort-curve choice only when it is on', () => {
    const on = comparisonSection(section.variants as never, 5, 'ci', true);
    expect(on.cohorts).toBe(true);
    const r = parseScenarioValue(file(on));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.comparison?.cohorts).toBe(true);
    expect(decodeShareLink(encodeShareLink(r.scenario))).toEqual(r);
    expect('cohorts' in comparisonSection(section.variants as never, 5, 'ci', false)).toBe(false);
    const bad = parseScenarioValue(file({ ...section, cohorts: 'yes' }));
    expect(bad.ok ? [] : bad.errors).toEqual(['comparison.cohorts: must be a boolean']);
  });

  it('refuses bad sections with errors that name the field', () => {
    const errors = (c: unknown) => {
      const r = parseScenarioValue(file(c));
      return r.ok ? [] : r.errors;
    };
    expect(errors({ ...section, variants: [section.variants[0]] })).toEqual(['comparison.variants: needs at least 2 item(s)']);
    expect(errors({ ...section, replicates: 0 })).toEqual(['comparison.replicates: must be ≥ 1']);
    expect(errors({ ...section, band: 'wide' })).toEqual(['comparison.band: must be one of "percentile", "ci"']);
    expect(
      errors({ ...section, variants: [section.variants[0], { name: 'X', settings: [{ firm: 0, lever: 'programme', value: 2, fromPeriod: 0 }] }] }),
    ).toEqual(['comparison.variants[1].settings[0].value: programme must be between 0 and 0.3']);
    expect(
      errors({ ...section, variants: [section.variants[0], { name: 'X', settings: [{ firm: 0, lever: 'programme', value: 0, fromPeriod: -1 }] }] }),
    ).toEqual(['comparison.variants[1].settings[0].fromPeriod: must be ≥ 0']);
    expect(errors({ ...section, extra: 1 })[0]).toMatch(/^comparison: unknown key "extra"/);
    expect(errors({ ...section, version: 2 })).toEqual(['comparison.version: 2 is not supported (this version of Loyalty Lab reads 0 to 1)']);
    expect(errors({ ...section, version: '1' })).toEqual(['comparison.version: must be a whole number']);
    // and in Chinese
    expect(errorLine('comparison.version: 2 is not supported (this version of Loyalty Lab reads 0 to 1)', 'zh')).toMatch(/^comparison\.version：不支持版本 2/);
  });

  it('migrates version 0 (overrides from period 0) and says so', () => {
    const r = parseScenarioValue(
      file({
        variants: [
          { name: 'Baseline', overrides: [] },
          { name: 'Service', overrides: [{ firm: 0, lever: 'recoveryRate', value: 0.8 }] },
        ],
        band: 'percentile',
      }),
    );
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.comparison?.version).toBe(1);
    expect(r.scenario.comparison?.variants[1].settings).toEqual([{ firm: 0, lever: 'recoveryRate', value: 0.8, fromPeriod: 0 }]);
    expect(r.notices).toEqual(['The comparison had no version (version 0); it was migrated to version 1.']);
    expect(noticeLine(r.notices[0], 'zh')).toBe('比较设置没有版本号（版本 0），已迁移到版本 1。');
  });
});
