// Full factorial: every combination of every factor's levels, exactly once, in row-major order
// (the last factor changes fastest), so point i is a fixed function of the levels.

/** Number of combinations, or Infinity past `cap` (checked before anything is built). */
export function factorialSize(levels: readonly (readonly number[])[], cap: number): number {
  let n = 1;
  for (const l of levels) {
    n *= l.length;
    if (n > cap) return Infinity;
  }
  return n;
}

export function factorialPoints(levels: readonly (readonly number[])[]): number[][] {
  const n = factorialSize(levels, Number.MAX_SAFE_INTEGER);
  const points: number[][] = [];
  for (let i = 0; i < n; i++) {
    const point = new Array<number>(levels.length);
    let rest = i;
    for (let f = levels.length - 1; f >= 0; f--) {
      point[f] = levels[f][rest % levels[f].length];
      rest = Math.floor(rest / levels[f].length);
    }
    points.push(point);
  }
  return points;
}
