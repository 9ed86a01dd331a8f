// A team's decision for one round: the nine levers a team may set (the list; the
// poaching offers and complaint encouragement stay as the scenario has them). Bounds come from
// the one lever table (scenario/levers.ts), so a team can never ask for what a scenario file
// could not hold.
import { z } from 'zod';
import { LEVER_BY_KEY, type LeverKey } from '../scenario/levers.ts';
import type { Scenario } from '../scenario/schema.ts';

export const TEAM_LEVERS = [
  'quality',
  'price',
  'programme',
  'recoveryRate',
  'lockIn',
  'promise',
  'personalisation',
  'focusHighValue',
  'acquisitionSpend',
] as const satisfies readonly LeverKey[];

export type TeamLever = (typeof TEAM_LEVERS)[number];
export type Decision = Record<TeamLever, number>;

const bounded = (k: TeamLever) => {
  const l = LEVER_BY_KEY[k];
  return z.number().refine(Number.isFinite, 'must be a finite number').min(l.min, `must be ≥ ${l.min}`).max(l.max, `must be ≤ ${l.max}`);
};

export const decisionSchema = z.strictObject(Object.fromEntries(TEAM_LEVERS.map((k) => [k, bounded(k)])) as Record<TeamLever, ReturnType<typeof bounded>>);

/** The value of one lever of one firm in force at `period`: the last scheduled change at or
 *  before it (changes apply in file order, model/market.ts), else the firm's own setting. */
export function leverAt(s: Scenario, firm: number, lever: LeverKey, period: number): number {
  let v = s.firms[firm][lever];
  for (const c of s.changes) if (c.firm === firm && c.lever === lever && c.period <= period) v = c.value;
  return v;
}

/** What the firm would do at `period` if nobody decided: the scenario's own schedule. */
export function scheduledDecision(s: Scenario, firm: number, period: number): Decision {
  return Object.fromEntries(TEAM_LEVERS.map((k) => [k, leverAt(s, firm, k, period)])) as Decision;
}

export function sameDecision(a: Decision, b: Decision): boolean {
  return TEAM_LEVERS.every((k) => a[k] === b[k]);
}
