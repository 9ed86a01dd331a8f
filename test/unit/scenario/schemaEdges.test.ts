// The schema's checks across fields at their edges (src/scenario/schema.ts): a change's end
// one period after its start and at it, the workload only judged when each factor is within its
// own bound, and a market that needs one firm with customers. Each file is built in its test.
import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenarioValue } from '../../../src/scenario/parse.ts';

const errors = (patch: Record<string, unknown>) => {
  const r = parseScenarioValue({ schemaVersion: 2, ...patch });
  return r.ok ? [] : r.errors;
};

describe("a change's end (until)", () => {
  const change = (until: number) => ({
    changes: [
      { period: 1, firm: 0, lever: 'price', value: 1 },
      { period: 5, firm: 1, lever: 'price', value: 1.2, until },
    ],
  });
  it('is accepted one period after the change starts, and refused at it or before, naming the change', () => {
    expect(errors(change(6))).toEqual([]);
    expect(errors(change(5))).toEqual(['changes[1].until: must be > period (5)']);
    expect(errors(change(4))).toEqual(['changes[1].until: must be > period (5)']);
  });
});

describe('the workload', () => {
  it('is not judged when a factor is already past its own bound: one line, the factor', () => {
    expect(errors({ population: { size: 1_000_001 }, horizon: 1000, replicates: 200 })).toEqual(['population.size: must be ≤ 1,000,000']);
    expect(errors({ population: { size: 1_000_000 }, horizon: 1041, replicates: 200 })).toEqual(['horizon: must be ≤ 1040']);
    expect(errors({ population: { size: 1_000_000 }, horizon: 1000, replicates: 201 })).toEqual(['replicates: must be ≤ 200']);
  });
  it('is judged with every factor at its bound', () => {
    expect(errors({ population: { size: 1_000_000 }, horizon: 1040, replicates: 200 })).toEqual([
      'replicates: population × horizon × replicates must be ≤ 5e+10 (asked for 2.08e+11)',
    ]);
  });
});

describe('the starting market', () => {
  it('needs one firm with an initial share above 0, whichever it is', () => {
    expect(errors({ firms: [{ initialShare: 0 }, { initialShare: 0 }, { initialShare: 0.01 }] })).toEqual([]);
    expect(errors({ firms: [{ initialShare: 0.01 }, { initialShare: 0 }] })).toEqual([]);
    expect(errors({ firms: [{ initialShare: 0 }] })).toEqual(['firms: at least one firm needs an initialShare above 0']);
  });
});

describe('the defaults a file may leave out', () => {
  it('are three firms: us, a rival, and a cheaper rival of lower quality', () => {
    const firms = defaultScenario().firms.map((f) => [f.name, f.initialShare, f.price, f.quality]);
    expect(firms).toEqual([
      ['Us', 0.4, 1, 3.8],
      ['Rival A', 0.35, 1, 3.8],
      ['Rival B', 0.25, 0.9, 3.5],
    ]);
  });
  it('take a tag of up to 40 characters', () => {
    expect(errors({ meta: { tags: ['t'.repeat(40), 'loyalty'] } })).toEqual([]);
    expect(errors({ meta: { tags: ['loyalty', 't'.repeat(41)] } })).toEqual(['meta.tags[1]: must have at most 40 character(s)']);
  });
});

describe("a price war's firms", () => {
  const eight = Array.from({ length: 8 }, () => ({ initialShare: 0.125 }));
  it('take any firm index from 0 to 7 that the market has', () => {
    expect(errors({ events: [{ type: 'priceWar', period: 1, firms: [0, 2] }] })).toEqual([]);
    expect(errors({ firms: eight, events: [{ type: 'priceWar', period: 1, firms: [0, 7] }] })).toEqual([]);
  });
  it('refuse an index below 0 or above 7 by its bound, wherever it is in the list', () => {
    expect(errors({ events: [{ type: 'priceWar', period: 1, firms: [1, -1] }] })).toEqual(['events[0].firms[1]: must be ≥ 0']);
    expect(errors({ firms: eight, events: [{ type: 'priceWar', period: 1, firms: [7, 8] }] })).toEqual([
      'events[0].firms[1]: must be ≤ 7',
      'events[0].firms[1]: must be < 8 (there are 8 firms)',
    ]);
  });
});
