// Thousands of hostile inputs: never a throw, never a hang, and every answer is either a
// scenario that re-validates or error lines that name a place (`path: message`).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenarioText, parseScenarioValue, type ParseResult } from '../../../src/scenario/parse.ts';
import { decodeShareLink, encodeShareLink } from '../../../src/scenario/share.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { assign, parseAssignment, parseSweep } from '../../../src/cli/sweep.ts';
import { DEFAULT_VALUE, mutate, mutationArb, scenarioArb } from './arbitraries.ts';
import { DEFAULT_TEXT, ERROR_LINE } from './helpers.ts';
import { scenarioWith } from '../../helpers.ts';

// How fast hostile input is refused is measured in `npm run bench` (bench/parse.bench.ts), not here.
const timed = <T>(f: () => T): T => f();

function expectWellFormed(r: ParseResult): void {
  if (r.ok) {
    const again = parseScenarioValue(structuredClone(r.scenario));
    expect(again.ok && again.scenario).toEqual(r.scenario);
    return;
  }
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) expect(e).toMatch(ERROR_LINE);
}

const parseText = (text: string) => expectWellFormed(timed(() => parseScenarioText(text)));
const parseValue = (value: unknown) => expectWellFormed(timed(() => parseScenarioValue(value)));
const decode = (link: string) => expectWellFormed(timed(() => decodeShareLink(link)));

const prototypeSnapshot = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((p) =>
    Object.getOwnPropertyNames(p).map((k) => [k, Object.getOwnPropertyDescriptor(p, k)?.value]),
  );
let before: unknown;
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeSnapshot()).toEqual(before);
});

/** Text edits: truncation, random bytes over a span, a deleted span, an inserted snippet. */
const textEditArb = fc.oneof(
  fc.nat(DEFAULT_TEXT.length).map((i) => (t: string) => t.slice(0, i)),
  fc.tuple(fc.nat(DEFAULT_TEXT.length), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(
    ([i, bytes]) =>
      (t: string) =>
        t.slice(0, i) + String.fromCharCode(...bytes) + t.slice(i + bytes.length),
  ),
  fc.tuple(fc.nat(DEFAULT_TEXT.length), fc.nat(200)).map(
    ([i, n]) =>
      (t: string) =>
        t.slice(0, i) + t.slice(i + n),
  ),
  fc.tuple(fc.nat(DEFAULT_TEXT.length), fc.constantFrom('{', '[', ']', '}', ',', '"', ':', '-', '1e999', 'NaN', '"__proto__":{}', '\\u0000', '\uD800')).map(
    ([i, s]) =>
      (t: string) =>
        t.slice(0, i) + s + t.slice(i),
  ),
);

describe('parseScenarioValue on mutated scenarios', () => {
  it('answers well for 1–5 mutations of the default (delete, retype, poison keys, NaN, depth…)', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 5 }), (ms) => parseValue(mutate(DEFAULT_VALUE, ms))),
      { numRuns: 2000 },
    );
  });
  it('answers well for arbitrary JS values, including exotic ones', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
          withSparseArray: true,
          maxDepth: 4,
        }),
        parseValue,
      ),
      { numRuns: 1000 },
    );
  });
});

describe('parseScenarioText on hostile text', () => {
  it('answers well for mutated files, serialised', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 5 }), (ms) => {
        const text = JSON.stringify(mutate(DEFAULT_VALUE, ms), null, 1);
        if (text !== undefined) parseText(text);
      }),
      { numRuns: 1500 },
    );
  });
  it('answers well for byte-level edits of a valid file', () => {
    fc.assert(
      fc.property(fc.array(textEditArb, { minLength: 1, maxLength: 4 }), (edits) => parseText(edits.reduce((t, e) => e(t), DEFAULT_TEXT))),
      {
        numRuns: 1500,
      },
    );
  });
  it('answers well for random JSON and random strings', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => parseText(JSON.stringify(v))),
      { numRuns: 1000 },
    );
    fc.assert(fc.property(fc.json(), parseText), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), parseText), { numRuns: 1000 });
  });
  it('accepts every random valid scenario', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => parseText(JSON.stringify(s))),
      { numRuns: 200 },
    );
  });
});

describe('decodeShareLink on hostile links', () => {
  const good = encodeShareLink(JSON.parse(DEFAULT_TEXT));
  const b64 = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 400 });
  it('answers well for random strings and random base64url payloads', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), decode), { numRuns: 1000 });
    fc.assert(
      fc.property(b64, (p) => decode(`s1.${p}`)),
      { numRuns: 1000 },
    );
  });
  it('answers well for edited links (truncated, characters swapped, spliced)', () => {
    fc.assert(
      fc.property(fc.nat(good.length), fc.nat(good.length), b64, (i, j, p) => {
        decode(good.slice(0, i));
        decode(good.slice(0, i) + p.slice(0, 4) + good.slice(i + 4));
        decode(good.slice(0, Math.min(i, j)) + good.slice(Math.max(i, j)));
      }),
      { numRuns: 700 },
    );
  });
  it('answers well for links with percent-escapes, spaces and line breaks spliced in', () => {
    const noise = fc.constantFrom('%', '%2', '%20', '%0A', '%zz', '%25', ' ', '\n', '\t', '#', '%E4%B8', '%C0%AF', '\u00a0');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length), noise), { minLength: 1, maxLength: 4 }), (edits) => {
        let l = good;
        for (const [i, n] of edits) l = l.slice(0, i) + n + l.slice(i);
        decode(l);
        decode(`#${encodeURIComponent(l)}`);
      }),
      { numRuns: 700 },
    );
  });
  it('answers well for links that carry mutated scenarios', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (ms) => {
        const v = mutate(DEFAULT_VALUE, ms);
        if (v !== undefined) decode(encodeShareLink(v as Scenario));
      }),
      { numRuns: 700 },
    );
  });
});

describe("the command line's --set and --sweep on hostile paths and values", () => {
  const base = scenarioWith({ population: { size: 500 } });
  const segment = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'length', 'polluted', 'firms', 'population', 'size', 'price', 'meta', 'tags'),
    fc.nat(9).map((i) => `[${i}]`),
    fc.string({ maxLength: 8 }),
  );
  const pathTextArb = fc.array(segment, { minLength: 1, maxLength: 5 }).map((ks) => ks.map((k, i) => (k.startsWith('[') || i === 0 ? k : `.${k}`)).join(''));
  const valueTextArb = fc.oneof(
    fc.constantFrom('1', '0', '-1', '1e308', '', 'true', 'null', '{"polluted":1}', '[1]', '"x"', 'NaN'),
    fc.string({ maxLength: 12 }),
  );
  const listArb = fc.oneof(
    fc.array(valueTextArb, { maxLength: 4 }).map((vs) => vs.join(',')),
    fc.tuple(valueTextArb, valueTextArb, valueTextArb).map((vs) => vs.join(':')),
  );

  it('--set PATH=VALUE: a scenario that re-validates, or errors that name --set', () => {
    fc.assert(
      fc.property(pathTextArb, valueTextArb, (path, value) => {
        const a = timed(() => parseAssignment('--set', `${path}=${value}`));
        if (typeof a === 'string') {
          expect(a).toMatch(/^--set[: ]/);
          return;
        }
        const r = timed(() => assign(base, a.path, a.value, '--set'));
        expectWellFormed(r);
        if (!r.ok) for (const e of r.errors) expect(e).toMatch(/^--set /);
      }),
      { numRuns: 2000 },
    );
  });
  it('--sweep PATH=A,B,C or FROM:TO:STEP: every value assigned, or errors that name --sweep', () => {
    fc.assert(
      fc.property(pathTextArb, listArb, (path, list) => {
        const sw = timed(() => parseSweep(`${path}=${list}`));
        if (typeof sw === 'string') {
          expect(sw).toMatch(/^--sweep[: ]/);
          return;
        }
        for (const v of sw.values) {
          expect(Number.isFinite(v)).toBe(true);
          const r = timed(() => assign(base, sw.path, v, '--sweep'));
          expectWellFormed(r);
          if (!r.ok) for (const e of r.errors) expect(e).toMatch(/^--sweep /);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
