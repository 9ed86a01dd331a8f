import { describe, expect, it } from 'vitest';
import { eventSpecs, numericField, numericFieldsUnder } from '../../../src/scenario/fields.ts';
import { parseScenarioValue } from '../../../src/scenario/parse.ts';
import { LEVERS } from '../../../src/scenario/levers.ts';

describe('field bounds for editors', () => {
  it('reads bounds, integer-ness and defaults from the schema', () => {
    expect(numericField(['population', 'size'])).toMatchObject({ min: 10, max: 1_000_000, integer: true, default: 20_000 });
    expect(numericField(['firms', 3, 'price'])).toMatchObject({ min: 0.2, max: 3, integer: false, default: 1 });
    expect(numericField(['events', 0, 'duration'], 'qualityIncident')).toMatchObject({ default: 3 });
    expect(numericField(['events', 0, 'duration'], 'priceWar')).toMatchObject({ default: 12 });
    expect(numericField(['periodUnit'])).toBeNull();
    expect(numericField(['nope', 'x'])).toBeNull();
    for (const l of LEVERS) expect(numericField(['firms', 0, l.key])).toMatchObject({ min: l.min, max: l.max, default: l.default });
  });

  it('lists every numeric leaf under a section', () => {
    const paths = numericFieldsUnder(['service']).map((f) => f.path.join('.'));
    expect(paths).toContain('service.repurchase.major.quick');
    expect(paths.length).toBeGreaterThan(10);
  });

  it('gives every event type defaults that validate, and bounds the validator enforces', () => {
    const specs = eventSpecs();
    expect(specs.map((s) => s.type).sort()).toEqual(['deregulation', 'numberPortability', 'priceWar', 'qualityIncident']);
    for (const s of specs) {
      expect(parseScenarioValue({ schemaVersion: 1, events: [{ ...s.defaults, period: 1 }] }).ok).toBe(true);
      // (a firm index is also checked against the number of firms, beyond its static bound)
      for (const f of s.fields.filter((x) => x.key !== 'firm')) {
        const at = (v: number) => parseScenarioValue({ schemaVersion: 1, events: [{ ...s.defaults, period: 1, [f.key]: v }] }).ok;
        expect(at(f.min), `${s.type}.${f.key} min`).toBe(true);
        expect(at(f.max), `${s.type}.${f.key} max`).toBe(true);
        expect(at(f.max + 1), `${s.type}.${f.key} above`).toBe(false);
      }
    }
  });
});
