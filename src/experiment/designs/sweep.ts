// One-factor sweep: n evenly spaced levels of a range, both ends included.

export function evenLevels(from: number, to: number, n: number): number[] {
  // rounded to 12 significant digits so 0.1-steps read as 0.3, not 0.30000000000000004
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? to : Number((from + ((to - from) * i) / (n - 1)).toPrecision(12))));
}

/** One point per level. */
export function sweepPoints(levels: readonly number[]): number[][] {
  return levels.map((x) => [x]);
}
