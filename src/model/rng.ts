// Random numbers of a replicate. The population is drawn from one xor4096 stream (Brent's
// xorgens, passes BigCrush; the fastest seedrandom generator here) seeded by seedrandom and run
// over a flat Int32Array (fillDraws, tested to give exactly seedrandom's sequence). The
// periods' draws are counter-based, one stream per driver (kernel/draws.ts), keyed by two words
// of another xor4096 stream of the same (seed, replicate): drawKey().
import xor4096 from 'seedrandom/lib/xor4096.js';

/** xor4096's whole state: 128 words of xorshift state, its index, and the Weyl counter. */
export interface Stream {
  readonly X: Int32Array;
  i: number;
  w: number;
  /** A uniform 32-bit integer, as a signed int32 (use `>>> 0` for unsigned). */
  int32(): number;
}

/** Replicate r of a scenario seeded with `seed`: the same pair always gives the same stream,
 *  so every strategy variant sees the same random numbers (common random numbers). */
export function createStream(seed: number, replicate: number): Stream {
  const s = xor4096(`loyalty-lab:${seed >>> 0}:${replicate >>> 0}`, { state: true }).state();
  const word = new Int32Array(1);
  const stream: Stream = {
    X: Int32Array.from(s.X),
    i: s.i,
    w: s.w,
    // one recurrence, in fillDraws; a word at a time is only for initialisation
    int32() {
      fillDraws(stream, word, 1);
      return word[0];
    },
  };
  return stream;
}

/** The key of a simulation's period draws, and how many steps it has run (burn-in included):
 *  the kernel's counter-based streams hash (a, b, driver, step, customer, word). */
export interface DrawKey {
  readonly a: number;
  readonly b: number;
  steps: number;
}

/** The draws' key of replicate r of `seed`: the same pair always gives the same key, so every
 *  strategy variant sees the same random numbers (common random numbers). */
export function drawKey(seed: number, replicate: number): DrawKey {
  const s = xor4096(`loyalty-lab:draws:${seed >>> 0}:${replicate >>> 0}`);
  return { a: s.int32(), b: s.int32(), steps: 0 };
}

/** Fills out[0, count) with the stream's next `count` words (as int32), with the stream's
 *  index and counter in locals. A tight loop like this runs ~1.8 ns a draw; the same recurrence
 *  written into the period loop's body runs ~2.7 ns, for want of registers. */
export function fillDraws(rng: Stream, out: Int32Array, count: number): void {
  const X = rng.X;
  let i = rng.i;
  let w = rng.w;
  for (let n = 0; n < count; n++) {
    w = (w + 0x61c88647) | 0;
    let v = X[(i + 34) & 127];
    i = (i + 1) & 127;
    let t = X[i];
    v ^= v << 13;
    t ^= t << 17;
    v ^= v >>> 15;
    t ^= t >>> 12;
    v ^= t;
    X[i] = v;
    out[n] = v + (w ^ (w >>> 16));
  }
  rng.i = i;
  rng.w = w;
}

export const U32 = 4294967296;

/** A draw as a uniform in [0, 1): the same number as `(word >>> 0) / U32`, multiplied by the exact
 *  reciprocal written out so the hot loops multiply instead of divide. */
export const unit32 = (word: number) => (word >>> 0) * 2.3283064365386963e-10;
/** The high half of a draw as a uniform in [0, 1), like `(word >>> 16) / U16`. */
export const unitHigh16 = (word: number) => (word >>> 16) * 0.0000152587890625;
export const U16 = 65536;

/** The key of replicate r's population constants (fit, freedom; match.ts): one word of an
 *  xor4096 stream of (seed, r), so replicates differ in them as fresh seeds do, and every
 *  variant of the same (seed, r) gets the same. */
export function populationKey(seed: number, replicate: number): number {
  return xor4096(`loyalty-lab:population:${seed >>> 0}:${replicate >>> 0}`).int32();
}

/** A uniform in [0,1) from a stateless integer hash of (a, b, c): per-customer constants
 *  (match with each firm, freedom of choice) without storing them. */
export function hashUniform(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(c + 1, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / U32;
}
