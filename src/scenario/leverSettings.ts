// A lever setting held from a period on: the one rule by which an experiment (or any variant)
// overrides a firm's strategy. From `fromPeriod` on, the setting wins over the scenario's
// scheduled changes for that firm and lever; before it, the scenario runs as written. Market
// events (a price war's cut, a quality incident) still act on top, as they do on any schedule.
import type { LeverKey } from './levers.ts';
import type { LeverChange, Scenario } from './schema.ts';

export interface LeverSetting {
  firm: number;
  lever: LeverKey;
  value: number;
  fromPeriod: number;
}

/** The scenario with the settings applied, not yet validated (the caller re-parses it, so a
 *  value out of the lever's bounds is reported like any bad change). Scheduled changes of the
 *  same firm and lever at or after `fromPeriod` are dropped, and the setting is appended as a
 *  change: changes apply in file order (model/market.ts), so the last one in force wins. */
export function applyLeverSettings(s: Scenario, settings: readonly LeverSetting[]): Scenario {
  let changes: LeverChange[] = s.changes;
  for (const x of settings) {
    changes = changes.filter((c) => !(c.firm === x.firm && c.lever === x.lever && c.period >= x.fromPeriod));
    changes.push({ period: x.fromPeriod, firm: x.firm, lever: x.lever, value: x.value });
  }
  return { ...s, changes };
}
