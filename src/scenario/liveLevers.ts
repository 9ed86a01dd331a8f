// A lever moved during a run (a "live lever"): it acts from the next period and is written into
// the run's schedule, so the scenario that is exported, shared or replayed gives the same
// results as the run that was watched. It is the experiments' rule (leverSettings.ts): from its
// period on, the new value holds and replaces later scheduled changes of that firm and lever.
// Pure functions, used by the app's worker and the classroom game alike.
import { applyLeverSettings } from './leverSettings.ts';
import { LEVER_BY_KEY, type LeverKey } from './levers.ts';
import type { LeverChange, Scenario } from './schema.ts';
import { LIMITS } from './spec/limits.ts';

export interface LiveLever {
  firm: number;
  lever: LeverKey;
  value: number;
}

export type Scheduled = { ok: true; changes: LeverChange[] } | { ok: false; error: string };

/** The schedule with `x` holding from period `from` on; refused (naming the field) when the value
 *  is out of the lever's bounds, the firm does not exist or the schedule would be too long. */
export function scheduleLiveLever(s: Scenario, x: LiveLever, from: number): Scheduled {
  const spec = LEVER_BY_KEY[x.lever];
  if (!spec) return { ok: false, error: `lever: unknown lever "${String(x.lever)}"` };
  if (!Number.isInteger(x.firm) || x.firm < 0 || x.firm >= s.firms.length) return { ok: false, error: `firm: must be between 0 and ${s.firms.length - 1}` };
  if (!(x.value >= spec.min && x.value <= spec.max)) return { ok: false, error: `${x.lever}: must be between ${spec.min} and ${spec.max}` };
  if (!Number.isInteger(from) || from < 0 || from > s.horizon) return { ok: false, error: `period: must be between 0 and ${s.horizon}` };
  const changes = applyLeverSettings(s, [{ ...x, fromPeriod: from }]).changes;
  if (changes.length > LIMITS.changes) return { ok: false, error: `changes: at most ${LIMITS.changes} scheduled changes` };
  return { ok: true, changes };
}

/** The value of a lever in force at period t: the base value, then the scheduled changes in
 *  file order (as model/market.ts resolves them; market events are not included). */
export function leverAt(s: Scenario, firm: number, lever: LeverKey, t: number): number {
  let v = s.firms[firm]?.[lever] ?? LEVER_BY_KEY[lever].default;
  for (const c of s.changes) if (c.firm === firm && c.lever === lever && c.period <= t) v = c.value;
  return v;
}

/** A change in the schedule that the run has already passed keeps acting: replacing a running
 *  simulation's schedule is only sound when the changes before `from` are the same. */
export function sameBefore(a: readonly LeverChange[], b: readonly LeverChange[], from: number): boolean {
  const key = (cs: readonly LeverChange[]) => JSON.stringify(cs.filter((c) => c.period < from));
  return key(a) === key(b);
}
