// Loyalty types and Jones–Sasser classes (MODEL.md §3; the order in the README): each rule of
// the attribution order on a customer built to sit where that rule, and no earlier one, holds,
// customers for which two rules hold (the earlier must win), and the class boundaries at
// satisfaction 3.75 and 4.5 and margin 0.
import { describe, expect, it } from 'vitest';
import { JS, JS_CLASSES, LOYALTY, LOYALTY_TYPES, NO_PROVIDER } from '../../../src/model/index.ts';
import { quietFirm, quietScenario, runCase, type Customer } from './customers.ts';

type Type = keyof typeof LOYALTY;
type Class = keyof typeof JS;

/** The parts of a customer's margin against Rival, each set through one lever or state:
 *  value through its expectation (value = 3.5 − E), price through Rival's price, incentive
 *  through our programme (tenure ≥ 24, so points double it), kinship through its weight,
 *  switching cost through habit. */
interface Parts {
  value: number;
  price?: number;
  incentive?: number;
  kinship?: number;
  cost?: number;
  trust?: number;
  wTrust?: number;
  /** Rival's quality (3.5 unless told) and the disconfirmation weight (1 unless told). */
  rivalQuality?: number;
  dw?: number;
}

function classify(p: Parts, over: Record<string, unknown> = {}, c: Partial<Customer> = {}) {
  const s = quietScenario({
    behaviour: { disconfirmationWeight: p.dw ?? 1, weights: { kinship: p.kinship ?? 1, trust: p.wTrust ?? 0 } },
    firms: [quietFirm({ programme: (p.incentive ?? 0) / 2 }), quietFirm({ price: 1 + (p.price ?? 0), quality: p.rivalQuality ?? 3.5 })],
    ...over,
  });
  const r = runCase(s, { expectation: 3.5 - p.value, switchingCost: p.cost ?? 0, tenure: 30, traits: p.kinship ? 1 : 0, trust: p.trust ?? 0, ...c });
  const types = r.read('loyaltyType').map((t) => LOYALTY_TYPES[t]);
  const classes = r.read('jsClass').map((c) => JS_CLASSES[c]);
  return { type: types, cls: classes, provider: r.read('provider') };
}

const three = <T>(x: T) => [x, x, x];

describe('the attribution order: the first rule that holds names the type', () => {
  const cases: [string, Parts, Type][] = [
    ['2. margin < 0: inertia (it would leave if it looked)', { value: -0.5 }, 'inertia'],
    ['2. margin < 0 even with a kinship tie', { value: -1, kinship: 0.5 }, 'inertia'],
    ['3. margin − kinship < 0: kinship', { value: -0.5, kinship: 0.75 }, 'kinship'],
    ['4. margin − incentive < 0: incentive', { value: -0.25, incentive: 0.5 }, 'incentive'],
    ['5. margin − price < 0: price', { value: -0.25, price: 0.5 }, 'price'],
    ['6. margin − switching cost < 0: inertia', { value: -0.25, cost: 0.5 }, 'inertia'],
    ['6. … lock-in counts as switching cost', { value: -0.25 }, 'inertia'],
    ['7. value alone keeps it: value', { value: 0.25 }, 'value'],
    ['7. value alone keeps it despite a price handicap', { value: 0.5, price: -0.25 }, 'value'],
    ['7. value exactly making up for the handicap is still value', { value: 0.25, price: -0.25, cost: 0.125 }, 'value'],
    ['kinship before incentive', { value: -0.5, kinship: 0.375, incentive: 0.25 }, 'kinship'],
    ['kinship before price', { value: -0.5, kinship: 0.25, price: 0.375 }, 'kinship'],
    ['incentive before price, even when price is larger', { value: -0.5, incentive: 0.25, price: 0.375 }, 'incentive'],
    ['incentive before price, the two equal', { value: -0.375, incentive: 0.25, price: 0.25 }, 'incentive'],
    ['incentive before price, with habit too', { value: -0.75, incentive: 0.375, price: 0.25, cost: 0.25 }, 'incentive'],
    ['incentive before switching cost', { value: -0.5, incentive: 0.25, cost: 0.375 }, 'incentive'],
    ['price before switching cost', { value: -0.5, price: 0.25, cost: 0.375 }, 'price'],
    ['8. held jointly, price the largest support', { value: -0.5, price: 0.375, incentive: 0.25, cost: 0.25 }, 'price'],
    ['8. held jointly, incentive the largest', { value: -0.5, price: 0.25, incentive: 0.375, cost: 0.25 }, 'incentive'],
    ['8. held jointly, switching cost the largest', { value: -0.5, price: 0.25, incentive: 0.25, cost: 0.375 }, 'inertia'],
    ['8. held jointly, kinship the largest', { value: -0.5, price: 0.25, kinship: 0.375, cost: 0.25 }, 'kinship'],
  ];
  it.each(cases)('%s', (_, parts, type) => {
    const over = _.includes('lock-in') ? { firms: [quietFirm({ lockIn: 0.5 }), quietFirm()] } : {};
    const r = classify(parts, over);
    expect(r.provider).toEqual(three(0));
    expect(r.type).toEqual(three(type));
  });
  it('6. lock-in is switching cost: it holds an unhappy customer (hostage), and only by its size', () => {
    // S = 3.75 and value −0.25: a lock-in of 0.25 holds it at margin 0, one of 0.125 does not
    const lock = (lockIn: number) => classify({ value: -0.25 }, { firms: [quietFirm({ lockIn }), quietFirm()] });
    expect(lock(0.25)).toMatchObject({ type: three('inertia'), cls: three('hostage') });
    expect(lock(0.125)).toMatchObject({ type: three('inertia'), cls: three('defector') });
  });
  it('1. not free to choose: monopoly, whatever the margin', () => {
    expect(classify({ value: -1 }, { market: { openness: 0.5 } }, { freedom: 128 }).type).toEqual(three('monopoly'));
    expect(classify({ value: -1 }, { market: { openness: 0.5 } }, { freedom: 127 }).type).toEqual(three('inertia'));
  });
  it('1. no rival open: monopoly', () => {
    const closed = { firms: [quietFirm(), quietFirm({ availableFrom: 3 })] };
    expect(classify({ value: 0.5 }, closed).type).toEqual(three('monopoly'));
  });
});

describe('Jones–Sasser classes: satisfaction zones ≤ 3.75 < … ≤ 4.5 < …, held while margin ≥ 0', () => {
  // satisfaction set through the expectation and the value part made up with trust (weight 1):
  // against a rival expected at 4 (S = 4 + (3.5 − E)) value = S − 4 + trust; where that would
  // need negative trust, against a rival expected at 5 (quality 5 and weight 2 put it above
  // the scale's top: S = 4 + 2·(3.5 − E)) value = S − 5 + trust
  const at = (sat: number, value: number, extra: Partial<Parts> = {}, over: Record<string, unknown> = {}) => {
    const near = value >= sat - 4;
    const expectation = near ? 3.5 - (sat - 4) : 3.5 - (sat - 4) / 2;
    const trust = value - (sat - (near ? 4 : 5));
    const scheme = near ? {} : { rivalQuality: 5, dw: 2 };
    return classify({ value: 0, wTrust: 1, ...scheme, ...extra }, over, { expectation, trust });
  };
  const step = 1 / 64;
  const cases: [string, number, number, Partial<Parts>, Type, Class][] = [
    ['value-loyal above 4.5: apostle', 4.5 + step, 0.25, {}, 'value', 'apostle'],
    ['value-loyal at 4.5: loyalist', 4.5, 0.25, {}, 'value', 'loyalist'],
    ['value-loyal just below 4.5: loyalist', 4.5 - step, 0.25, {}, 'value', 'loyalist'],
    ['value-loyal just above 3.75: loyalist', 3.75 + step, 0.25, {}, 'value', 'loyalist'],
    ['value-loyal at 3.75: hostage', 3.75, 0.25, {}, 'value', 'hostage'],
    ['value-loyal just below 3.75: hostage', 3.75 - step, 0.25, {}, 'value', 'hostage'],
    ['held by price above 4.5: mercenary', 4.5 + step, -0.25, { price: 0.5 }, 'price', 'mercenary'],
    ['held by rewards above 3.75: mercenary', 4, -0.25, { incentive: 0.5 }, 'incentive', 'mercenary'],
    ['held by habit above 3.75: mercenary', 4, -0.25, { cost: 0.5 }, 'inertia', 'mercenary'],
    ['held by kinship above 4.5: apostle', 4.5 + step, -0.25, { kinship: 0.5 }, 'kinship', 'apostle'],
    ['held by kinship above 3.75: loyalist', 4, -0.25, { kinship: 0.5 }, 'kinship', 'loyalist'],
    ['not held above 4.5: mercenary', 4.5 + step, -0.25, {}, 'inertia', 'mercenary'],
    ['held by price at 3.75: hostage', 3.75, -0.25, { price: 0.5 }, 'price', 'hostage'],
    ['held at margin exactly 0 at 3.75: hostage', 3.75, -0.25, { cost: 0.25 }, 'inertia', 'hostage'],
    ['not held, margin just below 0, at 3.75: defector', 3.75, -0.25, { cost: 0.25 - step }, 'inertia', 'defector'],
  ];
  it.each(cases)('%s', (_, sat, value, extra, type, cls) => {
    const r = at(sat, value, extra);
    expect(r.type).toEqual(three(type));
    expect(r.cls).toEqual(three(cls));
  });
  it('a monopoly customer is loyal in the zone of indifference and an apostle above 4.5', () => {
    const closed = { firms: [quietFirm(), quietFirm({ availableFrom: 3 })] };
    expect(at(4, -1, {}, closed).cls).toEqual(three('loyalist'));
    expect(at(4.5 + step, -1, {}, closed).cls).toEqual(three('apostle'));
    expect(at(3.75, -1, {}, closed).cls).toEqual(three('hostage'));
  });
});

describe('ex-customers: defector, or terrorist below the terrorist threshold', () => {
  const leave = (expectation: number) =>
    runCase(
      quietScenario({
        behaviour: { baseSatisfaction: 2.25, doWithout: 1 },
        wordOfMouth: { terroristThreshold: 2.25 },
        market: { openness: 0 },
        service: { failureRate: 1, complaintRate: 0, majorShare: 0, failureImpact: 0, repurchase: { minor: { silent: 0 } } },
      }),
      { expectation },
    );
  it('classes a leaver below the threshold as a terrorist and one at it as a defector', () => {
    const below = leave(3.5 + 1 / 64);
    expect(below.read('provider')).toEqual(three(NO_PROVIDER));
    expect(below.read('jsClass').map((c) => JS_CLASSES[c])).toEqual(three('terrorist'));
    expect(
      leave(3.5)
        .read('jsClass')
        .map((c) => JS_CLASSES[c]),
    ).toEqual(three('defector'));
  });
});
