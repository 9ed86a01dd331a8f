// What the editors read about numeric fields (src/scenario/fields.ts), field by field: an
// optional field, a field without bounds, a field under a list item, an event field with and
// without its type, and every event type's defaults and fields in the tables' order.
import { describe, expect, it } from 'vitest';
import { eventSpecs, numericField, numericFieldsUnder } from '../../../src/scenario/fields.ts';
import { fieldSpec } from '../../../src/scenario/spec/index.ts';

describe('numericField', () => {
  it("gives an optional field's bounds and unit, with no default", () => {
    expect(numericField(['changes', 4, 'until'])).toEqual({
      path: ['changes', 4, 'until'],
      min: 1,
      max: 1040,
      integer: true,
      default: undefined,
      unit: { en: 'periods', zh: '期' },
      optional: true,
    });
  });
  it('gives a field without bounds of its own as unbounded, required and not whole', () => {
    expect(numericField(['changes', 1, 'value'])).toEqual({
      path: ['changes', 1, 'value'],
      min: -Infinity,
      max: Infinity,
      integer: false,
      default: undefined,
      unit: undefined,
      optional: false,
    });
  });
  it('gives a firm field with its default, at any index', () => {
    expect(numericField(['firms', 7, 'offerDiscount'])).toEqual({
      path: ['firms', 7, 'offerDiscount'],
      min: 0,
      max: 0.8,
      integer: false,
      default: 0.15,
      unit: { en: 'share off the price', zh: '价格折扣比例' },
      optional: false,
    });
  });
  it('needs the event type for an event field, and reads that type', () => {
    expect(numericField(['events', 0, 'duration'])).toBeNull();
    expect(numericField(['events', 2, 'duration'], 'numberPortability')).toMatchObject({ default: undefined, optional: true, min: 1, max: 1040 });
    expect(numericField(['events', 2, 'duration'], 'priceWar')).toMatchObject({ default: 12, optional: false });
  });
  it('is null for a field that is not a number', () => {
    expect(numericField(['meta', 'title', 'en'])).toBeNull();
    expect(numericField(['changes', 0, 'lever'])).toBeNull();
    expect(numericField(['schemaVersion'])).toBeNull();
  });
});

describe('fieldSpec', () => {
  it('finds a row by a path with indices of any length', () => {
    expect(fieldSpec('changes[12].value')?.path).toBe('changes[].value');
    expect(fieldSpec('firms[7].price')?.path).toBe('firms[].price');
    expect(numericField(['changes', 123, 'until'])).toMatchObject({ path: ['changes', 123, 'until'], min: 1 });
  });
  it("gives an event field of the first type that has it when no type is given, and that type's when it is", () => {
    expect(fieldSpec('events[3].duration')?.event).toBe('numberPortability');
    expect(fieldSpec('events[3].duration', 'qualityIncident')).toMatchObject({ event: 'qualityIncident', default: 3 });
    expect(fieldSpec('events[3].priceCut', 'qualityIncident')).toBeUndefined();
  });
  it('finds a field outside the events whatever event type is given', () => {
    expect(fieldSpec('horizon', 'priceWar')?.path).toBe('horizon');
  });
});

describe('numericFieldsUnder', () => {
  it('lists the leaves of a group in file order, with their full paths', () => {
    expect(numericFieldsUnder(['service', 'repurchase']).map((f) => f.path)).toEqual(
      ['minor', 'major'].flatMap((k) => ['silent', 'unresolved', 'resolved', 'quick'].map((o) => ['service', 'repurchase', k, o])),
    );
  });
  it("lists a firm's fields under its index, and no field of the lists below the root", () => {
    const firm = numericFieldsUnder(['firms', 2]);
    expect(firm).toHaveLength(22);
    expect(firm[0].path).toEqual(['firms', 2, 'initialShare']);
    expect(firm.at(-1)?.path).toEqual(['firms', 2, 'offerDiscount']);
    const all = numericFieldsUnder([]).map((f) => f.path.join('.'));
    expect(all.slice(0, 5)).toEqual(['seed', 'replicates', 'horizon', 'burnIn', 'population.size']);
    expect(all.at(-1)).toBe('market.annualDiscountRate');
    expect(all.some((p) => p.startsWith('firms') || p.startsWith('changes') || p.startsWith('events'))).toBe(false);
  });
  it("lists a list item's fields under an index of two digits or more", () => {
    expect(numericFieldsUnder(['changes', 12]).map((f) => f.path)).toEqual([
      ['changes', 12, 'period'],
      ['changes', 12, 'firm'],
      ['changes', 12, 'value'],
      ['changes', 12, 'until'],
    ]);
  });
  it('does not take a section whose name only starts like the one asked for', () => {
    // 'population.size' and 'population.sizeX' would share a prefix without the dot
    expect(numericFieldsUnder(['population', 'budget']).map((f) => f.path.join('.'))).toEqual(['population.budget.mean', 'population.budget.paretoAlpha']);
  });
});

describe('eventSpecs', () => {
  it('gives each event type its defaults, leaving the period to the caller', () => {
    // strictly: a field without a default (numberPortability's duration) is no key at all
    expect(eventSpecs().map((e) => [e.type, e.defaults])).toStrictEqual([
      ['deregulation', { type: 'deregulation' }],
      ['numberPortability', { type: 'numberPortability', remaining: 0 }],
      ['priceWar', { type: 'priceWar', duration: 12, priceCut: 0.25, firms: [1] }],
      ['qualityIncident', { type: 'qualityIncident', duration: 3, firm: 0, qualityDrop: 1, failureRate: 0.2 }],
    ]);
  });
  it('gives each its numeric fields but the period, at the path of an event', () => {
    const fields = Object.fromEntries(eventSpecs().map((e) => [e.type, e.fields.map((f) => [f.key, f.min, f.max, f.integer, f.default, f.optional])]));
    expect(fields).toEqual({
      deregulation: [],
      numberPortability: [
        ['duration', 1, 1040, true, undefined, true],
        ['remaining', 0, 1, false, 0, false],
      ],
      priceWar: [
        ['duration', 1, 1040, true, 12, false],
        ['priceCut', 0, 0.9, false, 0.25, false],
      ],
      qualityIncident: [
        ['duration', 1, 1040, true, 3, false],
        ['firm', 0, 7, true, 0, false],
        ['qualityDrop', 0, 4, false, 1, false],
        ['failureRate', 0, 1, false, 0.2, false],
      ],
    });
    expect(eventSpecs()[3].fields[2]).toMatchObject({ path: ['events', 0, 'qualityDrop'], unit: { en: 'quality points' } });
  });
});
