import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, parseScenarioValue, serialiseScenario } from '../../../src/scenario/parse.ts';
import { scenarioArb } from './arbitraries.ts';

describe('parse → serialise → parse', () => {
  it('is lossless for valid scenarios far from the defaults', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const text = serialiseScenario(s);
        const first = parseScenarioText(text);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(first.scenario).toEqual(s);
        const again = serialiseScenario(first.scenario);
        expect(again).toBe(text);
        expect(parseScenarioText(again)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
  it('gives the same scenario from the value as from its text', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(parseScenarioValue(JSON.parse(serialiseScenario(s)))).toEqual(parseScenarioText(serialiseScenario(s)));
      }),
      { numRuns: 100 },
    );
  });
});
