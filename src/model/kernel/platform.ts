// What the kernel needs from the machine, written once for both targets: reading and writing the
// simulation's memory by byte offset, and arithmetic that gives the same bits in JavaScript and
// in WebAssembly. Each function has two bodies; `ASC_TARGET` is a constant, so asc compiles only
// the WebAssembly one and the JavaScript engine only ever runs the other. In JavaScript the
// memory is seen through typed-array views of the simulation's one ArrayBuffer (bindHeap),
// the same bytes the WebAssembly module sees as its linear memory.
//
// Branch-free forms: V8 compiles WebAssembly's f64.min, f64.max, an f64 select and
// f64.convert_i32 to branches or to a cvtsi2sd that waits on a scratch register; SIMD pmin/pmax
// (one minpd/maxpd), an i64 select (a conditional move) and integer bits do neither. Choices on
// data the CPU cannot predict (satisfaction at a bound, which rival is strongest) cost ~15
// cycles when mispredicted. In JavaScript, `+(a < b)` is a flag-to-integer move, not a jump.

let U8: Uint8Array | null = null;
let I8: Int8Array | null = null;
let U16: Uint16Array | null = null;
let I32: Int32Array | null = null;
let U32: Uint32Array | null = null;
let F32: Float32Array | null = null;
let F64: Float64Array | null = null;
let bound: ArrayBuffer | null = null;

/** JavaScript only: points the kernel at a simulation's memory (cheap when it already is). */
export function bindHeap(buffer: ArrayBuffer): void {
  if (buffer == bound) return;
  bound = buffer;
  U8 = new Uint8Array(buffer);
  I8 = new Int8Array(buffer);
  U16 = new Uint16Array(buffer);
  I32 = new Int32Array(buffer);
  U32 = new Uint32Array(buffer);
  F32 = new Float32Array(buffer, 0, buffer.byteLength >> 2);
  F64 = new Float64Array(buffer, 0, buffer.byteLength >> 3);
}

// ── memory: element i of the array at byte offset `base` ──
export function u8at(base: usize, i: i32): i32 {
  if (ASC_TARGET == 0) return U8![base + i];
  return <i32>load<u8>(base + <usize>i);
}
export function setU8(base: usize, i: i32, x: i32): void {
  if (ASC_TARGET == 0) U8![base + i] = x;
  else store<u8>(base + <usize>i, <u8>x);
}
/** An int8 as f64. */
export function i8at(base: usize, i: i32): f64 {
  if (ASC_TARGET == 0) return I8![base + i];
  return toF64(<i32>load<i8>(base + <usize>i));
}
export function u16at(base: usize, i: i32): i32 {
  if (ASC_TARGET == 0) return U16![(base >> 1) + i];
  return <i32>load<u16>(base + ((<usize>i) << 1));
}
export function setU16(base: usize, i: i32, x: i32): void {
  if (ASC_TARGET == 0) U16![(base >> 1) + i] = x;
  else store<u16>(base + ((<usize>i) << 1), <u16>x);
}
export function i32at(base: usize, i: i32): i32 {
  if (ASC_TARGET == 0) return I32![(base >> 2) + i];
  return load<i32>(base + ((<usize>i) << 2));
}
export function setI32(base: usize, i: i32, x: i32): void {
  if (ASC_TARGET == 0) I32![(base >> 2) + i] = x;
  else store<i32>(base + ((<usize>i) << 2), x);
}
export function u32at(base: usize, i: i32): u32 {
  if (ASC_TARGET == 0) return U32![(base >> 2) + i];
  return load<u32>(base + ((<usize>i) << 2));
}
export function setU32(base: usize, i: i32, x: u32): void {
  if (ASC_TARGET == 0) U32![(base >> 2) + i] = x;
  else store<u32>(base + ((<usize>i) << 2), x);
}
export function f32at(base: usize, i: i32): f64 {
  if (ASC_TARGET == 0) return F32![(base >> 2) + i];
  return <f64>load<f32>(base + ((<usize>i) << 2));
}
/** Stores x rounded to float32: the one rounding of every continuous state, IEEE-exact in both. */
export function setF32(base: usize, i: i32, x: f64): void {
  if (ASC_TARGET == 0) F32![(base >> 2) + i] = x;
  else store<f32>(base + ((<usize>i) << 2), <f32>x);
}
export function f64at(base: usize, i: i32): f64 {
  if (ASC_TARGET == 0) return F64![(base >> 3) + i];
  return load<f64>(base + ((<usize>i) << 3));
}
export function setF64(base: usize, i: i32, x: f64): void {
  if (ASC_TARGET == 0) F64![(base >> 3) + i] = x;
  else store<f64>(base + ((<usize>i) << 3), x);
}
/** Adds one to the f64 counter at index n. */
export function bump(base: usize, n: i32): void {
  setF64(base, n, f64at(base, n) + 1);
}

// ── arithmetic with the same bits in both targets, without a data-dependent branch ──
/** b < a ? b : a (WebAssembly's pmin). */
export function pmin(a: f64, b: f64): f64 {
  if (ASC_TARGET == 0) return b < a ? b : a;
  return f64x2.extract_lane(f64x2.pmin(f64x2.splat(a), f64x2.splat(b)), 0);
}
/** a < b ? b : a (WebAssembly's pmax). */
export function pmax(a: f64, b: f64): f64 {
  if (ASC_TARGET == 0) return a < b ? b : a;
  return f64x2.extract_lane(f64x2.pmax(f64x2.splat(a), f64x2.splat(b)), 0);
}
/** x < lo ? lo : x > hi ? hi : x. */
export function clamp(x: f64, lo: f64, hi: f64): f64 {
  if (ASC_TARGET == 0) {
    const below = +(x < lo);
    const above = +(x > hi);
    // x·1 + y·0 = x exactly for finite numbers: the branching form's result
    return x * (1 - below - above) + lo * below + hi * above;
  }
  return pmin(pmax(x, lo), hi);
}
/** max(0, x). */
export function positivePart(x: f64): f64 {
  return (x + Math.abs(x)) * 0.5;
}
/** when ? a : b, for f64, as a conditional move. */
export function choose(when: bool, a: f64, b: f64): f64 {
  if (ASC_TARGET == 0) return when ? a : b;
  return reinterpret<f64>(select<i64>(reinterpret<i64>(a), reinterpret<i64>(b), when));
}
/** when ? a : b, for integers (a conditional move in WebAssembly). */
export function chooseInt(when: bool, a: i32, b: i32): i32 {
  if (ASC_TARGET == 0) return when ? a : b;
  return select<i32>(a, b, when);
}
/** 1 if b, else 0. */
export function bit(b: bool): i32 {
  if (ASC_TARGET == 0) return +b;
  return i32(b);
}
/** A signed 32-bit integer as f64 (without WebAssembly's f64.convert_i32). */
export function toF64(x: i32): f64 {
  if (ASC_TARGET == 0) return x;
  return reinterpret<f64>(0x4330000000000000 | (<u64>(<u32>(x ^ 0x80000000)))) - 4503601774854144.0;
}
/** ⌊x⌋ as an integer (|x| < 2³¹). */
export function floorInt(x: f64): i32 {
  if (ASC_TARGET == 0) return Math.floor(x);
  return i32(Math.floor(x));
}
/** ⌈x⌉ as an integer (|x| < 2³¹). */
export function ceilInt(x: f64): i32 {
  if (ASC_TARGET == 0) return Math.ceil(x);
  return i32(Math.ceil(x));
}
export function minInt(a: i32, b: i32): i32 {
  if (ASC_TARGET == 0) return a < b ? a : b;
  return min<i32>(a, b);
}
/** Index of the highest set bit of x > 0. */
export function highestBit(x: i32): i32 {
  if (ASC_TARGET == 0) return 31 - Math.clz32(x);
  return 31 - clz<i32>(x);
}
/** A 32-bit draw as a uniform in [0, 1): (d >>> 0) / 2³², exactly. */
export function unit32(d: u32): f64 {
  if (ASC_TARGET == 0) return (d >>> 0) * 2.3283064365386963e-10;
  return reinterpret<f64>(0x3ff0000000000000 | ((<u64>d) << 20)) - 1.0;
}
/** The low 16 bits of a draw as a uniform in [0, 1): (h & 0xffff) / 2¹⁶, exactly. */
export function unit16(h: u32): f64 {
  if (ASC_TARGET == 0) return (h & 0xffff) * 0.0000152587890625;
  return reinterpret<f64>(0x3ff0000000000000 | ((<u64>(h & 0xffff)) << 36)) - 1.0;
}
/** The low 32 bits of a × b, as i32 (what WebAssembly's i32.mul gives). */
export function mul32(a: i32, b: i32): i32 {
  if (ASC_TARGET == 0) return Math.imul(a, b);
  return a * b;
}
/** The bits of a 32-bit integer, as unsigned. */
export function toU32(x: i32): u32 {
  if (ASC_TARGET == 0) return x >>> 0;
  return <u32>x;
}
/** Adds a and b to the f64 counters at index n and n+1 (one vector add in WebAssembly). */
export function addTwo(base: usize, n: i32, a: f64, b: f64): void {
  if (ASC_TARGET == 0) {
    setF64(base, n, f64at(base, n) + a);
    setF64(base, n + 1, f64at(base, n + 1) + b);
  } else {
    const at = base + ((<usize>n) << 3);
    v128.store(at, f64x2.add(v128.load(at), f64x2.replace_lane(f64x2.splat(a), 1, b)));
  }
}
