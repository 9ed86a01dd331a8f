import { describe, expect, it } from 'vitest';
import { loyaltyVerdict, scores } from '../../../src/classroom/debrief.ts';
import { OUTCOME_MEASURES, type FirmOutcome } from '../../../src/classroom/outcomes.ts';
import { isClassRoute, readClassRoute } from '../../../src/ui/classroom/route.ts';
import { decision } from './helpers.ts';

const outcome = (over: Partial<FirmOutcome>): FirmOutcome => ({ ...(Object.fromEntries(OUTCOME_MEASURES.map((m) => [m, 0])) as FirmOutcome), ...over });
const held = (programme: number) => ({ decision: decision({ programme }), how: 'submitted' as const });

describe('the debrief', () => {
  it('scores: total profit, last CLV, mean retention (missing periods skipped), last NPS', () => {
    const h = [
      outcome({ profit: 10, retention: 0.9, clv: 5, nps: 10 }),
      outcome({ profit: -4, retention: null, clv: 7, nps: 20 }),
      outcome({ profit: 1, retention: 0.7, clv: 6, nps: -5 }),
    ];
    expect(scores(h)).toEqual({ profit: 7, clv: 6, retention: 0.8, nps: -5 });
  });

  it('names the dominant loyalty type and notices incentive loyalty leaving when the programme stopped', () => {
    // two rounds of one period: a programme in round 1, none in round 2, incentive share falls
    const h = [outcome({ share_incentive: 0.5, share_value: 0.2 }), outcome({ share_incentive: 0.1, share_value: 0.3, share_inertia: 0.4 })];
    expect(loyaltyVerdict(h, [held(0.1), held(0)], 1)).toMatchObject({ dominant: 'inertia', programmeStopped: true });
    expect(loyaltyVerdict(h, [held(0.1), held(0.1)], 1).programmeStopped).toBe(false);
    expect(loyaltyVerdict(h, [null, held(0)], 1).programmeStopped).toBe(false);
    expect(loyaltyVerdict([outcome({})], [], 1).dominant).toBeNull();
  });

  it('reads the game’s addresses', () => {
    expect(isClassRoute('#/class/teacher?key=abc')).toBe(true);
    expect(isClassRoute('#/classic')).toBe(false);
    expect(isClassRoute('#s=abc')).toBe(false);
    expect(readClassRoute('#/class/join?code=ab12cd&secret=xyz')).toEqual({ screen: 'team', key: '', code: 'AB12CD', secret: 'xyz' });
    expect(readClassRoute('#/class/teacher?key=k').screen).toBe('teacher');
  });
});
