// The scenario's optional calibration section: a calibrated scenario saves, reads back and
// travels by share link with its targets and report; a scenario without it is unchanged; a
// hostile or inconsistent section is refused by field.
import { describe, expect, it } from 'vitest';
import { calibrate, setupCalibration } from '../../../src/experiment/calibrate/setup.ts';
import { calibratedWithSection, savedFit } from '../../../src/experiment/calibrate/record.ts';
import { findingsOf } from '../../../src/experiment/calibrate/findings.ts';
import { defaultScenario, parseScenarioText, parseScenarioValue, serialiseScenario } from '../../../src/scenario/parse.ts';
import { decodeShareLink, encodeShareLink } from '../../../src/scenario/share.ts';
import { MAX_SAVED_TARGETS } from '../../../src/scenario/calibrationSection.ts';
import { smallMarket, synthetic, withValues } from './helpers.ts';

const base = smallMarket(400, 10);
const targets = synthetic(withValues(base, { 'behaviour.offerRate': 0.12 }), ['retention', 'nps'], 8, 0.3, 2);
const s = setupCalibration(
  base,
  targets,
  [
    { text: 'o', path: 'behaviour.offerRate', from: 0.01, to: 0.3 },
    { text: 'd', path: 'behaviour.doWithout', from: 0, to: 1 },
  ],
  { replicates: 2, restarts: 1, evaluations: 6, bootstrap: 2, holdout: 0.25, seed: base.seed, engine: 'typescript' },
);
if (!s.ok) throw new Error(s.errors.join('\n'));
const report = calibrate(s.ctx);
const saved = calibratedWithSection(base, s.ctx, report, 0.25);

describe('the calibration section', () => {
  it('holds the targets, settings and report; identified values are written, a flat one keeps the scenario value', () => {
    if (!saved.ok) throw new Error(saved.errors.join('\n'));
    const c = saved.scenario.calibration!;
    expect(c.version).toBe(1);
    expect(c.targets).toHaveLength(targets.length);
    expect(c.rows.filter((r) => r.set === 'holdout')).toHaveLength(4);
    expect(c.settings).toEqual({ replicates: 2, restarts: 1, evaluations: 6, bootstrap: 2, seed: base.seed });
    const [offer, doWithout] = report.parameters;
    expect(saved.scenario.behaviour.offerRate).toBe(offer.flags.includes('flat') ? base.behaviour.offerRate : offer.value);
    // doWithout acts only when no rival is open: never in this market, so flat and not written
    expect(doWithout.flags).toContain('flat');
    expect(c.parameters[1].written).toBe(false);
    expect(saved.scenario.behaviour.doWithout).toBe(base.behaviour.doWithout);
    // read back, the findings are the command line's
    expect(findingsOf(savedFit(c))).toEqual(findingsOf(report));
    expect(savedFit(c).rows.map((r) => r.scaled)).toEqual(report.rows.map((r) => r.scaled));
  });

  it('survives a file and a share link unchanged', () => {
    if (!saved.ok) throw new Error('');
    const file = parseScenarioText(serialiseScenario(saved.scenario));
    expect(file.ok && file.scenario).toEqual(saved.scenario);
    const link = decodeShareLink(encodeShareLink(saved.scenario));
    expect(link.ok && link.scenario).toEqual(saved.scenario);
  });

  it('is optional: a scenario without it parses as before', () => {
    expect('calibration' in defaultScenario()).toBe(false);
  });

  it('refuses an inconsistent or oversized section by field', () => {
    if (!saved.ok) throw new Error('');
    const raw = JSON.parse(serialiseScenario(saved.scenario));
    const bad = (patch: (c: Record<string, unknown>) => void) => {
      const x = structuredClone(raw);
      patch(x.calibration);
      const r = parseScenarioValue(x);
      return r.ok ? [] : r.errors;
    };
    expect(bad((c) => (c.rows as unknown[]).pop())).toEqual([expect.stringMatching(/^calibration\.rows: must have one row per target/)]);
    expect(bad((c) => (c.version = 2))[0]).toMatch(/^calibration\.version/);
    expect(bad((c) => ((c.targets as { kind: string }[])[0].kind = 'cohort'))[0]).toMatch(/^calibration\.targets\[0\]\.kind/);
    expect(bad((c) => ((c.parameters as { to: number }[])[0].to = -1))[0]).toMatch(/^calibration\.parameters\[0\]\.to/);
    expect(bad((c) => (c.extra = 1))[0]).toMatch(/calibration/);
  });

  it('keeps at most as many targets as a scenario list holds', () => {
    const many = Array.from({ length: MAX_SAVED_TARGETS + 1 }, (_, i) => ({ ...targets[0], period: i % 10, firm: Math.floor(i / 10) % 3 }));
    const r = calibratedWithSection(base, { ...s.ctx, targets: many.map((t) => ({ ...t, holdout: false })) }, report, 0);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(/^calibration\.targets: 1001 targets, more than the 1000/);
  });
});
