import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/parse.ts';
import { decodeShareLink, encodeShareLink, MAX_LINK_CHARS } from '../../../src/scenario/share.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { scenarioArb } from './arbitraries.ts';
import { ERROR_LINE } from './helpers.ts';

const errorsOf = (fragment: string) => {
  const r = decodeShareLink(fragment);
  if (r.ok) throw new Error('expected the link to be rejected');
  return r.errors;
};

/** Base64url of raw bytes, to hand-craft hostile payloads. */
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('encodeShareLink / decodeShareLink', () => {
  it('carries the whole default scenario in a short link', () => {
    const link = encodeShareLink(defaultScenario());
    expect(link).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(2000);
    expect(decodeShareLink(link)).toEqual({ ok: true, scenario: defaultScenario(), notices: [] });
  });
  it('round-trips any valid scenario, seed included', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = decodeShareLink(encodeShareLink(s));
        expect(r.ok && r.scenario).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });
  it('is deterministic: the same scenario gives the same link', () => {
    const s = defaultScenario({ seed: 12345 });
    expect(encodeShareLink(s)).toBe(encodeShareLink(defaultScenario({ seed: 12345 })));
    expect(encodeShareLink(s)).not.toBe(encodeShareLink(defaultScenario()));
  });
  it.each([
    ['a bare payload', (l: string) => l],
    ['a fragment', (l: string) => `#${l}`],
    ['a whole URL', (l: string) => `https://example.org/lab/?lang=zh#${l}`],
    ['a payload with spaces around it', (l: string) => `  ${l}\n`],
  ])('reads %s', (_, wrap) => {
    const s = defaultScenario({ seed: 9 });
    expect(decodeShareLink(wrap(encodeShareLink(s)))).toMatchObject({ ok: true, scenario: s });
  });
});

describe('decodeShareLink rejects, with a named error and without throwing,', () => {
  const good = encodeShareLink(defaultScenario({ horizon: 36 }));
  it.each([
    ['an empty string', '', '(link): not a Loyalty Lab share link'],
    ['a random word', 'hello', '(link): not a Loyalty Lab share link'],
    ['a URL without a fragment payload', 'https://example.org/#', '(link): not a Loyalty Lab share link'],
    ['a link from another format version', 's2.abcd', '(link): made by another version of Loyalty Lab (format s2; this version reads s1)'],
    ['characters outside base64url', 's1.ab+/cd', '(link): corrupted data'],
    ['an empty payload', 's1.', '(link): corrupted data'],
    ['a truncated link', good.slice(0, good.length - 6), '(link): corrupted data'],
    ['a cut-short link', good.slice(0, 12), '(link): corrupted data'],
    ['bytes that are not zlib', `s1.${b64(new TextEncoder().encode('{"seed":1}'))}`, '(link): corrupted data'],
    ['zlib without the dictionary', `s1.${b64(zlibSync(new TextEncoder().encode('{"seed":1}')))}`, '(link): corrupted data'],
  ])('%s', (_, fragment, line) => {
    expect(errorsOf(fragment)).toEqual([line]);
  });
  it('not a string', () => {
    expect(errorsOf(42 as unknown as string)).toEqual(['(link): not a Loyalty Lab share link']);
  });
  it('an over-long link, before decoding it', () => {
    expect(errorsOf(`s1.${'A'.repeat(MAX_LINK_CHARS + 1)}`)).toEqual(['(link): holds a scenario larger than the 1 MB limit']);
  });
  it('a zip bomb (50 MB of spaces in 50 kB), quickly and within the memory cap', () => {
    const bomb = encodeShareLink(' '.repeat(50e6) as unknown as Scenario);
    expect(bomb.length).toBeLessThan(100_000);
    const t0 = performance.now();
    expect(errorsOf(bomb)).toEqual(['(link): holds a scenario larger than the 1 MB limit']);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
  it('a link whose scenario is invalid, by field path', () => {
    const bad = { ...defaultScenario(), firms: [{ ...defaultScenario().firms[0], price: 0.1 }] };
    expect(errorsOf(encodeShareLink(bad as Scenario))).toEqual(['firms[0].price: must be ≥ 0.2']);
  });
  it('a link that carries text that is not a scenario', () => {
    expect(errorsOf(encodeShareLink('text' as unknown as Scenario))).toEqual(['(root): a scenario must be a JSON object, not a string']);
    expect(errorsOf(encodeShareLink([1, 2] as unknown as Scenario))).toEqual(['(root): a scenario must be a JSON object, not a list']);
  });
  it('every single-character corruption of a link', () => {
    for (let i = 3; i < good.length; i++) {
      const c = good[i] === 'A' ? 'B' : 'A';
      const r = decodeShareLink(good.slice(0, i) + c + good.slice(i + 1));
      if (!r.ok) for (const e of r.errors) expect(e).toMatch(ERROR_LINE);
    }
  });
});
