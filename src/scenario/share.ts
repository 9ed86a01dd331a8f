// Share links: the whole scenario (seed included) in a URL fragment, `#s1.<base64url>`.
// The compact JSON is zlib-compressed against a frozen dictionary, so a scenario near the
// defaults costs a few dozen characters, yet the link states every value and still means
// the same scenario after the defaults change. Decoding is hostile-input safe: length cap,
// strict base64url, streaming inflate that stops at MAX_FILE_BYTES (zip bombs), then the
// same validation as a file. fflate does not check the zlib trailer, so the Adler-32 checksum
// of what came out is checked here: a link changed in transit is refused, not half-read.
// Every failure is an error line, never a throw.
import { strToU8, Unzlib, zlibSync } from 'fflate';
import type { Scenario } from './schema.ts';
import { MAX_FILE_BYTES, parseScenarioText, type ParseResult } from './parse.ts';

export const SHARE_VERSION = 1;
const PREFIX = `s${SHARE_VERSION}.`;
/** Deflate never grows data by more than ~0.1%, so any file within the limit fits. */
export const MAX_LINK_CHARS = Math.ceil((MAX_FILE_BYTES * 1.01 * 4) / 3) + 64;
/** Compressed bytes pushed at a time: at most ~1,032× that comes out per push. */
const CHUNK = 1024;

/** Format s1's dictionary: the default scenario of schema 1 plus the words a default lacks.
 *  FROZEN: changing one byte breaks every s1 link. A better dictionary needs format s2. */
const DICTIONARY_V1 = [
  '{"type":"deregulation","period":{"type":"numberPortability","remaining":{"type":"priceWar",',
  '"duration":"priceCut":"firms":[{"type":"qualityIncident","qualityDrop":"failureRate":',
  '"changes":[{"period":"firm":"lever":"value":"week"',
  '{"schemaVersion":1,"meta":{"title":{"en":"","zh":""},"description":{"en":"","zh":""},',
  '"watch":{"en":"","zh":""},"lesson":{"en":"","zh":""},"tags":[]},"seed":1,"replicates":10,',
  '"horizon":120,"periodUnit":"month","population":{"size":20000,"inCategory":0.85,',
  '"budget":{"mean":100,"paretoAlpha":1.16},"priceSensitivity":{"mean":1,"spread":0.6},',
  '"dealSensitivity":{"mean":1,"spread":0.8},"switchingCost":{"mean":0.35,"spread":0.8},',
  '"numberTie":{"share":0.25,"cost":1.2},"expectation":{"mean":3.7,"spread":0.03},"kinshipShare":0},',
  '"behaviour":{"baseSatisfaction":3.8,"satisfactionMemory":0.3,"disconfirmationWeight":1.2,',
  '"priceWeightInSatisfaction":0.8,"expectationAdaptation":0.08,"expectationDrift":0.002,',
  '"qualityNoise":0.5,"cheapSignal":1.5,"trustGain":0.25,"trustLoss":0.4,"offerRate":0.06,',
  '"searchRate":1,"searchThreshold":4.2,"decisionNoise":0.35,"matchSpread":1.2,"doWithout":0.1,',
  '"leaveCategoryRate":0.002,"entryRate":0.01,"weights":{"satisfaction":1.5,"trust":2.5,"price":3,',
  '"incentive":8,"kinship":2}},"service":{"failureRate":0.015,"majorShare":0.25,"complaintRate":0.04,',
  '"failureImpact":1.5,"repurchase":{"minor":{"silent":0.37,"unresolved":0.46,"resolved":0.7,',
  '"quick":0.95},"major":{"silent":0.09,"unresolved":0.19,"resolved":0.54,"quick":0.82}},',
  '"recoveryBonus":0.8},"wordOfMouth":{"referralRate":0.01,"tellCount":11,"terroristThreshold":2.2,',
  '"terroristPeriods":12,"influence":0.05},"market":{"openness":1,"annualDiscountRate":0.1},',
  '"firms":[{"name":"Us","initialShare":0.4,"availableFrom":0,"unitCost":0.55,"qualityCost":0.12,',
  '"programmeCostPerMember":0.4,"recoveryCost":15,"personalisationCost":2,"acquisitionCost":150,',
  '"quality":3.8,"price":1,"programme":0,"recoveryRate":0.3,"recoverySpeed":0.3,',
  '"complaintEncouragement":1,"lockIn":0,"promise":0,"personalisation":0,"focusHighValue":0,',
  '"acquisitionSpend":0,"offerRate":1,"offerDiscount":0.15},{"name":"Rival A","initialShare":0.35,',
  '"availableFrom":0,"unitCost":0.55,"qualityCost":0.12,"programmeCostPerMember":0.4,"recoveryCost":15,',
  '"personalisationCost":2,"acquisitionCost":150,"quality":3.8,"price":1,"programme":0,',
  '"recoveryRate":0.3,"recoverySpeed":0.3,"complaintEncouragement":1,"lockIn":0,"promise":0,',
  '"personalisation":0,"focusHighValue":0,"acquisitionSpend":0,"offerRate":1,"offerDiscount":0.15},',
  '{"name":"Rival B","initialShare":0.25,"availableFrom":0,"unitCost":0.55,"qualityCost":0.12,',
  '"programmeCostPerMember":0.4,"recoveryCost":15,"personalisationCost":2,"acquisitionCost":150,',
  '"quality":3.5,"price":0.9,"programme":0,"recoveryRate":0.3,"recoverySpeed":0.3,',
  '"complaintEncouragement":1,"lockIn":0,"promise":0,"personalisation":0,"focusHighValue":0,',
  '"acquisitionSpend":0,"offerRate":1,"offerDiscount":0.15}],"changes":[],"events":[]}',
].join('');

let dictionary: Uint8Array | undefined;
const dictionaryBytes = () => (dictionary ??= strToU8(DICTIONARY_V1));
/** The s1 dictionary as bytes (for tests that build links by hand). */
export const shareDictionary = (): Uint8Array => dictionaryBytes().slice();

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[n >> 18] + B64[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += B64[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += B64[n & 63];
  }
  return out;
}

/** Strict unpadded base64url; null for any other character or an impossible length. */
function fromBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? B64_INDEX[c] : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** The fragment payload (without '#') that carries the whole scenario. */
export function encodeShareLink(scenario: Scenario): string {
  const packed = zlibSync(strToU8(JSON.stringify(scenario)), { level: 9, dictionary: dictionaryBytes() });
  return PREFIX + toBase64url(packed);
}

const linkError = (message: string): ParseResult => ({ ok: false, errors: [`(link): ${message}`] });
const TOO_LARGE = `holds a scenario larger than the ${MAX_FILE_BYTES / 1e6} MB limit`;

const CHECKSUM_MISMATCH = 'does not match its checksum (it was changed or cut short on the way); copy the whole link again';

/** Adler-32 (RFC 1950 §9): the checksum a zlib stream ends with, big-endian. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 bytes is the most that can be summed before b may pass 2^32 (zlib's NMAX)
  for (let i = 0; i < bytes.length;) {
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const trailerOf = (packed: Uint8Array) =>
  ((packed[packed.length - 4] << 24) | (packed[packed.length - 3] << 16) | (packed[packed.length - 2] << 8) | packed[packed.length - 1]) >>> 0;

/** Inflates at most MAX_FILE_BYTES, or says why not. */
function inflate(packed: Uint8Array): Uint8Array | string {
  const parts: Uint8Array[] = [];
  let size = 0;
  const stream = new Unzlib({ dictionary: dictionaryBytes() }, (chunk) => {
    size += chunk.length;
    if (size <= MAX_FILE_BYTES) parts.push(chunk);
  });
  try {
    for (let i = 0; i < packed.length && size <= MAX_FILE_BYTES; i += CHUNK) stream.push(packed.subarray(i, i + CHUNK), i + CHUNK >= packed.length);
  } catch {
    return 'corrupted data';
  }
  if (size > MAX_FILE_BYTES) return TOO_LARGE;
  const out = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  // a zlib stream is header (2) + data + Adler-32 (4); ours never has bytes after it
  if (packed.length < 6 || adler32(out) !== trailerOf(packed)) return CHECKSUM_MISMATCH;
  return out;
}

/** The payload of a link as pasted: after the '#', percent-escapes decoded (a browser's
 *  address bar and some mail clients add them) and white space removed (a link wrapped
 *  over lines, or copied with a space). null when a percent-escape is broken. */
function payloadOf(fragment: string): string | null {
  const hash = fragment.indexOf('#');
  let payload = hash >= 0 ? fragment.slice(hash + 1) : fragment;
  if (payload.includes('%'))
    try {
      payload = decodeURIComponent(payload);
    } catch {
      return null;
    }
  return payload.replace(/\s+/g, '');
}

/** Whether a fragment is meant as a share link, of this format or another (`#s1.…`), even
 *  with spaces or percent-escapes around it, so that such a link is reported, not ignored. */
export function looksLikeShareLink(fragment: string): boolean {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  // a broken escape further on must not hide a link: decode the escapes that can be decoded
  const text = payloadOf(raw) ?? raw.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\s+/g, '');
  return /^s\d{1,6}\./.test(text);
}

/** Accepts the payload, `#payload`, or a whole URL ending in `#payload`. */
export function decodeShareLink(fragment: string): ParseResult {
  if (typeof fragment !== 'string') return linkError('not a Loyalty Lab share link');
  if (fragment.length > MAX_LINK_CHARS + 4096) return linkError(TOO_LARGE);
  const payload = payloadOf(fragment);
  if (payload === null) return linkError('has a percent-escape (%…) that cannot be decoded; copy the whole link again');
  const version = /^s(\d{1,6})\./.exec(payload);
  if (!version) return linkError('not a Loyalty Lab share link');
  if (Number(version[1]) !== SHARE_VERSION)
    return linkError(`made by another version of Loyalty Lab (format s${version[1]}; this version reads s${SHARE_VERSION})`);
  if (payload.length > MAX_LINK_CHARS) return linkError(TOO_LARGE);
  const packed = fromBase64url(payload.slice(version[0].length));
  if (!packed || packed.length === 0) return linkError('corrupted data');
  const bytes = inflate(packed);
  if (typeof bytes === 'string') return linkError(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return linkError('corrupted data');
  }
  const r = parseScenarioText(text);
  if (r.ok) return r;
  // the text came out of the link, so a problem with "the file" is a problem with the link
  const errors = r.errors.map((e) => (e.startsWith('(file): ') ? `(link): ${e.slice(8)}` : e));
  return { ok: false, errors: errors[0].startsWith('(link): not valid JSON') ? ['(link): corrupted data'] : errors };
}
