// The scenario file, schema version 1, defined once. Every field has a default and bounds;
// the parsed object is fully defaulted, so nothing inside the model re-checks it.
import { z } from 'zod';
import { LEVERS, LEVER_KEYS, type LeverKey } from './levers.ts';

export const SCHEMA_VERSION = 1;

/** Limits that protect the machine running a file from a stranger. */
export const LIMITS = {
  population: 1_000_000,
  horizon: 1040,
  replicates: 200,
  firms: 8,
  changes: 1000,
  events: 100,
  /** population × horizon × replicates: about 40 minutes of one core at 20 M agent-steps/s. */
  workload: 5e10,
} as const;

const num = (min: number, max: number, def: number) => z.number().min(min).max(max).default(def);
const int = (min: number, max: number, def: number) => z.int().min(min).max(max).default(def);
const text = (max: number) => z.string().max(max).default('');
const bilingual = (max: number) => z.strictObject({ en: text(max), zh: text(max) }).prefault({});

/** A heterogeneous customer attribute: uniform on mean·(1 ± spread). */
const spread = (maxMean: number, mean: number, sp: number) =>
  z.strictObject({ mean: num(0, maxMean, mean), spread: num(0, 1, sp) }).prefault({});

const meta = z
  .strictObject({
    title: bilingual(120),
    description: bilingual(2000),
    watch: bilingual(1000),
    lesson: bilingual(1000),
    tags: z.array(z.string().max(40)).max(20).default([]),
  })
  .prefault({});

const population = z
  .strictObject({
    size: int(10, LIMITS.population, 20_000),
    // share of people already buying in the category at the start; the rest are prospects
    inCategory: num(0.01, 1, 0.85),
    budget: z
      .strictObject({
        mean: num(0.01, 1e6, 100),
        // α = 1.16 gives the 80/20 rule: 20% of customers bring 80% of spend (seeds/001)
        paretoAlpha: num(1.05, 10, 1.16),
      })
      .prefault({}),
    priceSensitivity: spread(5, 1, 0.6),
    dealSensitivity: spread(5, 1, 0.8),
    // habit and learning cost of switching, in utility points
    switchingCost: spread(5, 0.35, 0.8),
    // ~25% of mobile users tolerate poor service only to keep their number (seeds/001)
    numberTie: z.strictObject({ share: num(0, 1, 0.25), cost: num(0, 5, 1.2) }).prefault({}),
    expectation: spread(5, 3.7, 0.03),
    kinshipShare: num(0, 0.5, 0),
  })
  .prefault({});

const behaviour = z
  .strictObject({
    // satisfaction when quality just meets expectation (zone of indifference)
    baseSatisfaction: num(1, 5, 3.8),
    satisfactionMemory: num(0.01, 1, 0.3),
    disconfirmationWeight: num(0, 5, 1.2),
    priceWeightInSatisfaction: num(0, 5, 0.8),
    expectationAdaptation: num(0, 1, 0.08),
    // "expectations keep rising" (seeds/002), points per period
    expectationDrift: num(-0.05, 0.05, 0.002),
    qualityNoise: num(0, 2, 0.5),
    // a price far below the market signals poor quality (seeds/002, the watch example)
    cheapSignal: num(0, 5, 1.5),
    trustGain: num(0, 1, 0.5),
    trustLoss: num(0, 1, 1),
    offerRate: num(0, 1, 0.06),
    searchRate: num(0, 1, 1),
    searchThreshold: num(1, 5, 4.2),
    decisionNoise: num(0, 3, 0.35),
    // idiosyncratic fit between a customer and each firm, ± this many quality points
    matchSpread: num(0, 3, 1.2),
    // share of would-be defectors who can do without the category when no rival is open to them
    doWithout: num(0, 1, 0.1),
    leaveCategoryRate: num(0, 0.5, 0.002),
    entryRate: num(0, 0.5, 0.01),
    weights: z
      .strictObject({
        satisfaction: num(0, 10, 1.5),
        trust: num(0, 10, 2.5),
        price: num(0, 10, 3),
        incentive: num(0, 50, 5),
        kinship: num(0, 10, 2.0),
      })
      .prefault({}),
  })
  .prefault({});

const repurchase = (silent: number, unresolved: number, resolved: number, quick: number) =>
  z
    .strictObject({
      silent: num(0, 1, silent),
      unresolved: num(0, 1, unresolved),
      resolved: num(0, 1, resolved),
      quick: num(0, 1, quick),
    })
    .prefault({});

const service = z
  .strictObject({
    failureRate: num(0, 1, 0.015),
    majorShare: num(0, 1, 0.25),
    // 1 in 25 dissatisfied customers complains (TARP; seeds/001)
    complaintRate: num(0, 1, 0.04),
    failureImpact: num(0, 5, 1.5),
    // TARP repurchase table (MODEL.md §2): share who still buy after a problem
    repurchase: z
      .strictObject({ minor: repurchase(0.37, 0.46, 0.7, 0.95), major: repurchase(0.09, 0.19, 0.54, 0.82) })
      .prefault({}),
    // a quick resolution leaves the customer happier than before (service-recovery paradox)
    recoveryBonus: num(0, 3, 0.8),
  })
  .prefault({});

const wordOfMouth = z
  .strictObject({
    referralRate: num(0, 1, 0.01),
    // a dissatisfied customer tells ~11 others (seeds/001)
    tellCount: num(0, 100, 11),
    terroristThreshold: num(1, 5, 2.2),
    terroristPeriods: int(0, 120, 12),
    influence: num(0, 1, 0.05),
  })
  .prefault({});

const market = z
  .strictObject({
    // O in L = O·f(S): 1 = free choice, 0 = no alternative (legal, technical, geographic constraints)
    openness: num(0, 1, 1),
    annualDiscountRate: num(0, 1, 0.1),
  })
  .prefault({});

const leverFields = Object.fromEntries(LEVERS.map((l) => [l.key, num(l.min, l.max, l.default)])) as {
  [K in LeverKey]: z.ZodDefault<z.ZodNumber>;
};

const firm = z.strictObject({
  name: z.string().min(1).max(40).default('Firm'),
  initialShare: num(0, 1, 0.25),
  availableFrom: int(0, LIMITS.horizon, 0),
  unitCost: num(0, 5, 0.55),
  // unit cost added per quality point above 3
  qualityCost: num(0, 5, 0.12),
  programmeCostPerMember: num(0, 1e4, 1),
  recoveryCost: num(0, 1e5, 15),
  personalisationCost: num(0, 1e4, 2),
  // opening a new customer's account, welcome and first service: what churn costs to replace
  onboardingCost: num(0, 1e5, 60),
  // marketing money needed per customer won from outside the category
  acquisitionCost: num(1, 1e7, 150),
  ...leverFields,
});

const change = z.strictObject({
  period: z.int().min(0).max(LIMITS.horizon),
  firm: z.int().min(0).max(LIMITS.firms - 1),
  lever: z.enum(LEVER_KEYS),
  value: z.number(),
});

const event = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('deregulation'), period: z.int().min(0).max(LIMITS.horizon) }),
  z.strictObject({
    type: z.literal('numberPortability'),
    period: z.int().min(0).max(LIMITS.horizon),
    // share of the number-tie cost that remains (0 = the tie disappears overnight)
    remaining: num(0, 1, 0),
  }),
  z.strictObject({
    type: z.literal('priceWar'),
    period: z.int().min(0).max(LIMITS.horizon),
    duration: int(1, LIMITS.horizon, 12),
    priceCut: num(0, 0.9, 0.25),
    firms: z.array(z.int().min(0).max(LIMITS.firms - 1)).max(LIMITS.firms).default([1]),
  }),
  z.strictObject({
    type: z.literal('qualityIncident'),
    period: z.int().min(0).max(LIMITS.horizon),
    duration: int(1, LIMITS.horizon, 3),
    firm: int(0, LIMITS.firms - 1, 0),
    qualityDrop: num(0, 4, 1),
    failureRate: num(0, 1, 0.2),
  }),
]);

const defaultFirms = [
  { name: 'Us', initialShare: 0.4 },
  { name: 'Rival A', initialShare: 0.35 },
  { name: 'Rival B', initialShare: 0.25, price: 0.9, quality: 3.5 },
];

export const scenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    meta,
    seed: int(0, 2 ** 32 - 1, 1),
    replicates: int(1, LIMITS.replicates, 10),
    horizon: int(1, LIMITS.horizon, 120),
    burnIn: int(0, 240, 12),
    periodUnit: z.enum(['week', 'month']).default('month'),
    population,
    behaviour,
    service,
    wordOfMouth,
    market,
    firms: z.array(firm).min(1).max(LIMITS.firms).prefault(defaultFirms),
    changes: z.array(change).max(LIMITS.changes).default([]),
    events: z.array(event).max(LIMITS.events).default([]),
  })
  .superRefine((s, ctx) => {
    const k = s.firms.length;
    s.changes.forEach((c, i) => {
      if (c.firm >= k) ctx.addIssue({ code: 'custom', path: ['changes', i, 'firm'], message: `must be < ${k} (there are ${k} firms)` });
      const l = LEVERS.find((x) => x.key === c.lever)!;
      if (!(c.value >= l.min && c.value <= l.max))
        ctx.addIssue({ code: 'custom', path: ['changes', i, 'value'], message: `${c.lever} must be between ${l.min} and ${l.max}` });
    });
    s.events.forEach((e, i) => {
      if (e.type === 'qualityIncident' && e.firm >= k)
        ctx.addIssue({ code: 'custom', path: ['events', i, 'firm'], message: `must be < ${k} (there are ${k} firms)` });
      if (e.type === 'priceWar')
        e.firms.forEach((f, j) => {
          if (f >= k) ctx.addIssue({ code: 'custom', path: ['events', i, 'firms', j], message: `must be < ${k} (there are ${k} firms)` });
        });
    });
    if (s.firms.every((f) => f.initialShare === 0))
      ctx.addIssue({ code: 'custom', path: ['firms'], message: 'at least one firm needs an initialShare above 0' });
    // only when each factor is within its own bound: a horizon of 1e300 is one problem, not two
    const inBounds = s.population.size <= LIMITS.population && s.horizon <= LIMITS.horizon && s.replicates <= LIMITS.replicates;
    if (inBounds && s.population.size * s.horizon * s.replicates > LIMITS.workload)
      ctx.addIssue({
        code: 'custom',
        path: ['replicates'],
        message: `population × horizon × replicates must be ≤ ${LIMITS.workload.toExponential(0)} (asked for ${(s.population.size * s.horizon * s.replicates).toExponential(2)})`,
      });
  });

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Firm = Scenario['firms'][number];
export type MarketEvent = Scenario['events'][number];
export type LeverChange = Scenario['changes'][number];
