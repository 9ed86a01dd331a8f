// The parser's limits at their values (src/scenario/parse.ts): a file of exactly 1 MB and one
// byte more, counted in UTF-8 bytes (one, two, three and four a character); nesting, list
// length, object width and the count of values at their limit and one past it; an engine's
// message cleaned and shortened. Each input is built inside its test.
import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  MAX_ARRAY_ITEMS,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  MAX_OBJECT_KEYS,
  MAX_VALUES,
  parseScenarioBytes,
  parseScenarioText,
  parseScenarioValue,
  type ParseResult,
} from '../../../src/scenario/parse.ts';

const errorsOf = (r: ParseResult): string[] => (r.ok ? [] : r.errors);

/** A JSON object of exactly `bytes` UTF-8 bytes: an unknown key whose text is `unit` repeated
 *  (`unitBytes` bytes each), padded with ASCII spaces after the object. */
function fileOf(bytes: number, unit: string, unitBytes: number): string {
  const head = '{"x":"';
  const tail = '"}';
  const room = bytes - head.length - tail.length;
  const n = Math.floor(room / unitBytes);
  return head + unit.repeat(n) + tail + ' '.repeat(room - n * unitBytes);
}

describe('the size of a file, in UTF-8 bytes', () => {
  it.each([
    ['one byte', 'a', 1],
    ['one byte (U+007F, the last)', '\u007f', 1],
    ['two bytes (U+0080, the first)', '\u0080', 2],
    ['two bytes', 'é', 2],
    ['two bytes (U+07FF, the last)', '\u07ff', 2],
    ['three bytes (U+0800, the first)', '\u0800', 3],
    ['three bytes', '忠', 3],
    ['three bytes (U+D7FF, just below the surrogates)', '\ud7ff', 3],
    ['six bytes (U+D7FF before a lone low surrogate: no pair)', '\ud7ff\udc00', 6],
    ['three bytes (a lone low surrogate, U+DC00)', '\udc00', 3],
    ['three bytes (U+E000, just above the surrogates)', '\ue000', 3],
    ['three bytes (U+FFFF)', '\uffff', 3],
    ['four bytes (a surrogate pair)', '😀', 4],
    ['four bytes (U+10000, the first pair)', '\ud800\udc00', 4],
    ['four bytes (U+10FFFF, the last pair)', '\udbff\udfff', 4],
  ])('reads a file of exactly 1 MB of characters of %s, and refuses one byte more', (_, unit, unitBytes) => {
    const exact = fileOf(MAX_FILE_BYTES, unit, unitBytes);
    expect(new TextEncoder().encode(exact).length).toBe(MAX_FILE_BYTES);
    expect(errorsOf(parseScenarioText(exact))).toEqual(['(root): unknown key "x"']);
    // (ASCII one byte past is also one character past: refused before the bytes are counted)
    const past = unitBytes === 1 ? 'at least 1.0 MB' : '1.00 MB';
    expect(errorsOf(parseScenarioText(exact + ' '))).toEqual([`(file): ${past} is larger than the 1 MB limit for a scenario`]);
  });
  it('counts a lone surrogate as the three bytes its replacement character takes', () => {
    // 333,330 high surrogates in a row, none followed by a low one: 3 bytes each
    const lone = '{"x":"' + '\ud83d'.repeat(333_330) + '"}';
    expect(8 + 333_330 * 3).toBe(MAX_FILE_BYTES - 2);
    expect(errorsOf(parseScenarioText(lone + '  '))).toEqual(['(root): unknown key "x"']);
    expect(errorsOf(parseScenarioText(lone + '   '))).toEqual(['(file): 1.00 MB is larger than the 1 MB limit for a scenario']);
  });
  it('pairs a high surrogate only with a low one that follows it', () => {
    // a high surrogate before U+E000 (not a low surrogate) is 3 bytes, and U+E000 3 more
    const text = '{"x":"' + '\udbff\ue000'.repeat(166_665) + '"}';
    expect(8 + 166_665 * 6).toBe(MAX_FILE_BYTES - 2);
    expect(errorsOf(parseScenarioText(text + '  '))).toEqual(['(root): unknown key "x"']);
    expect(errorsOf(parseScenarioText(text + '   '))).toEqual(['(file): 1.00 MB is larger than the 1 MB limit for a scenario']);
  });
  it('refuses text longer than 1 MB in characters before counting bytes, saying "at least"', () => {
    const text = ' '.repeat(MAX_FILE_BYTES + 1);
    expect(errorsOf(parseScenarioText(text))).toEqual(['(file): at least 1.0 MB is larger than the 1 MB limit for a scenario']);
    expect(errorsOf(parseScenarioText(' '.repeat(MAX_FILE_BYTES)))).toEqual(['(file): is empty']);
  });
  it('checks the size of bytes before decoding them', () => {
    const exact = new TextEncoder().encode(fileOf(MAX_FILE_BYTES, 'a', 1));
    expect(errorsOf(parseScenarioBytes(exact))).toEqual(['(root): unknown key "x"']);
    const over = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20);
    expect(errorsOf(parseScenarioBytes(over))).toEqual(['(file): 1.00 MB is larger than the 1 MB limit for a scenario']);
    expect(errorsOf(parseScenarioBytes(new Uint8Array([0x7b, 0xe9, 0x7d])))[0]).toMatch(/^\(file\): is not UTF-8 text/);
  });
  it('names what it was given when it is not text', () => {
    expect(errorsOf(parseScenarioText({} as unknown as string))).toEqual(['(file): must be text, not an object']);
    expect(errorsOf(parseScenarioText(null as unknown as string))).toEqual(['(file): must be text, not null']);
    expect(errorsOf(parseScenarioText([] as unknown as string))).toEqual(['(file): must be text, not a list']);
  });
});

describe('the shape of a value, at its limits', () => {
  const nest = (levels: number): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < levels; i++) v = [v];
    return v;
  };
  it(`reads nesting ${MAX_DEPTH} levels deep and refuses ${MAX_DEPTH + 1}`, () => {
    // the root is level 0 and `x` level 1, so `x` holds MAX_DEPTH lists at the limit
    expect(errorsOf(parseScenarioValue({ schemaVersion: 2, x: nest(MAX_DEPTH) }))).toEqual(['(root): unknown key "x"']);
    expect(errorsOf(parseScenarioValue({ schemaVersion: 2, x: nest(MAX_DEPTH + 1) }))).toEqual([`x${'[0]'.repeat(MAX_DEPTH)}: nested deeper than 12 levels`]);
  });
  it(`reads a list of ${MAX_ARRAY_ITEMS} items and an object of ${MAX_OBJECT_KEYS} keys, and refuses one more`, () => {
    const list = (n: number) => ({ schemaVersion: 2, x: new Array(n).fill(0) });
    expect(errorsOf(parseScenarioValue(list(MAX_ARRAY_ITEMS)))).toEqual(['(root): unknown key "x"']);
    expect(errorsOf(parseScenarioValue(list(MAX_ARRAY_ITEMS + 1)))).toEqual([
      `x: a list of ${MAX_ARRAY_ITEMS + 1} items is too long (no list in a scenario may have more than ${MAX_ARRAY_ITEMS})`,
    ]);
    const wide = (n: number) => ({ schemaVersion: 2, x: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 0])) });
    expect(errorsOf(parseScenarioValue(wide(MAX_OBJECT_KEYS)))).toEqual(['(root): unknown key "x"']);
    expect(errorsOf(parseScenarioValue(wide(MAX_OBJECT_KEYS + 1)))).toEqual([
      `x: has ${MAX_OBJECT_KEYS + 1} keys (no object in a scenario may have more than ${MAX_OBJECT_KEYS})`,
    ]);
  });
  it(`reads ${MAX_VALUES.toLocaleString('en-US')} values in all and refuses one more`, () => {
    // the root, its 2 keys, a list of 100 lists, 99 of 1,000 zeros and one of `last`
    const file = (last: number) => ({ schemaVersion: 2, x: [...Array.from({ length: 99 }, () => new Array(1000).fill(0)), new Array(last).fill(0)] });
    expect(1 + 2 + 100 + 99 * 1000 + 897).toBe(MAX_VALUES);
    expect(errorsOf(parseScenarioValue(file(897)))).toEqual(['(root): unknown key "x"']);
    expect(errorsOf(parseScenarioValue(file(898)))).toEqual([`(root): holds more than ${MAX_VALUES} values; no scenario needs that many`]);
  });
  it('names a forbidden key at its path, inside a list', () => {
    const v = { schemaVersion: 2, x: [{ ok: 1 }, JSON.parse('{"__proto__":1}')] };
    expect(errorsOf(parseScenarioValue(v))).toEqual(['x[1].__proto__: the key "__proto__" is not allowed']);
  });
  it('lets null through to the schema, inside an object and a list', () => {
    expect(errorsOf(parseScenarioValue({ schemaVersion: 2, x: null, y: [null] }))).toEqual(['(root): unknown keys "x", "y"']);
  });
  it('checks the root itself: a Map is not plain data', () => {
    expect(errorsOf(parseScenarioValue(new Map()))).toEqual(['(root): must be plain data (numbers, text, true/false, null, lists, objects), not [object Map]']);
  });
  it('refuses a list whose prototype is not a plain list', () => {
    class Firms extends Array {}
    expect(errorsOf(parseScenarioValue({ schemaVersion: 2, x: Firms.from([1]) }))).toEqual([
      'x: must be plain data (numbers, text, true/false, null, lists, objects), not [object Array]',
    ]);
  });
  it('lets an undefined value through to the schema, which fills in the default', () => {
    const r = parseScenarioValue({ schemaVersion: 2, seed: undefined });
    expect(r.ok && r.scenario.seed).toBe(defaultScenario().seed);
  });
  it('names a symbol and a typed array as values that are not plain data', () => {
    expect(errorsOf(parseScenarioValue({ schemaVersion: 2, seed: Symbol('s') }))).toEqual([
      'seed: must be plain data (numbers, text, true/false, null, lists, objects), not a symbol',
    ]);
    expect(errorsOf(parseScenarioValue({ schemaVersion: 2, x: new Float64Array(2) }))).toEqual([
      'x: must be plain data (numbers, text, true/false, null, lists, objects), not [object Float64Array]',
    ]);
    class Firm {}
    expect(errorsOf(parseScenarioValue({ schemaVersion: 2, x: new Firm() }))).toEqual([
      'x: must be plain data (numbers, text, true/false, null, lists, objects), not [object Object]',
    ]);
    expect(errorsOf(parseScenarioValue({ schemaVersion: 2, x: Object.create(null) }))).toEqual(['(root): unknown key "x"']);
  });
});

describe("an engine's message", () => {
  const throwing = (e: unknown) => {
    const v: Record<string, unknown> = { schemaVersion: 2 };
    Object.defineProperty(v, 'seed', {
      enumerable: true,
      get: () => {
        throw e;
      },
    });
    return v;
  };
  it('is put on one line, its control characters and line separators as spaces, trimmed', () => {
    expect(errorsOf(parseScenarioValue(throwing(new Error('\tone\n\n\u0085two\u2028three\u2029\u007f'))))).toEqual([
      '(root): could not be read (one two three)',
    ]);
  });
  it('is kept whole up to 160 characters and cut after them', () => {
    const m160 = 'm'.repeat(160);
    expect(errorsOf(parseScenarioValue(throwing(new Error(m160))))).toEqual([`(root): could not be read (${m160})`]);
    expect(errorsOf(parseScenarioValue(throwing(new Error(m160 + 'x'))))).toEqual([`(root): could not be read (${m160}…)`]);
  });
  it('is the thrown value itself when it is not an Error', () => {
    expect(errorsOf(parseScenarioValue(throwing('plain text')))).toEqual(['(root): could not be read (plain text)']);
  });
});

describe('negative zero', () => {
  it('is read as 0 at any depth, in the parsed and the default scenario', () => {
    const r = parseScenarioValue({ schemaVersion: 2, firms: [{}, { promise: -0 }], changes: [{ period: 1, firm: 0, lever: 'promise', value: -0 }] });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(Object.is(r.scenario.firms[1].promise, 0)).toBe(true);
    expect(Object.is(r.scenario.changes[0].value, 0)).toBe(true);
    const d = defaultScenario({ firms: [{ promise: -0 } as never] });
    expect(Object.is(d.firms[0].promise, 0)).toBe(true);
  });
});
