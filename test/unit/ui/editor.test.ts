import { describe, expect, it, vi } from 'vitest';
import { errorsByField, errorsUnder, getAt, pathKey, setAt } from '../../../src/ui/editor/paths.ts';
import { numberField, numberFieldsUnder } from '../../../src/ui/editor/schemaFields.ts';
import { ScenarioDraft } from '../../../src/ui/editor/draft.svelte.ts';
import { EVENT_DEFAULTS, EVENT_TYPES } from '../../../src/ui/editor/events.ts';
import { defaultScenario } from '../../../src/scenario/parse.ts';
import { LEVERS } from '../../../src/scenario/levers.ts';
import { FIRM, FIRM_COSTS } from '../../../src/scenario/spec/index.ts';

describe('field paths', () => {
  it('writes paths as the validator does', () => {
    expect(pathKey(['firms', 1, 'price'])).toBe('firms[1].price');
    expect(pathKey(['population', 'budget', 'mean'])).toBe('population.budget.mean');
    expect(pathKey([])).toBe('(root)');
  });
  it('gets and sets nested values', () => {
    const o: Record<string, unknown> = { firms: [{ price: 1 }] };
    setAt(o, ['firms', 0, 'price'], 2);
    setAt(o, ['a', 'b'], 3);
    expect(getAt(o, ['firms', 0, 'price'])).toBe(2);
    expect(getAt(o, ['a', 'b'])).toBe(3);
    expect(getAt(o, ['x', 'y'])).toBeUndefined();
  });
  it('groups error lines by field', () => {
    const e = errorsByField(['firms[1].price: must be ≥ 0.2', 'firms[1].price: other', 'horizon: must be ≤ 1040', 'no path here']);
    expect(e).toEqual({ 'firms[1].price': ['must be ≥ 0.2', 'other'], horizon: ['must be ≤ 1040'], '(root)': ['no path here'] });
    expect(errorsUnder(e, 'firms')).toEqual(['firms[1].price: must be ≥ 0.2', 'firms[1].price: other']);
  });
});

describe('bounds from the schema', () => {
  it('reads min, max, integer and default', () => {
    expect(numberField(['population', 'size'])).toMatchObject({ min: 10, max: 1_000_000, integer: true, default: 20_000 });
    expect(numberField(['firms', 2, 'unitCost'])).toMatchObject({ min: 0, max: 5, integer: false });
    expect(numberField(['periodUnit'])).toBeNull();
    expect(numberField(['nope'])).toBeNull();
  });
  it('agrees with the lever table for every lever', () => {
    for (const l of LEVERS) expect(numberField(['firms', 0, l.key])).toMatchObject({ min: l.min, max: l.max, default: l.default });
  });
  it('lists every numeric leaf under a section', () => {
    const paths = numberFieldsUnder(['population']).map((f) => pathKey(f.path));
    expect(paths).toContain('population.budget.paretoAlpha');
    expect(paths).toContain('population.numberTie.cost');
    expect(numberFieldsUnder(['service']).length).toBeGreaterThan(10);
  });
  it('gives every numeric firm field a place in the firm editor (start, levers, costs)', () => {
    const placed = new Set(['initialShare', 'availableFrom', ...LEVERS.map((l) => l.key), ...Object.keys(FIRM_COSTS)]);
    const numeric = Object.entries(FIRM.fields).filter(([, f]) => f.spec.kind === 'number' || f.spec.kind === 'integer');
    expect(numeric.map(([k]) => k).filter((k) => !placed.has(k))).toEqual([]);
    expect(Object.keys(FIRM_COSTS)).toContain('onboardingCost');
  });
});

describe('scenario draft', () => {
  it('refuses an invalid value at its field and keeps the last valid scenario', () => {
    const onValid = vi.fn();
    const d = new ScenarioDraft(defaultScenario(), onValid);
    const before = d.valid;
    d.set(['firms', 1, 'price'], 0.1);
    expect(d.errors['firms[1].price']).toEqual(['must be ≥ 0.2']);
    expect(d.valid).toBe(before);
    expect(onValid).not.toHaveBeenCalled();
    d.set(['firms', 1, 'price'], 0.8);
    expect(d.errors).toEqual({});
    expect(d.valid.firms[1].price).toBe(0.8);
    expect(onValid).toHaveBeenCalledTimes(1);
  });
  it('flags an empty number as not a number', () => {
    const d = new ScenarioDraft(defaultScenario());
    d.set(['horizon'], NaN);
    expect(d.errors.horizon?.[0]).toMatch(/number/);
  });
  it('schedules lever changes and events that validate', () => {
    const d = new ScenarioDraft(defaultScenario());
    d.addChange(12, 1, 'price');
    d.setChangeLever(0, 'quality');
    expect(d.valid.changes).toEqual([{ period: 12, firm: 1, lever: 'quality', value: 3.8 }]);
    for (const type of EVENT_TYPES) d.addEvent(type, 24);
    expect(d.invalid).toBe(false);
    expect(d.valid.events.map((e) => e.type)).toEqual([...EVENT_TYPES]);
    d.set(['changes', 0, 'value'], 9);
    expect(d.errors['changes[0].value']?.[0]).toMatch(/between 1 and 5/);
    d.remove('changes', 0);
    expect(d.invalid).toBe(false);
  });
  it('adds and removes firms; an event pointing past the last firm is refused there', () => {
    const d = new ScenarioDraft(defaultScenario());
    d.addFirm();
    expect(d.valid.firms).toHaveLength(4);
    d.addEvent('qualityIncident', 5);
    d.set(['events', 0, 'firm'], 3);
    d.removeFirm(3);
    expect(d.errors['events[0].firm']?.[0]).toMatch(/must be < 3/);
    expect(d.valid.firms).toHaveLength(4);
  });
  it('has complete defaults for every event type', () => {
    for (const type of EVENT_TYPES) expect(EVENT_DEFAULTS[type].type).toBe(type);
  });
  it('loads a whole scenario, or refuses it whole', () => {
    const d = new ScenarioDraft(defaultScenario());
    expect(d.load({ schemaVersion: 1, horizon: 5000 })[0]).toMatch(/^horizon/);
    expect(d.valid.horizon).toBe(120);
    expect(d.load({ schemaVersion: 1, horizon: 24 })).toEqual([]);
    expect(d.valid.horizon).toBe(24);
    expect(d.get(['horizon'])).toBe(24);
  });
});

describe('event fields', async () => {
  const { EVENT_FIELDS } = await import('../../../src/ui/editor/events.ts');
  const { parseScenarioValue } = await import('../../../src/scenario/parse.ts');
  it('state the same bounds as the schema (just inside passes, just outside fails)', () => {
    for (const type of EVENT_TYPES)
      for (const f of EVENT_FIELDS[type]) {
        const at = (v: number) => parseScenarioValue({ schemaVersion: 1, events: [{ ...EVENT_DEFAULTS[type], period: 1, [f.key]: v }] }).ok;
        expect(at(f.min), `${type}.${f.key} = min`).toBe(true);
        expect(at(f.max), `${type}.${f.key} = max`).toBe(true);
        expect(at(f.min - (f.integer ? 1 : 1e-9)), `${type}.${f.key} < min`).toBe(false);
        expect(at(f.max + (f.integer ? 1 : 1e-9)), `${type}.${f.key} > max`).toBe(false);
      }
  });
});
