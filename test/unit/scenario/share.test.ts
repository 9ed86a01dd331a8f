import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/parse.ts';
import { adler32, decodeShareLink, shareDictionary, encodeShareLink, MAX_LINK_CHARS } from '../../../src/scenario/share.ts';
import { isShareHash } from '../../../src/ui/io/shareLink.ts';
import { chooseStart } from '../../../src/ui/io/startup.ts';
import { errorLine } from '../../../src/i18n/errors.ts';
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
  it('a zip bomb (50 MB of spaces in 50 kB), within the memory cap', () => {
    const bomb = encodeShareLink(' '.repeat(50e6) as unknown as Scenario);
    expect(bomb.length).toBeLessThan(100_000);
    expect(errorsOf(bomb)).toEqual(['(link): holds a scenario larger than the 1 MB limit']);
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

describe('share links as they arrive (issue 13, item 14; issue 17: Adler-32)', () => {
  const s = defaultScenario({ seed: 31, horizon: 24 });
  const link = encodeShareLink(s);
  const bytesOf = (l: string) => new Uint8Array(Buffer.from(l.slice(3), 'base64url'));
  const linkOf = (bytes: Uint8Array) => `s1.${b64(bytes)}`;

  it.each([
    ['leading and trailing spaces', `   ${link}  `],
    ['a percent-encoded space before it, as an address bar shows', `#%20${link}`],
    ['every character percent-encoded', `#${[...link].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')}`],
    ['a line break inside, as a mail client wraps it', `https://example.org/#${link.slice(0, 40)}\n  ${link.slice(40)}`],
    ['%0A and spaces inside', `#${link.slice(0, 30)}%0A%20${link.slice(30)}`],
  ])('decodes a link with %s', (_, text) => {
    expect(decodeShareLink(text)).toEqual({ ok: true, scenario: s, notices: [] });
    expect(isShareHash(text.startsWith('#') ? text : `#${text.trim()}`)).toBe(true);
  });
  it('says why a link with a broken percent-escape cannot be read, and does not ignore it', () => {
    const broken = `#%20${link}%zz`;
    expect(isShareHash(broken)).toBe(true);
    expect(errorsOf(broken)).toEqual(['(link): has a percent-escape (%…) that cannot be decoded; copy the whole link again']);
    expect(errorLine(errorsOf(broken)[0], 'zh')).toBe('（链接）：含有无法解码的百分号转义（%…）；请重新复制完整链接');
    expect(errorsOf(`#${link.slice(0, 20)}%E4%B8${link.slice(20)}`)[0]).toMatch(/cannot be decoded/); // not UTF-8
  });
  it('opens such a link at start-up instead of ignoring it', () => {
    for (const hash of [`#%20${link}`, `#${link}%20`, `#%20%20${link.slice(0, 50)}%0A${link.slice(50)}`]) {
      const start = chooseStart(hash, { kind: 'none' });
      expect(start.source).toBe('link');
      expect(start.scenario).toEqual(s);
    }
    expect(chooseStart(`#%20${link}%zz`, { kind: 'none' }).linkErrors[0]).toMatch(/percent-escape \(%…\) that cannot be decoded/);
  });
  it('leaves other fragments alone', () => {
    for (const h of ['#section-2', '#%20section', '#%zz', '#s1', '#sx.abc']) expect(isShareHash(h)).toBe(false);
  });

  it('computes Adler-32 as RFC 1950 does', () => {
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(0))).toBe(1);
    // against Node's zlib, on inputs long enough to need the modulo many times
    const zlibAdler = (b: Uint8Array) => deflateSync(b).readUInt32BE(deflateSync(b).length - 4);
    for (const b of [new Uint8Array(100_000).fill(255), new Uint8Array(70_000).map((_, i) => (i * 7919) & 255)]) expect(adler32(b)).toBe(zlibAdler(b));
  });
  it('refuses a link whose checksum does not match what it carries', () => {
    const bytes = bytesOf(link);
    for (const at of [bytes.length - 1, bytes.length - 4]) {
      const bad = bytes.slice();
      bad[at] ^= 0x01;
      expect(errorsOf(linkOf(bad))).toEqual(['(link): does not match its checksum (it was changed or cut short on the way); copy the whole link again']);
    }
  });
  it('refuses a link whose data was changed but still inflates (only the checksum can tell)', () => {
    // a stored (uncompressed) block: a changed digit still inflates, to another valid scenario
    const text = new TextEncoder().encode(JSON.stringify(s));
    const packed = zlibSync(text, { level: 0, dictionary: shareDictionary() });
    const at = Buffer.from(packed).indexOf('"seed":31');
    expect(at).toBeGreaterThan(0);
    expect(decodeShareLink(linkOf(packed))).toMatchObject({ ok: true, scenario: { seed: 31 } });
    const changed = packed.slice();
    changed[at + 8] = '7'.charCodeAt(0); // "seed":37
    expect(errorsOf(linkOf(changed))).toEqual(['(link): does not match its checksum (it was changed or cut short on the way); copy the whole link again']);
    expect(errorLine(errorsOf(linkOf(changed))[0], 'zh')).toMatch(/^（链接）：与其校验和不符/);
  });
});
