import { describe, expect, it } from 'vitest';
import { tooltipShift } from '../../../../src/ui/charts/tooltip.ts';

describe('tooltip placement', () => {
  it('extends inwards near either edge and is centred in the middle', () => {
    expect(tooltipShift(0.11)).toBe('translateX(0)');
    expect(tooltipShift(0.5)).toBe('translateX(-50%)');
    expect(tooltipShift(0.97)).toBe('translateX(-100%)');
  });
});
