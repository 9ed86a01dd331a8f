// The scenario being edited. Every edit validates the whole object with parseScenarioValue;
// errors are kept per field, and the last valid scenario stays what runs.
import { parseScenarioValue } from '../../scenario/parse.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { LEVER_BY_KEY, type LeverKey } from '../../scenario/levers.ts';
import { errorsByField, getAt, setAt, type Path } from './paths.ts';
import { EVENT_DEFAULTS, type EventType } from './events.ts';
import { changePeriodUnit } from '../../scenario/periodUnit.ts';
import type { PeriodUnit } from '../../scenario/spec/time.ts';

type Json = Record<string, unknown>;

export class ScenarioDraft {
  draft = $state<Json>({});
  errors = $state.raw<Record<string, string[]>>({});
  valid = $state.raw<Scenario>(undefined as unknown as Scenario);
  notices = $state.raw<string[]>([]);

  constructor(
    scenario: Scenario,
    private readonly onValid: (s: Scenario) => void = () => {},
  ) {
    this.valid = scenario;
    this.draft = structuredClone(scenario) as unknown as Json;
  }

  get(path: Path): unknown {
    return getAt(this.draft, path);
  }

  get invalid(): boolean {
    return Object.keys(this.errors).length > 0;
  }

  set(path: Path, value: unknown): void {
    setAt(this.draft, path, value);
    this.validate();
  }

  /** Replaces everything (a loaded file); refused as a whole if it does not validate. */
  load(value: unknown): string[] {
    const r = parseScenarioValue(value);
    if (!r.ok) return r.errors;
    this.draft = structuredClone(r.scenario) as unknown as Json;
    this.errors = {};
    this.valid = r.scenario;
    this.notices = r.notices;
    this.onValid(r.scenario);
    return [];
  }

  validate(): void {
    const r = parseScenarioValue($state.snapshot(this.draft));
    if (r.ok) {
      this.errors = {};
      this.valid = r.scenario;
      this.onValid(r.scenario);
    } else this.errors = errorsByField(r.errors);
  }

  private list(key: 'firms' | 'changes' | 'events'): unknown[] {
    return this.draft[key] as unknown[];
  }

  /** Switches the period unit keeping the run's calendar (scenario/periodUnit.ts): the horizon,
   *  burn-in and schedule are rescaled, rates stay per month. An invalid draft only gets the
   *  unit: there is no valid schedule to rescale. */
  setPeriodUnit(unit: PeriodUnit): void {
    if (this.invalid) return this.set(['periodUnit'], unit);
    this.draft = structuredClone(changePeriodUnit(this.valid, unit)) as unknown as Json;
    this.validate();
  }

  addFirm(): void {
    const firms = this.list('firms');
    firms.push({ ...(structuredClone($state.snapshot(firms[firms.length - 1])) as Json), name: `Firm ${firms.length + 1}` });
    this.validate();
  }

  removeFirm(k: number): void {
    this.list('firms').splice(k, 1);
    this.validate();
  }

  addChange(period: number, firm = 0, lever: LeverKey = 'price'): void {
    const value = (this.get(['firms', firm, lever]) as number | undefined) ?? LEVER_BY_KEY[lever].default;
    this.list('changes').push({ period, firm, lever, value });
    this.validate();
  }

  /** Picking another lever resets the value to that lever's current base value. */
  setChangeLever(i: number, lever: LeverKey): void {
    const firm = this.get(['changes', i, 'firm']) as number;
    const value = (this.get(['firms', firm, lever]) as number | undefined) ?? LEVER_BY_KEY[lever].default;
    (this.list('changes')[i] as Json).lever = lever;
    (this.list('changes')[i] as Json).value = value;
    this.validate();
  }

  addEvent(type: EventType, period: number): void {
    this.list('events').push({ ...EVENT_DEFAULTS[type], period });
    this.validate();
  }

  setEventType(i: number, type: EventType): void {
    const period = this.get(['events', i, 'period']);
    this.list('events')[i] = { ...EVENT_DEFAULTS[type], period };
    this.validate();
  }

  remove(key: 'changes' | 'events', i: number): void {
    this.list(key).splice(i, 1);
    this.validate();
  }
}
