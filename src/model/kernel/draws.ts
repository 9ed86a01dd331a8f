// The period's random words: xor4096 (Brent's xorgens, rng.ts), the same recurrence as
// seedrandom's, over the 128-word state in memory. Every customer gets DRAWS_PER_CUSTOMER words
// a period, written for a chunk at a time to drawBuffer; drawAt() reads them.
import { DRAWS_PER_CUSTOMER } from './constants.ts';
import { drawBuffer, rngState } from './layout.generated.ts';
import { i32at, setI32, setU32, toU32, u32at } from './platform.ts';

const WEYL = 0x61c88647;
// The stream's index and Weyl counter between fills.
let streamIndex: i32 = 0;
let weyl: i32 = 0;

export function setStream(index: i32, counter: i32): void {
  streamIndex = index;
  weyl = counter;
}
export function streamAt(): i32 {
  return streamIndex;
}
/** The Weyl counter after the last fill. */
export function rngW(): i32 {
  return weyl;
}

/** Word n of customer i's draws, in the chunk that starts at customer `from`. */
export function drawAt(i: i32, from: i32, n: i32): u32 {
  return u32at(drawBuffer, (i - from) * DRAWS_PER_CUSTOMER + n);
}

/** One step of xor4096 at its new index i: updates the state and returns its word v. */
function advance(X: usize, i: i32): i32 {
  let v = i32at(X, (i + 33) & 127);
  let t = i32at(X, i);
  v ^= v << 13;
  t ^= t << 17;
  v ^= v >>> 15;
  t ^= t >>> 12;
  v ^= t;
  setI32(X, i, v);
  return v;
}

/** The draw xor4096 returns for state word v and Weyl counter w. */
function output(v: i32, w: i32): u32 {
  return toU32(v + (w ^ (w >>> 16)));
}

/** Writes the stream's next `count` words to drawBuffer. */
export function fillDraws(count: i32): void {
  if (ASC_TARGET == 0) {
    let ri = streamIndex;
    let rw = weyl;
    for (let n = 0; n < count; n++) {
      rw = (rw + WEYL) | 0;
      ri = (ri + 1) & 127;
      setU32(drawBuffer, n, output(advance(rngState, ri), rw));
    }
    streamIndex = ri;
    weyl = rw;
  } else fillDrawsLanes(count);
}

/** fillDraws() four words at a time. Four consecutive xor4096 steps are independent (each reads
 *  the word 33 places ahead, last written 95 steps before), so once the index is a multiple of
 *  4 they run as one i32x4 step. Words 128–131 of the state mirror words 0–3, so the four words
 *  read never wrap. */
function fillDrawsLanes(count: i32): void {
  const X = rngState;
  const out = drawBuffer;
  let ri = streamIndex;
  let rw = weyl;
  let n = 0;
  while (n < count && ((ri + 1) & 3) != 0) {
    rw += WEYL;
    ri = (ri + 1) & 127;
    setU32(out, n, output(advance(X, ri), rw));
    n++;
  }
  v128.store(X + 512, v128.load(X));
  const steps = i32x4(WEYL, 2 * WEYL, 3 * WEYL, 4 * WEYL);
  while (n + 4 <= count) {
    const at = (ri + 1) & 127;
    let v = v128.load(X + ((<usize>((at + 33) & 127)) << 2));
    let t = v128.load(X + ((<usize>at) << 2));
    v = v128.xor(v, i32x4.shl(v, 13));
    t = v128.xor(t, i32x4.shl(t, 17));
    v = v128.xor(v, i32x4.shr_u(v, 15));
    t = v128.xor(t, i32x4.shr_u(t, 12));
    v = v128.xor(v, t);
    v128.store(X + ((<usize>at) << 2), v);
    if (at == 0) v128.store(X + 512, v);
    const w = i32x4.add(i32x4.splat(rw), steps);
    v128.store(out + ((<usize>n) << 2), i32x4.add(v, v128.xor(w, i32x4.shr_u(w, 16))));
    rw += 4 * WEYL;
    ri = (ri + 4) & 127;
    n += 4;
  }
  while (n < count) {
    rw += WEYL;
    ri = (ri + 1) & 127;
    setU32(out, n, output(advance(X, ri), rw));
    n++;
  }
  streamIndex = ri;
  weyl = rw;
}
