// fast-check generators for the scenario tests: valid scenarios, and hostile edits of them.
import fc from 'fast-check';
import { LEVERS } from '../../../src/scenario/levers.ts';
import { defaultScenario, serialiseScenario } from '../../../src/scenario/parse.ts';
import { scenarioWith } from '../../helpers.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

const leverValues = fc.record(Object.fromEntries(LEVERS.map((l) => [l.key, fc.double({ min: l.min, max: l.max, noNaN: true })])), { requiredKeys: [] });

const firmArb = fc
  .tuple(fc.string({ minLength: 1, maxLength: 40 }), fc.double({ min: 0.01, max: 1, noNaN: true }), leverValues)
  .map(([name, initialShare, levers]) => ({ name, initialShare, ...levers }));

const eventArb = fc.oneof(
  fc.record({ type: fc.constant('deregulation'), period: fc.nat(1040) }),
  fc.record({ type: fc.constant('numberPortability'), period: fc.nat(1040), remaining: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant('priceWar'), period: fc.nat(1040), duration: fc.integer({ min: 1, max: 1040 }), firms: fc.array(fc.nat(0), { maxLength: 3 }) }),
  fc.record({ type: fc.constant('qualityIncident'), period: fc.nat(1040), firm: fc.constant(0), qualityDrop: fc.double({ min: 0, max: 4, noNaN: true }) }),
);

const changeArb = fc
  .constantFrom(...LEVERS)
  .chain((l) =>
    fc.record({ period: fc.nat(1040), firm: fc.constant(0), lever: fc.constant(l.key), value: fc.double({ min: l.min, max: l.max, noNaN: true }) }),
  );

/** Valid scenarios far from the defaults: every top-level size, firms, schedules, text. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    seed: fc.nat(2 ** 32 - 1),
    // replicates ≤ 40 keeps population × horizon × replicates within LIMITS.workload
    replicates: fc.integer({ min: 1, max: 40 }),
    horizon: fc.integer({ min: 1, max: 1040 }),
    periodUnit: fc.constantFrom('week', 'month'),
    population: fc.record({ size: fc.integer({ min: 10, max: 1_000_000 }), inCategory: fc.double({ min: 0.01, max: 1, noNaN: true }) }),
    meta: fc.record({
      title: fc.record({ en: fc.string({ maxLength: 120 }), zh: fc.string({ unit: 'grapheme', maxLength: 30 }) }),
      tags: fc.array(fc.string({ maxLength: 40 }), { maxLength: 20 }),
    }),
    firms: fc.array(firmArb, { minLength: 1, maxLength: 8 }),
    changes: fc.array(changeArb, { maxLength: 20 }),
    events: fc.array(eventArb, { maxLength: 5 }),
  })
  .map((o) => scenarioWith(o));

/** The default file as JSON data, and the path of every value in it. */
export const DEFAULT_VALUE: unknown = JSON.parse(serialiseScenario(defaultScenario()));
export const DEFAULT_PATHS: (string | number)[][] = [];
(function collect(v: unknown, path: (string | number)[]) {
  DEFAULT_PATHS.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => collect(x, [...path, i]));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) collect(x, [...path, k]);
})(DEFAULT_VALUE, []);

function deep(n: number, leaf: unknown): unknown {
  let v = leaf;
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

function withKey(key: string, inner: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  Object.defineProperty(o, key, { value: inner, enumerable: true, writable: true, configurable: true });
  return o;
}

/** A replacement value: another type, absurd sizes, NaN-like text, deep nesting, poison keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -1, -0, 0, 1e-320, 1e9, 4294967296, 0.5),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '', '0x10', '１２', 'null', 'undefined'),
  fc.constantFrom(NaN, Infinity, -Infinity, undefined),
  fc.integer({ min: 1, max: 60 }).map((n) => deep(n, 1)),
  fc.constantFrom('__proto__', 'constructor', 'prototype').map((k) => withKey(k, { polluted: true })),
  fc.array(fc.constant(0), { minLength: 900, maxLength: 1100 }),
  fc.string({ minLength: 1000, maxLength: 3000 }),
);

export type Mutation = { path: (string | number)[]; kind: 'delete' | 'replace' | 'poison'; value: unknown };

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...DEFAULT_PATHS),
  kind: fc.oneof(
    { arbitrary: fc.constant('replace' as const), weight: 6 },
    { arbitrary: fc.constant('delete' as const), weight: 3 },
    { arbitrary: fc.constant('poison' as const), weight: 1 },
  ),
  value: hostileValue,
});

/** Applies mutations to a deep copy of `base` (the root itself may be replaced). */
export function mutate(base: unknown, mutations: Mutation[]): unknown {
  let root = structuredClone(base);
  for (const m of mutations) {
    if (m.path.length === 0) {
      if (m.kind === 'replace') root = m.value;
      continue;
    }
    let parent: any = root;
    for (const k of m.path.slice(0, -1)) {
      if (parent === null || typeof parent !== 'object') break;
      parent = parent[k];
    }
    if (parent === null || typeof parent !== 'object') continue;
    const last = m.path[m.path.length - 1];
    if (m.kind === 'delete') delete parent[last];
    else if (m.kind === 'replace') parent[last] = m.value;
    else Object.defineProperty(parent, '__proto__', { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return root;
}
