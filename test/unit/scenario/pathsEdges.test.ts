// Field paths at their edges, each case on its own (mutation testing of src/scenario/paths.ts
// and periodUnit.ts; the fast-check properties in paths.test.ts cover the hostile mass):
// the syntax, the quoted text shortened at 60 characters, indices of several digits, a walk
// through a value that holds nothing, the last index of a list, and the period-unit rescaling
// of changes without an end and events without a duration.
import { describe, expect, it } from 'vitest';
import { checkPath, getAt, parsePath, setAt } from '../../../src/scenario/paths.ts';
import { changePeriodUnit } from '../../../src/scenario/periodUnit.ts';
import { scenarioWith } from '../../helpers.ts';

describe('parsePath', () => {
  it('refuses text that is not a path, quoting it whole up to 60 characters and shortened past them', () => {
    const sixty = `a${'.b'.repeat(29)}!`; // 60 characters
    expect(sixty).toHaveLength(60);
    expect(parsePath(sixty)).toBe(`"${sixty}" is not a field path (e.g. firms[0].price)`);
    const long = `${sixty}x`;
    expect(parsePath(long)).toBe(`"${sixty}…" is not a field path (e.g. firms[0].price)`);
    expect(parsePath('firms[0]price')).toBe('"firms[0]price" is not a field path (e.g. firms[0].price)');
  });
  it('reads indices of several digits, up to six', () => {
    expect(parsePath('firms[12].price')).toEqual(['firms', 12, 'price']);
    expect(parsePath('a[123456]')).toEqual(['a', 123456]);
    expect(parsePath('a[1234567]')).toMatch(/is not a field path/);
  });
});

describe('getAt', () => {
  it('finds nothing inside a number, a string or null', () => {
    const root = { n: 1, s: 'abc', z: null, list: [10, 20] };
    expect(getAt(root, ['n', 'x'])).toBeUndefined();
    expect(getAt(root, ['s', 'length'])).toBeUndefined();
    expect(getAt(root, ['s', 0])).toBeUndefined();
    expect(getAt(root, ['z', 'x'])).toBeUndefined();
  });
  it('reads the last item of a list and nothing past it; a list has no names, an object no indices', () => {
    const root = { list: [10, 20], obj: { 0: 'zero' } };
    expect(getAt(root, ['list', 1])).toBe(20);
    expect(getAt(root, ['list', 2])).toBeUndefined();
    expect(getAt(root, ['list', '0'])).toBeUndefined();
    expect(getAt(root, ['obj', 0])).toBeUndefined();
    expect(getAt(root, ['obj', '0'])).toBe('zero');
  });
  it('refuses a path checkPath refuses, even where the value exists', () => {
    const root = { a: [1] } as Record<string, unknown>;
    expect(getAt(root, [])).toBeUndefined();
    expect(getAt(root, ['a', -0.5])).toBeUndefined();
    expect(checkPath(['a', 0])).toBeNull();
  });
});

describe('setAt', () => {
  it('refuses a forbidden path before touching anything', () => {
    const root: Record<string, unknown> = { a: {} };
    expect(setAt(root, ['a', 'constructor'], 1, 'create')).toBe('a.constructor: "constructor" is not allowed in a field path');
    expect(root).toEqual({ a: {} });
  });
  it('walks into an existing object whose step is a container, and refuses a step through a plain value', () => {
    const root: Record<string, unknown> = { a: { b: 1 }, n: 5 };
    expect(setAt(root, ['a', 'c'], 2, 'existing')).toBeNull();
    expect(root.a).toEqual({ b: 1, c: 2 });
    expect(setAt(root, ['n', 'x'], 1, 'existing')).toBe('n.x: there is no such field');
    expect(setAt(root, ['n', 'x'], 1, 'create')).toBeNull();
    expect(root.n).toEqual({ x: 1 });
  });
  it('creates a list on the way only where the path goes on with an index, and never an index in an object', () => {
    const root: Record<string, unknown> = {};
    expect(setAt(root, ['a', 'b'], 1, 'create')).toBeNull();
    expect(Array.isArray(root.a)).toBe(false);
    expect(setAt(root, ['l', 0], 'x', 'create')).toBeNull();
    expect(root.l).toEqual(['x']);
    expect(setAt(root, ['o', 'k', 0, 1], 'y', 'create')).toBe('o.k[0][1]: there is no such field');
    expect(setAt({ a: {} }, ['a', 0, 'x'], 1, 'create')).toBe('a[0].x: there is no such field');
  });
  it('appends one item past the end of a list, not two, and takes no name on a list', () => {
    const root = { list: [1, 2] };
    expect(setAt(root, ['list', 3], 9, 'existing')).toBe('list[3]: there is no such field');
    expect(setAt(root, ['list', 'x'], 9, 'existing')).toBe('list.x: there is no such field');
    expect(setAt(root, ['list', 2], 3, 'existing')).toBeNull();
    expect(root.list).toEqual([1, 2, 3]);
    expect(setAt({ obj: {} }, ['obj', 0], 1, 'create')).toBe('obj[0]: there is no such field');
  });
});

describe('changePeriodUnit', () => {
  it('leaves a change without an end and an event without a duration as they are, but for the period', () => {
    const m = scenarioWith({
      horizon: 24,
      changes: [{ period: 3, firm: 0, lever: 'price', value: 0.9 }],
      events: [{ type: 'numberPortability', period: 6 }],
    });
    const w = changePeriodUnit(m, 'quarter');
    expect(w.changes).toEqual([{ period: 1, firm: 0, lever: 'price', value: 0.9 }]);
    expect('until' in w.changes[0]).toBe(false);
    expect(w.events).toEqual([{ type: 'numberPortability', period: 2, remaining: 0 }]);
    expect('duration' in w.events[0]).toBe(false);
    // an editor's event whose optional duration was cleared: the key is there, its value is not
    const cleared = changePeriodUnit({ ...m, events: [{ type: 'numberPortability', period: 6, remaining: 0, duration: undefined }] }, 'quarter');
    expect(cleared.events[0]).toEqual({ type: 'numberPortability', period: 2, remaining: 0, duration: undefined });
  });
});
