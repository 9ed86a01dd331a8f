// Switching a scenario to periods of another length. Its rates need nothing (they are per month
// whatever the period, spec/time.ts); what counts periods — the horizon, the burn-in, when firms
// open, and the schedule — is rescaled so the run covers the same stretch of time and every
// change and event falls when it fell, to the nearest whole period.
import { LIMITS, type Scenario } from './schema.ts';
import { monthsPerPeriod, type PeriodUnit } from './spec/time.ts';

export function changePeriodUnit(s: Scenario, unit: PeriodUnit): Scenario {
  const ratio = monthsPerPeriod(s.periodUnit) / monthsPerPeriod(unit);
  if (ratio === 1) return s;
  const at = (t: number) => Math.min(LIMITS.horizon, Math.round(t * ratio));
  // a window never shrinks to nothing
  const span = (n: number) => Math.max(1, at(n));
  return {
    ...s,
    periodUnit: unit,
    horizon: span(s.horizon),
    burnIn: at(s.burnIn),
    firms: s.firms.map((f) => ({ ...f, availableFrom: at(f.availableFrom) })),
    changes: s.changes.map((c) => {
      const period = at(c.period);
      return c.until === undefined ? { ...c, period } : { ...c, period, until: Math.max(period + 1, at(c.until)) };
    }),
    events: s.events.map((e) =>
      'duration' in e && e.duration !== undefined ? { ...e, period: at(e.period), duration: span(e.duration) } : { ...e, period: at(e.period) },
    ),
  };
}
