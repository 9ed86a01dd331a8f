// A lever named like a member of every JavaScript object ("toString", "constructor") is an
// unknown lever like any other, refused naming the field: the lever table is a plain object, so
// a lookup by such a name finds the inherited member unless it asks for the table's own keys.
import { describe, expect, it } from 'vitest';
import { parseScenarioValue } from '../../../src/scenario/parse.ts';
import { scheduleLiveLever } from '../../../src/scenario/liveLevers.ts';
import { settingProblems } from '../../../src/scenario/variants.ts';
import type { LeverKey } from '../../../src/scenario/levers.ts';
import { scenarioWith } from '../../helpers.ts';

const INHERITED = ['toString', 'constructor', 'hasOwnProperty', '__proto__'];
const LEVER_LIST =
  'must be one of "quality", "price", "programme", "recoveryRate", "recoverySpeed", "complaintEncouragement", "lockIn", "promise", "personalisation", "focusHighValue", "acquisitionSpend", "offerRate", "offerDiscount"';

describe('a lever named like an inherited member', () => {
  it.each(INHERITED)('"%s" in a version-1 week file is refused at the change, as in a current file', (lever) => {
    const change = [{ period: 1, firm: 0, lever, value: 1 }];
    for (const file of [
      { schemaVersion: 1, periodUnit: 'week', changes: change },
      { schemaVersion: 2, changes: change },
    ]) {
      const r = parseScenarioValue(file);
      expect(r.ok ? [] : r.errors).toEqual([`changes[0].lever: ${LEVER_LIST}`]);
    }
  });
  it.each(INHERITED)('"%s" as a live lever is an unknown lever', (lever) => {
    const r = scheduleLiveLever(scenarioWith({ horizon: 12 }), { firm: 0, lever: lever as LeverKey, value: 1 }, 2);
    expect(r.ok ? '' : r.error).toBe(`lever: unknown lever "${lever}"`);
  });
  it.each(INHERITED)('"%s" in a variant is an unknown lever', (lever) => {
    const problems = settingProblems(scenarioWith({ horizon: 12 }), { name: 'V', settings: [{ firm: 0, lever: lever as LeverKey, value: 1, fromPeriod: 2 }] });
    expect(problems).toEqual([`settings[0].lever: unknown lever "${lever}"`]);
  });
});
