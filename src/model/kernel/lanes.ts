// Two customers side by side in f64x2 lanes: the loads, stores and lane versions of the
// platform's helpers that the two-customer paths of the WebAssembly build use. JavaScript never
// calls these (its chunk loops take the one-customer paths: `ASC_TARGET == 0`).
import { f64at } from './platform.ts';

export function pair(a: f64, b: f64): v128 {
  return f64x2.replace_lane(f64x2.splat(a), 1, b);
}
export function splat(x: f64): v128 {
  return f64x2.splat(x);
}
/** f64x2 of two table entries, a at index ia and b at ib. */
export function gather(base: usize, ia: i32, ib: i32): v128 {
  return pair(f64at(base, ia), f64at(base, ib));
}
/** Two consecutive float32 attributes (customers i, i+1), as f64x2. */
export function f32pair(base: usize, i: i32): v128 {
  return f64x2.promote_low_f32x4(v128.load64_zero(base + ((<usize>i) << 2)));
}
/** Stores f64x2 x, rounded to float32, as two consecutive attributes. */
export function setF32pair(base: usize, i: i32, x: v128): void {
  v128.store64_lane(base + ((<usize>i) << 2), f32x4.demote_f64x2_zero(x), 0);
}
/** Two int8s (at byte offsets a and b) as f64x2. */
export function i8pair(a: usize, b: usize): v128 {
  return f64x2.convert_low_i32x4_s(i32x4.replace_lane(i32x4.splat(<i32>load<i8>(a)), 1, <i32>load<i8>(b)));
}
/** Two 32-bit draws as uniforms in [0, 1): unit32() in two lanes (the same bit trick, one
 *  vector subtraction). */
export function unit32pair(a: u32, b: u32): v128 {
  const bits = i64x2.replace_lane(i64x2.splat(0x3ff0000000000000 | ((<u64>a) << 20)), 1, 0x3ff0000000000000 | ((<u64>b) << 20));
  return f64x2.sub(bits, f64x2.splat(1.0));
}
/** The low 16 bits of two draws as uniforms in [0, 1): unit16() in two lanes. */
export function unit16pair(a: u32, b: u32): v128 {
  const bits = i64x2.replace_lane(i64x2.splat(0x3ff0000000000000 | ((<u64>(a & 0xffff)) << 36)), 1, 0x3ff0000000000000 | ((<u64>(b & 0xffff)) << 36));
  return f64x2.sub(bits, f64x2.splat(1.0));
}
/** All bits of a lane set where `when` holds (for v128.and / bitselect). */
export function maskPair(a: bool, b: bool): v128 {
  return i64x2.replace_lane(i64x2.splat(select<i64>(-1, 0, a)), 1, select<i64>(-1, 0, b));
}
/** clamp() in two lanes (its WebAssembly form: pmin(pmax(x, lo), hi)). */
export function clampLanes(x: v128, lo: v128, hi: v128): v128 {
  return f64x2.pmin(f64x2.pmax(x, lo), hi);
}
/** positivePart() in two lanes. */
export function positivePartLanes(x: v128): v128 {
  return f64x2.mul(f64x2.add(x, f64x2.abs(x)), f64x2.splat(0.5));
}
