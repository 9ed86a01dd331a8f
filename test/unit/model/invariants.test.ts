// Invariants that hold for any valid scenario: counts add up, shares and scores stay in range,
// and a run is a pure function of (scenario, seed, replicate).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSimulation, JS_CLASSES, LOYALTY_TYPES, M, MEASURE_COUNT, SEGMENTS, type PeriodSummary } from '../../../src/model/index.ts';
import { LEVERS } from '../../../src/scenario/levers.ts';
import { scenario } from './helpers.ts';

const leverArb = fc.record(
  Object.fromEntries(LEVERS.filter((l) => l.key !== 'acquisitionSpend').map((l) => [l.key, fc.double({ min: l.min, max: l.max, noNaN: true })])),
);

const scenarioArb = fc
  .record({
    seed: fc.nat(),
    size: fc.integer({ min: 20, max: 400 }),
    horizon: fc.integer({ min: 1, max: 8 }),
    firms: fc.array(fc.record({ share: fc.double({ min: 0.01, max: 1, noNaN: true }), levers: leverArb, late: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    openness: fc.double({ min: 0, max: 1, noNaN: true }),
    kinshipShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    failureRate: fc.double({ min: 0, max: 1, noNaN: true }),
    portability: fc.option(fc.integer({ min: 0, max: 8 })),
  })
  .map((r) =>
    scenario({
      seed: r.seed,
      horizon: r.horizon,
      population: { size: r.size, kinshipShare: r.kinshipShare },
      market: { openness: r.openness },
      service: { failureRate: r.failureRate },
      firms: r.firms.map((f, k) => ({ name: `F${k}`, initialShare: f.share, availableFrom: f.late && k > 0 ? 3 : 0, ...f.levers })),
      events: r.portability === null ? [] : [{ type: 'numberPortability', period: r.portability }],
    }),
  );

const block = (s: PeriodSummary, firm: number, seg: number) => (m: keyof typeof M) => s.values[(firm * SEGMENTS.length + seg) * MEASURE_COUNT + M[m]];

describe('invariants over random scenarios', () => {
  it('counts add up, shares and scores stay in range', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const sim = createSimulation(s, 0);
        let previous = new Float64Array(s.firms.length);
        for (let f = 0; f < s.firms.length; f++) for (let i = 0; i < sim.pop.size; i++) if (sim.pop.provider[i] === f) previous[f]++;
        for (let t = 0; t < s.horizon; t++) {
          const x = sim.step();
          let shares = 0;
          let inCategory = 0;
          const now = new Float64Array(s.firms.length);
          for (let f = 0; f < s.firms.length; f++) {
            const v = block(x, f, 0);
            // the firm's customers last period = those it kept + those it lost
            expect(v('retained') + v('churned')).toBe(previous[f]);
            expect(v('customers')).toBe(v('retained') + v('acquired'));
            expect(v('churned')).toBe(v('switchedOut') + v('exited'));
            expect(LOYALTY_TYPES.reduce((a, k) => a + v(`type_${k}` as const), 0)).toBe(v('customers'));
            expect(v('promoters') + v('passives') + v('detractors')).toBe(v('customers'));
            const seg = [1, 2, 3].reduce((a, g) => a + block(x, f, g)('customers'), 0);
            expect(seg).toBe(v('customers'));
            for (const m of ['retention', 'churnRate', 'marketShare', 'walletShare', 'meanTrust', 'promoterShare'] as const) {
              const y = v(m);
              if (!Number.isNaN(y)) expect(y >= 0 && y <= 1).toBe(true);
            }
            const nps = v('nps');
            if (!Number.isNaN(nps)) expect(nps >= -100 && nps <= 100).toBe(true);
            const sat = v('meanSatisfaction');
            if (!Number.isNaN(sat)) expect(sat >= 1 && sat <= 5).toBe(true);
            const K = s.firms.length;
            let out = 0;
            for (let j = 0; j < K; j++) out += x.moves[f * (K + 1) + j];
            expect(out).toBe(v('switchedOut'));
            expect(x.moves[f * (K + 1) + K]).toBe(v('exited'));
            expect(x.moves[K * (K + 1) + f]).toBe(v('entered'));
            shares += v('marketShare');
            inCategory += v('customers');
            now[f] = v('customers');
          }
          if (inCategory > 0) expect(shares).toBeCloseTo(1, 9);
          // everybody is somewhere: a customer of one firm or a prospect
          let counted = 0;
          for (let i = 0; i < sim.pop.size; i++) if (sim.pop.provider[i] !== 255) counted++;
          expect(counted).toBe(inCategory);
          expect(JS_CLASSES.length).toBe(6);
          previous = now;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('same scenario and seed give bit-identical measures', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = createSimulation(s, 1);
        const b = createSimulation(s, 1);
        for (let t = 0; t < s.horizon; t++) {
          const x = a.step();
          const y = b.step();
          expect(Array.from(x.values)).toEqual(Array.from(y.values));
          expect(Array.from(x.moves)).toEqual(Array.from(y.moves));
        }
        expect(Array.from(a.pop.satisfaction)).toEqual(Array.from(b.pop.satisfaction));
      }),
      { numRuns: 40 },
    );
  });
});
