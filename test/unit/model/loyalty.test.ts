// Loyalty types by counterfactual attribution, on hand-built customers whose answer is obvious.
import { describe, expect, it } from 'vitest';
import { allocatePopulation, KIN_FIRM_SHIFT, TRAIT } from '../../../src/model/population.ts';
import { createMarket, resolveMarket } from '../../../src/model/market.ts';
import { prepareTables } from '../../../src/model/tables.ts';
import { compileParams } from '../../../src/model/params.ts';
import { createAttribution, jonesSasser, JS, LOYALTY, LOYALTY_TYPES, loyaltyIndex } from '../../../src/model/loyalty.ts';
import { attribute, explain } from '../../../src/model/attribute.ts';
import { scenario } from './helpers.ts';
import type { ScenarioOverrides } from '../../helpers.ts';

type FirmOverrides = NonNullable<ScenarioOverrides['firms']>[number];

interface Customer {
  satisfaction: number;
  trust?: number;
  switchingCost?: number;
  numberTie?: boolean;
  kin?: boolean;
  kinFirm?: number;
  priceSensitivity?: number;
  dealSensitivity?: number;
}

/** Customer 0 of firm 0 in a two-firm market where both firms are alike unless told. */
function classify(c: Customer, firms: readonly FirmOverrides[] = [{}, {}], opts: { openness?: number } = {}) {
  const s = scenario({
    firms: firms.map((f, k) => ({ name: `F${k}`, initialShare: 0.5, quality: 3.8, ...f })),
    behaviour: { matchSpread: 0 },
    market: { openness: opts.openness ?? 1 },
  });
  const pop = allocatePopulation(1, s.firms.length);
  pop.provider[0] = 0;
  pop.satisfaction[0] = c.satisfaction;
  pop.trust[0] = c.trust ?? 0;
  pop.switchingCost[0] = c.switchingCost ?? 0;
  pop.priceSensitivity[0] = c.priceSensitivity ?? 1;
  pop.dealSensitivity[0] = c.dealSensitivity ?? 1;
  pop.expectation[0] = 3.8;
  pop.traits[0] = (c.numberTie ? TRAIT.numberTie : 0) | (c.kin ? TRAIT.kin | ((c.kinFirm ?? 0) << KIN_FIRM_SHIFT) : 0);
  const m = createMarket(s);
  resolveMarket(m, s, 0);
  prepareTables(
    m,
    compileParams(s),
    Float64Array.from(s.firms, () => 0.5),
  );
  const a = attribute(pop, m, compileParams(s), 0, 0, createAttribution());
  return { type: LOYALTY_TYPES[a.type], a, why: explain(pop, m, compileParams(s), 0, 0) };
}

describe('loyalty type attribution', () => {
  // the rival is expected to satisfy at 3.8 (base satisfaction, same quality as the norm)
  it.each([
    ['monopoly: no rival is open yet', { satisfaction: 2 }, [{}, { availableFrom: 10 }], {}, 'monopoly'],
    ['monopoly: not free to choose (O = 0)', { satisfaction: 2 }, undefined, { openness: 0 }, 'monopoly'],
    ['inertia: unhappy, nothing holds it, it just has not looked', { satisfaction: 2.5 }, undefined, {}, 'inertia'],
    ['inertia: unhappy but its number ties it', { satisfaction: 3.3, numberTie: true }, undefined, {}, 'inertia'],
    ['price: a little less happy than elsewhere, but we are cheaper', { satisfaction: 3.6 }, [{ price: 0.85 }, {}], {}, 'price'],
    ['incentive: a little less happy, but our points hold it', { satisfaction: 3.6 }, [{ programme: 0.1 }, {}], {}, 'incentive'],
    ['value: delighted and trusting', { satisfaction: 4.8, trust: 1 }, undefined, {}, 'value'],
    ['kinship: unhappy, but family works here', { satisfaction: 3.2, kin: true }, undefined, {}, 'kinship'],
    ['not kinship when the family works at the rival', { satisfaction: 3.2, kin: true, kinFirm: 1 }, undefined, {}, 'inertia'],
  ] as const)('%s', (_label, customer, firms, opts, expected) => {
    expect(classify(customer, firms, opts).type).toBe(expected);
  });

  it('names the bought support before habit when removing either would lose the customer', () => {
    // value −0.45, points +0.3, switching cost +0.3: margin +0.15, and −0.15 without either
    const { type, a } = classify({ satisfaction: 3.5, switchingCost: 0.3 }, [{ programme: 0.06 }, {}]);
    expect(a.margin).toBeCloseTo(0.15, 5);
    expect(type).toBe('incentive');
  });

  it('explains the same margin term by term against the strongest rival, and nothing when the customer is not free', () => {
    const { a, why } = classify({ satisfaction: 3.5, switchingCost: 0.3 }, [{ programme: 0.06 }, {}]);
    expect(why).not.toBeNull();
    const w = why!;
    expect(w.rival).toBe(1);
    expect(w.value).toBeCloseTo(-0.45, 5);
    expect(w.incentive).toBeCloseTo(0.3, 5);
    expect(w.switchingCost).toBeCloseTo(0.3, 5);
    expect(w.price).toBeCloseTo(0, 12);
    expect(w.kinship).toBeCloseTo(0, 12);
    expect(w.value + w.price + w.incentive + w.kinship + w.switchingCost).toBeCloseTo(a.margin, 12);
    expect(classify({ satisfaction: 3.2, kin: true }).why!.kinship).toBeGreaterThan(0);
    expect(classify({ satisfaction: 3.6 }, [{ price: 0.85 }, {}]).why!.price).toBeGreaterThan(0);
    expect(classify({ satisfaction: 2 }, undefined, { openness: 0 }).why).toBeNull();
    expect(classify({ satisfaction: 2 }, [{}, { availableFrom: 10 }]).why).toBeNull();
  });

  it('starts an attribution as value at margin 0, and maps a margin to the 0–1 loyalty index', () => {
    expect(createAttribution()).toEqual({ type: LOYALTY.value, margin: 0 });
    expect(loyaltyIndex({ type: LOYALTY.value, margin: 0 })).toBe(0.5);
    expect(loyaltyIndex({ type: LOYALTY.value, margin: 1 })).toBe(0.75);
    expect(loyaltyIndex({ type: LOYALTY.monopoly, margin: Infinity })).toBe(0.97);
  });

  it('names the largest support when several hold the customer and none is needed alone', () => {
    // value −0.45, points +1.0, switching cost +0.5: either alone would keep it
    expect(classify({ satisfaction: 3.5, switchingCost: 0.5 }, [{ programme: 0.2 }, {}]).type).toBe('incentive');
    expect(classify({ satisfaction: 3.5, switchingCost: 1.5 }, [{ programme: 0.2 }, {}]).type).toBe('inertia');
  });

  it('a delighted customer with points is still value-loyal: the points are not needed', () => {
    expect(classify({ satisfaction: 4.8, trust: 1 }, [{ programme: 0.1 }, {}]).type).toBe('value');
  });
});

describe('Jones–Sasser classes', () => {
  it.each([
    ['apostle', { satisfaction: 4.8, trust: 1 }, JS.apostle],
    ['loyalist', { satisfaction: 4.2, trust: 0.5 }, JS.loyalist],
    ['mercenary: satisfied but held by price', { satisfaction: 3.9 }, JS.mercenary, [{ price: 0.7 }, { quality: 4.2 }]],
    ['hostage: unhappy, held by its number', { satisfaction: 3, numberTie: true }, JS.hostage],
    ['defector: unhappy and free', { satisfaction: 2.5 }, JS.defector],
  ] as const)('%s', (_label, customer, expected, firms?: readonly Record<string, number>[]) => {
    const { a } = classify(customer, firms);
    expect(jonesSasser(customer.satisfaction, a)).toBe(expected);
  });
});

describe('the period loop', () => {
  it('gives every customer the type and class attribute() gives it, in all sorts of markets', async () => {
    const { createSimulation } = await import('../../../src/model/index.ts');
    const { jonesSasser } = await import('../../../src/model/loyalty.ts');
    const markets = [
      scenario({
        seed: 2,
        population: { size: 4000, kinshipShare: 0.2 },
        firms: [
          { name: 'A', initialShare: 0.4, programme: 0.05, lockIn: 0.3 },
          { name: 'B', initialShare: 0.3, price: 0.85 },
          { name: 'C', initialShare: 0.3, quality: 4.2, price: 1.3, programme: 0.1 },
        ],
      }),
      scenario({ seed: 3, population: { size: 3000 }, market: { openness: 0.6 } }),
      scenario({
        seed: 4,
        population: { size: 3000 },
        firms: [
          { name: 'Mono', initialShare: 1 },
          { name: 'Later', initialShare: 0, availableFrom: 3 },
        ],
      }),
    ];
    let checked = 0;
    for (const s of markets) {
      const sim = createSimulation(s, 0);
      const p = compileParams(s);
      const a = createAttribution();
      for (let t = 0; t < 6; t++) {
        sim.step();
        for (let i = 0; i < sim.pop.size; i++) {
          const k = sim.pop.provider[i];
          if (k === 255) continue;
          attribute(sim.pop, sim.market, p, i, k, a);
          expect(sim.pop.loyaltyType[i]).toBe(a.type);
          expect(sim.pop.jsClass[i]).toBe(jonesSasser(sim.pop.satisfaction[i], a));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40_000);
  });
});
