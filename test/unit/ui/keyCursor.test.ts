import { describe, expect, it } from 'vitest';
import { periodAfterKey } from '../../../src/ui/charts/keyCursor.ts';

describe('periodAfterKey', () => {
  it.each([
    ['ArrowLeft', 5, 4],
    ['ArrowRight', 5, 6],
    ['ArrowUp', 5, 6],
    ['ArrowDown', 5, 4],
    ['PageDown', 5, 0],
    ['PageUp', 5, 15],
    ['Home', 5, 0],
    ['End', 5, 20],
    ['ArrowLeft', null, 19], // the read-out starts at the last period
    ['ArrowRight', 20, 20], // and stays inside 0..last
    ['ArrowLeft', 0, 0],
    ['PageUp', 15, 20],
    ['Escape', 5, null],
    ['a', 5, undefined],
    ['Tab', 5, undefined],
  ] as const)('%s from %s', (key, at, want) => {
    expect(periodAfterKey(key, at, 20)).toBe(want);
  });
});
