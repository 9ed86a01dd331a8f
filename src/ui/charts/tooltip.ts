// Where a read-out tooltip sits beside the pointer: centred in the middle of a chart, but
// extending inwards near its edges, so it is never cut off at the card's edge (or the phone's).

/** The CSS transform of a tooltip whose left is at `fraction` (0–1) of the chart's width. */
export function tooltipShift(fraction: number): string {
  if (fraction < 1 / 3) return 'translateX(0)';
  if (fraction > 2 / 3) return 'translateX(-100%)';
  return 'translateX(-50%)';
}
