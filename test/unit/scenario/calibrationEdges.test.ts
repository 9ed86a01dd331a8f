// The calibration section's own rules (src/scenario/calibrationSection.ts), on a small section
// written by hand inside each test: one row per target, and each free parameter's range
// running upwards, each refused at the field with the line a user reads.
import { describe, expect, it } from 'vitest';
import { parseScenarioValue } from '../../../src/scenario/parse.ts';
import { KIND_NAMES } from '../../../src/experiment/calibrate/kinds.ts';

const parameter = (from: number, to: number) => ({
  path: 'behaviour.offerRate',
  from,
  to,
  start: from,
  value: from,
  sd: 0,
  interval: [from, to],
  profileRise: null,
  flags: [],
  written: true,
});

const target = (period: number) => ({ kind: KIND_NAMES[0], firm: 0, period, value: 0.5, weight: 1, scale: 0.1 });
const row = { set: 'fit', simulated: 0.5, lo: null, hi: null };

function section(patch: Record<string, unknown> = {}) {
  return {
    version: 1,
    targets: [target(0), target(1)],
    holdout: 0,
    settings: { replicates: 2, restarts: 1, evaluations: 3, bootstrap: 2, seed: 1 },
    parameters: [parameter(0.01, 0.3)],
    loss: { fit: 1, holdout: null, noise: null, flatThreshold: null },
    series: [],
    rows: [row, row],
    ...patch,
  };
}

const errors = (calibration: unknown): string[] => {
  const r = parseScenarioValue({ schemaVersion: 2, calibration });
  return r.ok ? [] : r.errors;
};

describe('the calibration section', () => {
  it('reads a section with one row per target', () => {
    expect(errors(section())).toEqual([]);
  });
  it('refuses a row too few or too many, giving both counts', () => {
    expect(errors(section({ rows: [row] }))).toEqual(['calibration.rows: must have one row per target (2), not 1']);
    expect(errors(section({ rows: [row, row, row] }))).toEqual(['calibration.rows: must have one row per target (2), not 3']);
  });
  it('refuses a range that does not run upwards, at the parameter it names', () => {
    expect(errors(section({ parameters: [parameter(0.01, 0.3), parameter(0.2, 0.2)] }))).toEqual(['calibration.parameters[1].to: must be greater than from']);
    expect(errors(section({ parameters: [parameter(0.3, 0.01)] }))).toEqual(['calibration.parameters[0].to: must be greater than from']);
    expect(errors(section({ parameters: [parameter(0.2, 0.2 + 1e-9)] }))).toEqual([]);
  });
});
