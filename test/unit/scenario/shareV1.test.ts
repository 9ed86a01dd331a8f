// Share links made before the time base (schema version 1, format s1) still open: the link's
// scenario is migrated like a file, with the same notices, and means what it meant.
import { describe, expect, it } from 'vitest';
import { decodeShareLink } from '../../../src/scenario/share.ts';
import { compileParams } from '../../../src/model/params.ts';
import { chooseStart } from '../../../src/ui/io/startup.ts';
import { scenarioWith } from '../../helpers.ts';

// made with the s1 encoder from {"schemaVersion":1,"seed":5,"horizon":52,"periodUnit":"week",
// "behaviour":{"offerRate":0.02},"wordOfMouth":{"terroristPeriods":26}} and from
// {"schemaVersion":1,"seed":6,"horizon":36,"firms":[{"name":"Us","initialShare":0.5},{"name":"Them","initialShare":0.5,"price":0.9}]}
const WEEKS = 's1.eLvkub2Fw9buhLT6gAEBb-WZgiIAuZEHbrOiNVZQK3FQMwitjMcsp43MamsBK4gsYw';
const MONTHS = 's1.eLvkub2Fw9buhLT6gLUDvJVnDOQQVxgip4IQoMHYlCCHcG1sLQD2Oinf';

describe('a share link of schema version 1', () => {
  it('in months opens as the same scenario, with the migration notice', () => {
    const r = decodeShareLink(MONTHS);
    expect(r).toEqual({
      ok: true,
      scenario: scenarioWith({
        seed: 6,
        horizon: 36,
        firms: [
          { name: 'Us', initialShare: 0.5 },
          { name: 'Them', initialShare: 0.5, price: 0.9 },
        ],
      }),
      notices: [
        'This file was written for schema version 1; it was migrated to version 2.',
        'Rates and durations are now stated per month; its periods are months, so its values are unchanged.',
      ],
    });
  });

  it('in weeks opens with its weekly rates stated per month, which the model turns back into the same weekly ones', () => {
    const r = decodeShareLink(WEEKS);
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.notices).toHaveLength(3);
    expect(r.notices[1]).toMatch(/its periods are weeks/);
    expect(r.scenario).toMatchObject({ seed: 5, horizon: 52, periodUnit: 'week', wordOfMouth: { terroristMonths: 6 } });
    expect(r.scenario.behaviour.offerRate).toBeCloseTo(1 - 0.98 ** (52 / 12), 12);
    const p = compileParams(r.scenario);
    expect([p.offerRate, p.terroristPeriods, p.entryRate]).toEqual([expect.closeTo(0.02, 12), expect.closeTo(26, 9), expect.closeTo(0.01, 12)]);
  });

  it('opens at start-up with its notices passed on', () => {
    const start = chooseStart(`#${WEEKS}`, { kind: 'none' });
    expect(start.scenario.periodUnit).toBe('week');
    expect(start.notices[0]).toMatch(/version 1; it was migrated to version 2/);
  });
});
