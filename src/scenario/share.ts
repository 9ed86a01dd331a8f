// Share links: the whole scenario (seed included) in a URL fragment, `#s1.<base64url>`.
// The compact JSON is zlib-compressed against a frozen dictionary, so a scenario near the
// defaults costs a few dozen characters, yet the link states every value and still means
// the same scenario after the defaults change. Decoding is hostile-input safe: length cap,
// strict base64url, streaming inflate that stops at MAX_FILE_BYTES (zip bombs), then the
// same validation as a file. Every failure is an error line, never a throw.
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

/** Inflates at most MAX_FILE_BYTES, or says why not. */
function inflate(packed: Uint8Array): Uint8Array | string {
  const parts: Uint8Array[] = [];
  let size = 0;
  const stream = new Unzlib({ dictionary: dictionaryBytes() }, (chunk) => {
    size += chunk.length;
    if (size <= MAX_FILE_BYTES) parts.push(chunk);
  });
  try {
    for (let i = 0; i < packed.length && size <= MAX_FILE_BYTES; i += CHUNK)
      stream.push(packed.subarray(i, i + CHUNK), i + CHUNK >= packed.length);
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
  return out;
}

/** Accepts the payload, `#payload`, or a whole URL ending in `#payload`. */
export function decodeShareLink(fragment: string): ParseResult {
  if (typeof fragment !== 'string') return linkError('not a Loyalty Lab share link');
  if (fragment.length > MAX_LINK_CHARS + 4096) return linkError(TOO_LARGE);
  const hash = fragment.indexOf('#');
  const payload = (hash >= 0 ? fragment.slice(hash + 1) : fragment).trim();
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
