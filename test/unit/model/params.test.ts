// The kernel's parameters come from the field spec: every number field of the sections the
// kernel reads reaches it by name, so a new field cannot be silently left out.
import { describe, expect, it } from 'vitest';
import { compileParams } from '../../../src/model/params.ts';
import { FIELDS } from '../../../src/scenario/spec/index.ts';
import { scenarioWith } from '../../helpers.ts';

describe('compileParams', () => {
  const s = scenarioWith({
    behaviour: { trustGain: 0.37, weights: { kinship: 1.7 } },
    service: { complaintRate: 0.41, failureRate: 0.12 },
    wordOfMouth: { tellCount: 7 },
  });
  const p = compileParams(s) as unknown as Record<string, unknown>;

  it('carries every number field of behaviour, service and word of mouth under its name', () => {
    const rows = FIELDS.filter((f) => /^(behaviour|service|wordOfMouth)\.[A-Za-z]+$/.test(f.path) && (f.kind === 'number' || f.kind === 'integer'));
    expect(rows.length).toBeGreaterThan(25);
    for (const f of rows) {
      const [section, name] = f.path.split('.') as ['behaviour' | 'service' | 'wordOfMouth', string];
      expect(p[name], f.path).toBe((s[section] as Record<string, number>)[name]);
    }
    expect([p.trustGain, p.complaintRate, p.failureRate, p.tellCount]).toEqual([0.37, 0.41, 0.12, 7]);
  });

  it('names the utility weights w + the weight, and keeps the derived values', () => {
    expect(p.wKinship).toBe(1.7);
    expect(p.wSatisfaction).toBe(s.behaviour.weights.satisfaction);
    expect(p.numberTieCost).toBe(s.population.numberTie.cost);
    expect(Array.from(p.repurchase as Float64Array)).toEqual([...Object.values(s.service.repurchase.minor), ...Object.values(s.service.repurchase.major)]);
  });
});
