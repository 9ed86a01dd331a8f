// Issue 13, item 14: one decision for file encodings, the same on the command line and in the
// browser (UTF-8, or UTF-16 with a byte-order mark; anything else refused by name), and one
// bound per message.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/io/text.ts';
import { parseScenarioBytes, parseScenarioText, serialiseScenario } from '../../../src/scenario/parse.ts';
import { readScenarioFile as readInBrowser } from '../../../src/ui/io/fileImport.ts';
import { readScenarioFile as readOnCli } from '../../../src/cli/load.ts';
import { errorLine } from '../../../src/i18n/errors.ts';
import { tempDir } from '../cli/helpers.ts';
import { scenarioWith } from '../../helpers.ts';

const scenario = scenarioWith({ seed: 42, firms: [{ name: 'Café 咖啡 😀', initialShare: 1 }] });
const TEXT = serialiseScenario(scenario);

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let o = 0;
  if (bom) {
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    o = 2;
  }
  for (let i = 0; i < text.length; i++, o += 2) {
    const c = text.charCodeAt(i);
    out[o] = bigEndian ? c >> 8 : c & 0xff;
    out[o + 1] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}
const utf8 = (text: string, bom = false) => {
  const b = new TextEncoder().encode(text);
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...b]) : b;
};

const ACCEPTED: [string, Uint8Array][] = [
  ['UTF-8', utf8(TEXT)],
  ['UTF-8 with a byte-order mark', utf8(TEXT, true)],
  ['UTF-16 LE with a byte-order mark', utf16(TEXT, false)],
  ['UTF-16 BE with a byte-order mark', utf16(TEXT, true)],
];
const REFUSED: [string, Uint8Array, RegExp][] = [
  ['UTF-16 LE without a mark', utf16(TEXT, false, false), /^\(file\): looks like UTF-16 text without a byte-order mark; save it as UTF-8$/],
  ['UTF-16 BE without a mark', utf16(TEXT, true, false), /^\(file\): looks like UTF-16 text without a byte-order mark/],
  ['UTF-32 LE', new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), /^\(file\): is UTF-32 text, which is not read/],
  ['Latin-1', new Uint8Array([...utf8('{"schemaVersion":1,"firms":[{"name":"Caf'), 0xe9, ...utf8('"}]}')]), /^\(file\): is not UTF-8 text \(perhaps Latin-1/],
  ['UTF-16 with an odd byte count', utf16(TEXT, false).subarray(0, 101), /^\(file\): is UTF-16 text with a broken character/],
  ['UTF-16 BE with an odd byte count', utf16(TEXT, true).subarray(0, 101), /^\(file\): is UTF-16 text with a broken last character/],
  ['UTF-16 with a lone surrogate', new Uint8Array([0xff, 0xfe, 0x7b, 0, 0x00, 0xd8, 0x7d, 0]), /^\(file\): is UTF-16 text with a broken character/],
];

describe('decodeText and parseScenarioBytes', () => {
  it.each(ACCEPTED)('read %s as the same scenario', (_, bytes) => {
    expect(parseScenarioBytes(bytes)).toEqual({ ok: true, scenario, notices: [] });
  });
  it.each(REFUSED)('refuse %s, naming the encoding, in English and Chinese', (_, bytes, message) => {
    const r = parseScenarioBytes(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(message);
    expect(errorLine(r.errors[0], 'zh')).not.toBe(r.errors[0]);
  });
  it('never silently replaces a byte with U+FFFD', () => {
    const d = decodeText(new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(d.ok).toBe(false);
  });
});

describe('the command line and the browser read a file alike', () => {
  const dir = tempDir();
  const both = async (name: string, bytes: Uint8Array) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(path, bytes);
    return [readOnCli(path), await readInBrowser(new Blob([bytes as BlobPart]))];
  };
  it.each(ACCEPTED)('%s: both open it', async (name, bytes) => {
    for (const r of await both(name, bytes)) expect(r).toEqual({ ok: true, scenario, notices: [] });
  });
  it.each(REFUSED)('%s: both refuse it with the same clear message', async (name, bytes, message) => {
    const [cli, browser] = await both(name, bytes);
    expect(cli).toEqual(browser);
    expect(!cli.ok && cli.errors[0]).toMatch(message);
  });
});

describe('one bound per message', () => {
  it.each([
    ['{"schemaVersion":1,"seed":1e308}', ['seed: must be ≤ 4,294,967,295']],
    ['{"schemaVersion":1,"seed":-1e308}', ['seed: must be ≥ 0']],
    ['{"schemaVersion":1,"horizon":1e300}', ['horizon: must be ≤ 1040']],
    ['{"schemaVersion":1,"population":{"size":1e20}}', ['population.size: must be ≤ 1,000,000']],
  ])('%s', (text, errors) => {
    expect(parseScenarioText(text)).toEqual({ ok: false, errors });
  });
});
