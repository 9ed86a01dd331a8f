// One-factor sweep: n evenly spaced levels of a range, both ends included.

/** Levels read as people write them (0.03, not 0.030000000000000002): each is rounded to 12
 *  significant digits when that moves it by a negligible part of a step and keeps it inside
 *  the range; a range too narrow for that keeps the exact values. */
export function evenLevels(from: number, to: number, n: number): number[] {
  const step = (to - from) / (n - 1);
  return Array.from({ length: n }, (_, i) => {
    if (i === n - 1) return to;
    const x = Math.min(to, from + ((to - from) * i) / (n - 1));
    const rounded = Number(x.toPrecision(12));
    return Math.abs(rounded - x) <= Math.abs(step) * 1e-9 && rounded >= from && rounded <= to ? rounded : x;
  });
}

/** One point per level. */
export function sweepPoints(levels: readonly number[]): number[][] {
  return levels.map((x) => [x]);
}
