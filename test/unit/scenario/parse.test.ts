import { describe, expect, it, vi } from 'vitest';
import {
  defaultScenario,
  MAX_ARRAY_ITEMS,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  MAX_OBJECT_KEYS,
  parseScenarioText,
  parseScenarioValue,
  serialiseScenario,
  type ParseResult,
} from '../../../src/scenario/parse.ts';
import { baseValue, DEFAULT_TEXT, ERROR_LINE } from './helpers.ts';
import { HOSTILE_FILES } from './hostile.ts';

function errorsOf(r: ParseResult): string[] {
  if (r.ok) throw new Error('expected the scenario to be rejected');
  for (const e of r.errors) expect(e).toMatch(ERROR_LINE);
  return r.errors;
}

const edit = (f: (v: Record<string, any>) => void) => {
  const v = baseValue();
  f(v);
  return v;
};

describe('parseScenarioText accepts', () => {
  it('the serialised default scenario, unchanged', () => {
    const r = parseScenarioText(DEFAULT_TEXT);
    expect(r).toEqual({ ok: true, scenario: defaultScenario(), notices: [] });
  });
  it('a minimal file, filling in every default', () => {
    const r = parseScenarioText('{"schemaVersion": 1, "seed": 7}');
    expect(r.ok && r.scenario).toEqual(defaultScenario({ seed: 7 }));
  });
  it('-0 as 0, so that saving the scenario loses nothing', () => {
    const r = parseScenarioText('{"schemaVersion":1,"firms":[{"promise":-0}]}');
    expect(r.ok && Object.is(r.scenario.firms[0].promise, 0)).toBe(true);
  });
  it('a file that starts with a byte-order mark', () => {
    expect(parseScenarioText('\uFEFF' + DEFAULT_TEXT).ok).toBe(true);
  });
});

// Each rejection class, with the exact line the user sees.
const valueCases: [string, Record<string, any>, string][] = [
  ['a price below its bound', edit((v) => (v.firms[1].price = 0.1)), 'firms[1].price: must be ≥ 0.2'],
  ['an absurd population', edit((v) => (v.population.size = 5e9)), 'population.size: must be ≤ 1,000,000'],
  ['an absurd horizon', edit((v) => (v.horizon = 100_000)), 'horizon: must be ≤ 1040'],
  ['too many replicates', edit((v) => (v.replicates = 10_000)), 'replicates: must be ≤ 200'],
  ['a fractional horizon', edit((v) => (v.horizon = 1.5)), 'horizon: must be a whole number'],
  ['a number given as text', edit((v) => (v.seed = '7')), 'seed: must be a number'],
  ['an object where a number goes', edit((v) => (v.firms[0].quality = {})), 'firms[0].quality: must be a number'],
  ['an unknown key at the root', edit((v) => (v.colour = 'red')), '(root): unknown key "colour"'],
  ['an unknown key in a firm', edit((v) => (v.firms[2].pricee = 1)), 'firms[2]: unknown key "pricee"'],
  ['an unknown event type', edit((v) => (v.events = [{ type: 'meteor', period: 3 }])), 'events[0].type: does not match any allowed form (check "type")'],
  [
    'a change for a missing firm',
    edit((v) => (v.changes = [{ period: 1, firm: 5, lever: 'price', value: 1 }])),
    'changes[0].firm: must be < 3 (there are 3 firms)',
  ],
  [
    'a change beyond the lever range',
    edit((v) => (v.changes = [{ period: 1, firm: 0, lever: 'price', value: 9 }])),
    'changes[0].value: price must be between 0.2 and 3',
  ],
  ['too many firms', edit((v) => (v.firms = Array.from({ length: 9 }, () => ({})))), 'firms: must have at most 8 item(s)'],
  ['an over-long title', edit((v) => (v.meta.title.en = 'x'.repeat(121))), 'meta.title.en: must have at most 120 character(s)'],
  ['too many tags', edit((v) => (v.meta.tags = Array.from({ length: 21 }, () => 't'))), 'meta.tags: must have at most 20 item(s)'],
  ['an unsupported version', edit((v) => (v.schemaVersion = 9)), 'schemaVersion: 9 is not supported (this version of Loyalty Lab reads 0 to 2)'],
  ['a version given as text', edit((v) => (v.schemaVersion = '1')), 'schemaVersion: must be a whole number'],
  ['a __proto__ key', JSON.parse('{"schemaVersion":1,"market":{"__proto__":{"polluted":true}}}'), 'market.__proto__: the key "__proto__" is not allowed'],
  ['a constructor key', edit((v) => (v.firms[0].constructor = 1)), 'firms[0].constructor: the key "constructor" is not allowed'],
  ['a prototype key', edit((v) => (v.prototype = {})), 'prototype: the key "prototype" is not allowed'],
  ['NaN', edit((v) => (v.firms[1].price = NaN)), 'firms[1].price: must be a finite number (got NaN)'],
  ['Infinity', edit((v) => (v.population.size = Infinity)), 'population.size: must be a finite number (got Infinity)'],
  ['-Infinity inside an unknown key', edit((v) => (v.extra = [-Infinity])), 'extra[0]: must be a finite number (got -Infinity)'],
  ['a function', edit((v) => (v.seed = () => 7)), 'seed: must be plain data (numbers, text, true/false, null, lists, objects), not a function'],
  ['a bigint', edit((v) => (v.seed = 7n)), 'seed: must be plain data (numbers, text, true/false, null, lists, objects), not a bigint'],
  ['a Date', edit((v) => (v.meta = new Date(0))), 'meta: must be plain data (numbers, text, true/false, null, lists, objects), not [object Date]'],
  ['a Map', edit((v) => (v.market = new Map())), 'market: must be plain data (numbers, text, true/false, null, lists, objects), not [object Map]'],
  [
    'an odd key name, quoted without colons',
    edit((v) => (v.market['a:b c'] = [{ __proto__: null, constructor: 1 }])),
    'market["a\\u003ab c"][0].constructor: the key "constructor" is not allowed',
  ],
  [
    'a long list anywhere',
    edit((v) => (v.meta.tags = new Array(MAX_ARRAY_ITEMS + 1).fill('t'))),
    `meta.tags: a list of ${MAX_ARRAY_ITEMS + 1} items is too long (no list in a scenario may have more than ${MAX_ARRAY_ITEMS})`,
  ],
  [
    'a wide object',
    edit((v) => (v.market = Object.fromEntries(Array.from({ length: MAX_OBJECT_KEYS + 1 }, (_, i) => [`k${i}`, i])))),
    `market: has ${MAX_OBJECT_KEYS + 1} keys (no object in a scenario may have more than ${MAX_OBJECT_KEYS})`,
  ],
];

describe('parseScenarioValue rejects, naming the field,', () => {
  it.each(valueCases)('%s', (_, value, line) => {
    expect(errorsOf(parseScenarioValue(value))).toContain(line);
  });
  it.each([
    ['null', null, '(root): a scenario must be a JSON object, not null'],
    ['a list', [1], '(root): a scenario must be a JSON object, not a list'],
    ['a number', 3, '(root): a scenario must be a JSON object, not a number'],
    ['undefined', undefined, '(root): a scenario must be a JSON object, not a undefined'],
  ])('a root that is %s', (_, value, line) => {
    expect(errorsOf(parseScenarioValue(value))).toEqual([line]);
  });
  it('a value nested deeper than MAX_DEPTH, at its path', () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_DEPTH; i++) deep = [deep];
    const [line] = errorsOf(parseScenarioValue({ schemaVersion: 1, meta: { x: deep } }));
    expect(line).toMatch(/^meta\.x(\[0\])+: nested deeper than 12 levels$/);
  });
  it('a value that refers to itself', () => {
    const v: Record<string, unknown> = baseValue();
    v.market = v;
    expect(errorsOf(parseScenarioValue(v))[0]).toMatch(/: nested deeper than 12 levels$/);
  });
  it('a getter that throws, without throwing itself', () => {
    const v = baseValue();
    Object.defineProperty(v, 'seed', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(errorsOf(parseScenarioValue(v))).toEqual(['(root): could not be read (boom)']);
  });
  it('every firm with a zero initial share', () => {
    const v = edit((s) => s.firms.forEach((f: { initialShare: number }) => (f.initialShare = 0)));
    expect(errorsOf(parseScenarioValue(v))).toContain('firms: at least one firm needs an initialShare above 0');
  });
  it('a workload beyond the limit, with both numbers', () => {
    const v = edit((s) => Object.assign(s, { horizon: 1000, replicates: 100, population: { size: 1e6 } }));
    expect(errorsOf(parseScenarioValue(v))).toEqual(['replicates: population × horizon × replicates must be ≤ 5e+10 (asked for 1.00e+11)']);
  });
  it('lists at most 20 problems and counts the rest', () => {
    const v = edit((s) => (s.firms = s.firms.map(() => Object.fromEntries(Object.keys(s.firms[0]).map((k) => [k, 'x'])))));
    const errors = errorsOf(parseScenarioValue(v));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toMatch(/^\(more\): \d+ further problem\(s\) not listed$/);
  });
  it('many unknown keys in one short line', () => {
    const v = edit((s) => Object.assign(s.market, Object.fromEntries(Array.from({ length: 60 }, (_, i) => ['x'.repeat(500) + i, 1]))));
    const [line] = errorsOf(parseScenarioValue(v));
    expect(line.length).toBeLessThan(400);
    expect(line).toMatch(/^market: unknown keys .* … \(60 in all\)$/);
  });
});

describe('parseScenarioText rejects', () => {
  it.each([
    ['text that is not JSON', 'firms: 3', /^\(file\): not valid JSON \(.+\)$/],
    ['truncated JSON', DEFAULT_TEXT.slice(0, 200), /^\(file\): not valid JSON \(.+\)$/],
    ['JavaScript rather than JSON', '{ seed: 1, horizon: (() => 12)() }', /^\(file\): not valid JSON/],
    ['an empty file', '  \n', /^\(file\): is empty$/],
    ['a number too large for a double', '{"schemaVersion":1,"seed":1e400}', /^seed: must be a finite number \(got Infinity\)$/],
    ['a JSON string at the root', '"hello"', /^\(root\): a scenario must be a JSON object, not a string$/],
  ])('%s', (_, text, line) => {
    const errors = errorsOf(parseScenarioText(text));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(line);
  });
  it('a file over the size limit, saying the limit', () => {
    const big = DEFAULT_TEXT.replace('"tags": []', `"tags": ["${'x'.repeat(MAX_FILE_BYTES)}"]`);
    expect(errorsOf(parseScenarioText(big))).toEqual(['(file): at least 1.0 MB is larger than the 1 MB limit for a scenario']);
  });
  it('counts bytes, not characters (CJK text is three bytes a character)', () => {
    const text = `{"meta":{"description":{"zh":"${'忠'.repeat(MAX_FILE_BYTES / 3)}"}}}`;
    expect(errorsOf(parseScenarioText(text))[0]).toMatch(/^\(file\): 1\.00 MB is larger than the 1 MB limit/);
  });
  it('a huge string at once, without counting it', () => {
    expect(errorsOf(parseScenarioText('x'.repeat(50e6)))[0]).toMatch(/^\(file\): at least 50\.0 MB is larger/);
  });
  it('something that is not text', () => {
    expect(errorsOf(parseScenarioText(42 as unknown as string))).toEqual(['(file): must be text, not a number']);
  });
  it('100,000-deep nesting without a stack overflow', () => {
    const n = 100_000;
    const errors = errorsOf(parseScenarioText(`{"meta":${'['.repeat(n)}${']'.repeat(n)}}`));
    expect(errors[0]).toMatch(/^meta(\[0\])+: nested deeper than 12 levels$|^\(file\): nested too deeply/);
  });
  // (how fast: bench/parse.bench.ts; speed is never asserted in a test)
  it('hostile 1 MB files, each refused with errors', () => {
    for (const text of HOSTILE_FILES) {
      expect(text.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
      expect(errorsOf(parseScenarioText(text)).length).toBeGreaterThan(0);
    }
  });
  it('a RangeError from JSON.parse (an engine with a recursive parser), as a clear error', () => {
    const spy = vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      expect(errorsOf(parseScenarioText('[[[[1]]]]'))).toEqual([`(file): nested too deeply to read (limit ${MAX_DEPTH} levels)`]);
    } finally {
      spy.mockRestore();
    }
  });
  it('a seed beyond 32 bits, with the bound written for people', () => {
    expect(errorsOf(parseScenarioText('{"schemaVersion":1,"seed":4294967296}'))).toEqual(['seed: must be ≤ 4,294,967,295']);
  });
  it('leaves Object.prototype alone', () => {
    parseScenarioText('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}');
    parseScenarioText('{"schemaVersion":0,"firms":[{"__proto__":{"polluted":1},"share":0.5}]}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('serialiseScenario', () => {
  it('writes every default so the file states every assumption', () => {
    const text = serialiseScenario(defaultScenario());
    expect(text).toContain('"switchingCost"');
    expect(text.endsWith('\n')).toBe(true);
  });
});
