// The one field-path resolver (editor, --set, --sweep): prototype keys refused by name, own
// properties only, and every refusal names the path. Fuzzed with hostile paths.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPath, getAt, parsePath, pathText, setAt, type Path } from '../../../src/scenario/paths.ts';
import { baseValue } from './helpers.ts';

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
const snapshot = () => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).map((k) => [k, Object.getOwnPropertyDescriptor(p, k)?.value]));
const before = snapshot();
afterEach(() => {
  expect(snapshot()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('parsePath and checkPath', () => {
  it.each([
    ['__proto__.polluted', '__proto__'],
    ['firms.__proto__.polluted', '__proto__'],
    ['firms[0].__proto__.polluted', '__proto__'],
    ['constructor.prototype.polluted', 'constructor'],
    ['firms[0].constructor', 'constructor'],
    ['meta.prototype', 'prototype'],
  ])('refuses %s by the name %s, naming the path', (text, key) => {
    expect(parsePath(text)).toBe(`${text}: "${key}" is not allowed in a field path`);
  });
  it('refuses keys of the wrong kind and an empty path', () => {
    expect(checkPath([])).toMatch(/^\(root\): /);
    expect(checkPath(['firms', -1])).toMatch(/^firms\[-1\]: /);
    expect(checkPath(['firms', 0.5])).toMatch(/is not a list index/);
    expect(checkPath(['firms', Symbol('x') as unknown as string])).toMatch(/names and list indices only/);
  });
});

describe('getAt and setAt', () => {
  it('walk own properties only', () => {
    const s = baseValue();
    expect(getAt(s, ['firms', 0, 'price'])).toBe(1);
    expect(getAt(s, ['firms', 'length'])).toBeUndefined();
    expect(getAt(s, ['firms', 0, 'toString'])).toBeUndefined();
    expect(getAt(s, ['firms', 0, 'hasOwnProperty'])).toBeUndefined();
    expect(getAt(s, ['__proto__'])).toBeUndefined();
  });
  it('setAt(existing) refuses a missing step; setAt(create) makes plain objects on the way', () => {
    const s = baseValue();
    expect(setAt(s, ['firms', 5, 'quality'], 4, 'existing')).toBe('firms[5].quality: there is no such field');
    expect(setAt(s, ['firms', 'x'], 4, 'existing')).toBe('firms.x: there is no such field');
    expect(setAt(s, ['nope', 'deeper'], 4, 'existing')).toBe('nope.deeper: there is no such field');
    expect(setAt(s, ['firms', 1, 'price'], 0.8, 'existing')).toBeNull();
    expect(s.firms[1].price).toBe(0.8);
    expect(setAt(s, ['changes', 0], { period: 1 }, 'existing')).toBeNull(); // one more item
    const o: Record<string, unknown> = {};
    expect(setAt(o, ['a', 'b', 0, 'c'], 1, 'create')).toBeNull();
    expect(o).toEqual({ a: { b: [{ c: 1 }] } });
    expect(Object.getPrototypeOf(o.a)).toBe(Object.prototype);
  });
});

/** Segments a hostile path is made of: prototype names, inherited names, real names, anything. */
const segmentArb: fc.Arbitrary<string | number> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'length', '__defineGetter__', 'polluted'),
  fc.constantFrom('firms', 'population', 'meta', 'changes', 'events', 'price', 'size', 'title', 'en'),
  fc.nat(10),
  fc.integer({ min: -3, max: 3 }),
  fc.string({ maxLength: 12 }),
);
const pathArb = fc.array(segmentArb, { minLength: 1, maxLength: 6 });

describe('hostile paths (fast-check)', () => {
  it('never pollute a prototype, and every refusal names the path', () => {
    fc.assert(
      fc.property(pathArb, fc.constantFrom('existing' as const, 'create' as const), fc.jsonValue({ maxDepth: 2 }), (path: Path, mode, value) => {
        const s = baseValue();
        getAt(s, path);
        const problem = setAt(s, path, mode === 'create' ? { polluted: true } : value, mode);
        if (problem !== null) expect(problem.startsWith(`${pathText(path)}: `) || problem.startsWith('(root): ')).toBe(true);
        else expect(path.some((k) => typeof k === 'string' && ['__proto__', 'constructor', 'prototype'].includes(k))).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
        expect(snapshot()).toEqual(before);
      }),
      { numRuns: 3000 },
    );
  });
  it('parsePath of any text is a path that passes checkPath, or a message quoting it', () => {
    const textArb = fc.oneof(
      pathArb.map((p) => p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('')),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        const r = parsePath(text);
        if (typeof r === 'string') expect(r).toMatch(/: |is not a field path/);
        else expect(checkPath(r)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});
