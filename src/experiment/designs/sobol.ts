// Sobol' low-discrepancy sequence (Bratley & Fox's Gray-code construction), unscrambled, with
// Joe & Kuo's direction numbers (new-joe-kuo-6.21201) for up to 21 dimensions, vendored below.
// Why vendored: the npm package `sobol` 1.1.4 builds 52-bit direction numbers with JavaScript's
// 32-bit shift operators (`1 << 51` is `1 << 19`), so its points are wrong past the first
// bits; `lobos` 0.10 ships Scala.js output and depends on the unmaintained `gzip-js`. Twenty
// table rows and a 40-line generator are tested against SciPy's first points instead.
// The sequence starts at the origin; its balance properties hold for n a power of two.

/** [s, a, m_1 … m_s] for dimensions 2 … 21 (dimension 1 is the van der Corput sequence). */
const JOE_KUO: readonly (readonly [number, number, readonly number[]])[] = [
  [1, 0, [1]],
  [2, 1, [1, 3]],
  [3, 1, [1, 3, 1]],
  [3, 2, [1, 1, 1]],
  [4, 1, [1, 1, 3, 3]],
  [4, 4, [1, 3, 5, 13]],
  [5, 2, [1, 1, 5, 5, 17]],
  [5, 4, [1, 1, 5, 5, 5]],
  [5, 7, [1, 1, 7, 11, 19]],
  [5, 11, [1, 1, 5, 1, 1]],
  [5, 13, [1, 1, 1, 3, 11]],
  [5, 14, [1, 3, 5, 5, 31]],
  [6, 1, [1, 3, 3, 9, 7, 49]],
  [6, 13, [1, 1, 1, 15, 21, 21]],
  [6, 16, [1, 3, 1, 13, 27, 49]],
  [6, 19, [1, 1, 1, 15, 7, 5]],
  [6, 22, [1, 3, 1, 15, 13, 25]],
  [6, 25, [1, 1, 5, 5, 19, 61]],
  [7, 1, [1, 3, 7, 11, 23, 15, 103]],
  [7, 4, [1, 3, 7, 13, 13, 15, 69]],
];

export const SOBOL_MAX_DIMENSIONS = JOE_KUO.length + 1;
const BITS = 32;

function directions(dimension: number): Uint32Array {
  const v = new Uint32Array(BITS + 1); // v[1 … 32]
  if (dimension === 0) {
    for (let i = 1; i <= BITS; i++) v[i] = 2 ** (BITS - i);
    return v;
  }
  const [s, a, m] = JOE_KUO[dimension - 1];
  for (let i = 1; i <= Math.min(s, BITS); i++) v[i] = (m[i - 1] * 2 ** (BITS - i)) >>> 0;
  for (let i = s + 1; i <= BITS; i++) {
    let x = (v[i - s] ^ (v[i - s] >>> s)) >>> 0;
    for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) x = (x ^ v[i - k]) >>> 0;
    v[i] = x;
  }
  return v;
}

/** The first n points of the k-dimensional sequence, in [0, 1)^k. */
export function sobolPoints(n: number, k: number): number[][] {
  if (k < 1 || k > SOBOL_MAX_DIMENSIONS) throw new RangeError(`Sobol points need 1 … ${SOBOL_MAX_DIMENSIONS} dimensions`);
  const v = Array.from({ length: k }, (_, d) => directions(d));
  const x = new Uint32Array(k);
  const points: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      // Gray code: flip the direction number of the lowest zero bit of i − 1
      let c = 1;
      for (let j = i - 1; j & 1; j >>>= 1) c++;
      for (let d = 0; d < k; d++) x[d] = (x[d] ^ v[d][c]) >>> 0;
    }
    points.push(Array.from(x, (b) => b / 2 ** BITS));
  }
  return points;
}
