// The mechanisms' random words: counter-based, one stream per driver. Word n of customer i in
// a driver's stream, at the simulation's s-th step, is a keyed hash of the customer's index:
//
//   k₀ = H(H(H(keyA + stream·φ) ^ keyB) ^ H(16·s + n)),  k₁ = H(k₀ + φ) | 1
//   word = H(k₁·i + k₀)        (32-bit arithmetic)
//
// where H is Wellons' lowbias32 (two multiply–xorshift rounds, near-ideal avalanche) and keyA,
// keyB come from (seed, replicate) (rng.ts drawKey). The keys are hashed through several
// rounds once per row; a word costs one multiply and one H. Each row (stream, step, n) is a
// different affine map of the customers' indices before H, so no row is a shifted or permuted
// copy of another. No state is carried from word to word, so a driver's words depend on
// nothing but (seed, replicate, its stream id, the step, the customer, n): adding a driver, or
// a draw to one, never shifts another's draws, and a customer's draws do not depend on how many
// customers there are or how they are chunked. Integer arithmetic only (xor, shifts, 32-bit
// multiplies): the same bits in WebAssembly and JavaScript.
//
// A driver declares `STREAM` (its id, fixed for ever: changing it redraws that driver's numbers)
// and `DRAWS` (≤ MAX_DRAWS words a customer), calls fillDraws(STREAM, DRAWS, from, to) at the
// start of its apply() and reads word n of customer i with drawAt(i, from, n).
import { CHUNK, MAX_DRAWS } from './constants.ts';
import { drawBuffer } from './layout.generated.ts';
import { mul32, setU32, toU32, u32at } from './platform.ts';

/** 2³²/φ, the golden-ratio step that spreads consecutive integers over 32 bits. */
const PHI: i32 = -1640531527; // 0x9e3779b9
const M1: i32 = 0x7feb352d;
const M2: i32 = -2073254261; // 0x846ca68b

// the simulation's key and the step being run (set by beginDraws)
let keyA: i32 = 0;
let keyB: i32 = 0;
let stepIndex: i32 = 0;

/** Sets the key of (seed, replicate) and the index of the step (burn-in included) the drivers
 *  draw for. */
export function beginDraws(a: i32, b: i32, s: i32): void {
  keyA = a;
  keyB = b;
  stepIndex = s;
}

/** Wellons' lowbias32: a bijection of 32-bit integers with near-ideal avalanche. */
export function lowbias32(x: i32): i32 {
  x ^= x >>> 16;
  x = mul32(x, M1);
  x ^= x >>> 15;
  x = mul32(x, M2);
  return x ^ (x >>> 16);
}

/** The first key of word n of `stream` this step. */
export function wordKey(stream: i32, n: i32): i32 {
  const base = lowbias32(lowbias32(keyA + mul32(stream, PHI)) ^ keyB);
  return lowbias32(base ^ lowbias32((stepIndex << 4) + n));
}

/** The second key, from the first: odd, so k₁·i is a bijection of the indices. */
export function secondKey(k0: i32): i32 {
  return lowbias32(k0 + PHI) | 1;
}

/** Customer i's word under keys k0, k1. */
export function wordOf(i: i32, k0: i32, k1: i32): u32 {
  return toU32(lowbias32(mul32(k1, i) + k0));
}

/** Word n of customer i, in the chunk that starts at customer `from` (after fillDraws). */
export function drawAt(i: i32, from: i32, n: i32): u32 {
  return u32at(drawBuffer, n * CHUNK + (i - from));
}

/** Writes words 0..count−1 of `stream` for customers from..to−1 to the draw buffer (one row of
 *  CHUNK words per n, so four customers' words are one vector store). */
export function fillDraws(stream: i32, count: i32, from: i32, to: i32): void {
  for (let n = 0; n < count && n < MAX_DRAWS; n++) {
    const k0 = wordKey(stream, n);
    const k1 = secondKey(k0);
    const row = n * CHUNK - from;
    let i = from;
    if (ASC_TARGET != 0) i = fillLanes(row, k0, k1, from, to);
    for (; i < to; i++) setU32(drawBuffer, row + i, wordOf(i, k0, k1));
  }
}

/** One lowbias32 round in four i32 lanes. */
function lowbias32x4(x: v128): v128 {
  x = v128.xor(x, i32x4.shr_u(x, 16));
  x = i32x4.mul(x, i32x4.splat(M1));
  x = v128.xor(x, i32x4.shr_u(x, 15));
  x = i32x4.mul(x, i32x4.splat(M2));
  return v128.xor(x, i32x4.shr_u(x, 16));
}

/** fillDraws' row for four customers at a time; returns where it stopped. */
function fillLanes(row: i32, k0: i32, k1: i32, from: i32, to: i32): i32 {
  const K0 = i32x4.splat(k0);
  const K1 = i32x4.splat(k1);
  let ids = i32x4(from, from + 1, from + 2, from + 3);
  const four = i32x4.splat(4);
  let i = from;
  for (; i + 4 <= to; i += 4) {
    v128.store(drawBuffer + ((<usize>(row + i)) << 2), lowbias32x4(i32x4.add(i32x4.mul(ids, K1), K0)));
    ids = i32x4.add(ids, four);
  }
  return i;
}
