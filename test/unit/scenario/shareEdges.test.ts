// Share links at the edges of the decoder (mutation testing of src/scenario/share.ts): the
// length limits at their values, base64url lengths and characters, the version prefix only at
// the start, bytes that are not UTF-8 inside a sound stream, a link that inflates to nothing
// or to text that is not JSON, and a scenario long enough to come out in several pieces.
import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultScenario, MAX_FILE_BYTES, serialiseScenario } from '../../../src/scenario/parse.ts';
import { decodeShareLink, encodeShareLink, looksLikeShareLink, MAX_LINK_CHARS, shareDictionary } from '../../../src/scenario/share.ts';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
/** A link carrying exactly these bytes, packed as the app packs them. */
const linkOfBytes = (bytes: Uint8Array) => `s1.${b64(zlibSync(bytes, { level: 9, dictionary: shareDictionary() }))}`;
const errorsOf = (fragment: string) => {
  const r = decodeShareLink(fragment);
  return r.ok ? [] : r.errors;
};
const s = defaultScenario({ seed: 5, horizon: 12 });
const good = encodeShareLink(s);

describe('the limits of a link, at their values', () => {
  it('reads a link padded with white space up to the limit, and refuses one character more', () => {
    const limit = MAX_LINK_CHARS + 4096;
    expect(decodeShareLink(' '.repeat(limit - good.length) + good)).toEqual({ ok: true, scenario: s, notices: [] });
    expect(errorsOf(' '.repeat(limit - good.length + 1) + good)).toEqual(['(link): holds a scenario larger than the 1 MB limit']);
  });
  it('inflates a scenario of exactly the file limit, and refuses one byte more', () => {
    const text = serialiseScenario(s);
    const at = (n: number) => strToU8(text + ' '.repeat(n - text.length));
    expect(decodeShareLink(linkOfBytes(at(MAX_FILE_BYTES)))).toEqual({ ok: true, scenario: s, notices: [] });
    expect(errorsOf(linkOfBytes(at(MAX_FILE_BYTES + 1)))).toEqual(['(link): holds a scenario larger than the 1 MB limit']);
  });
  it('decodes a payload of exactly the longest length (here: into bytes that are not a stream)', () => {
    expect(errorsOf(`s1.${'A'.repeat(MAX_LINK_CHARS - 3)}`)).toEqual(['(link): corrupted data']);
  });
});

describe('base64url', () => {
  it('refuses a payload whose length cannot come from whole bytes (4k + 1 characters)', () => {
    const body = good.slice(3);
    // make the body 4k + 1 long by adding 'A's (each adds 6 zero bits)
    const extra = (((1 - body.length) % 4) + 4) % 4 || 4;
    const padded = body + 'A'.repeat(extra);
    expect(padded.length % 4).toBe(1);
    expect(errorsOf(`s1.${padded}`)).toEqual(['(link): corrupted data']);
  });
  it('refuses a character past ASCII, the first one included', () => {
    for (const c of ['\u0080', 'é', '\u4e2d']) expect(errorsOf(`s1.${good.slice(3, 10)}${c}${good.slice(11)}`)).toEqual(['(link): corrupted data']);
  });
  it('writes ⌈4n/3⌉ characters for n bytes, whatever n is modulo 3', () => {
    const seen = new Set<number>();
    for (let seed = 1; seen.size < 3 && seed < 60; seed++) {
      const x = defaultScenario({ seed: seed * 7919, horizon: 12 });
      const n = zlibSync(strToU8(JSON.stringify(x)), { level: 9, dictionary: shareDictionary() }).length;
      seen.add(n % 3);
      const link = encodeShareLink(x);
      expect(link.length - 3).toBe(Math.ceil((4 * n) / 3));
      expect(decodeShareLink(link)).toMatchObject({ ok: true, scenario: { seed: seed * 7919 } });
    }
    expect(seen.size).toBe(3);
  });
  it('hands out a copy of the dictionary, so changing it changes no link', () => {
    shareDictionary().fill(0);
    expect(encodeShareLink(s)).toBe(good);
    expect(decodeShareLink(good)).toMatchObject({ ok: true });
  });
});

describe('the version prefix', () => {
  it('counts only at the start, and may have several digits', () => {
    expect(errorsOf(`x${good}`)).toEqual(['(link): not a Loyalty Lab share link']);
    expect(errorsOf('s12.abcd')).toEqual(['(link): made by another version of Loyalty Lab (format s12; this version reads s1)']);
    expect(looksLikeShareLink(good)).toBe(true);
    expect(looksLikeShareLink(`#${good}`)).toBe(true);
    expect(looksLikeShareLink('s12.abcd')).toBe(true);
    expect(looksLikeShareLink(`x${good}`)).toBe(false);
    expect(looksLikeShareLink('#xs1.abcd')).toBe(false);
  });
});

describe('what comes out of a sound stream', () => {
  it('refuses bytes that are not UTF-8, even inside a string of a valid scenario', () => {
    const text = serialiseScenario(defaultScenario({ meta: { ...defaultScenario().meta, title: { en: 'XYZ', zh: '' } } }));
    const bytes = strToU8(text);
    const at = Buffer.from(bytes).indexOf('XYZ');
    expect(at).toBeGreaterThan(0);
    bytes[at + 1] = 0xff; // "X\xffZ"
    expect(errorsOf(linkOfBytes(bytes))).toEqual(['(link): corrupted data']);
  });
  it('names the link, not a file, when it carries nothing but spaces', () => {
    expect(errorsOf(linkOfBytes(strToU8('   ')))).toEqual(['(link): is empty']);
  });
  it('calls text that is not JSON corrupted data', () => {
    expect(errorsOf(linkOfBytes(strToU8('{"seed": ')))).toEqual(['(link): corrupted data']);
  });
  it('puts a long scenario back together from the pieces the stream gives', () => {
    // text that does not compress, so the link holds several kilobytes
    let x = 12345;
    const noise = (n: number) =>
      Array.from({ length: n }, () => {
        x = (x * 1103515245 + 12345) % 2 ** 31;
        return String.fromCharCode(97 + (x % 26));
      }).join('');
    const long = defaultScenario({ meta: { ...defaultScenario().meta, description: { en: noise(2000), zh: noise(2000) } } });
    const link = encodeShareLink(long);
    expect(link.length).toBeGreaterThan(2800); // over 2 kB of stream: three pushes, several pieces
    expect(decodeShareLink(link)).toEqual({ ok: true, scenario: long, notices: [] });
  });
});
