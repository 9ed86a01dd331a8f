// The AssemblyScript builtins the kernel uses, declared for tsc so that the kernel's source, which
// asc compiles to WebAssembly and the app runs as TypeScript, is type-checked as TypeScript too.
// In JavaScript every code path that calls them sits behind `ASC_TARGET != 0` and never runs
// (ASC_TARGET is 0 there: vite.config.ts and scripts/run-ts.mjs define it). Signatures follow
// node_modules/assemblyscript/std/assembly/index.d.ts, narrowed to what the kernel calls.

/** 0 when the kernel runs as JavaScript, 1 (wasm32) when asc compiles it. */
declare const ASC_TARGET: i32;

type i8 = number;
type u8 = number;
type i16 = number;
type u16 = number;
type i32 = number;
type u32 = number;
type i64 = number;
type u64 = number;
type f32 = number;
type f64 = number;
type usize = number;
type bool = boolean;
/** A 128-bit SIMD vector (opaque in TypeScript). */
type v128 = { readonly __v128: unique symbol };

declare function i32(value: unknown): i32;
declare function load<T>(ptr: usize, immOffset?: usize): T;
declare function store<T>(ptr: usize, value: T, immOffset?: usize): void;
declare function select<T>(ifTrue: T, ifFalse: T, condition: bool): T;
declare function reinterpret<T>(value: number): T;
declare function clz<T>(value: T): T;
declare function min<T>(left: T, right: T): T;

declare namespace v128 {
  function load(ptr: usize, immOffset?: usize): v128;
  function store(ptr: usize, value: v128, immOffset?: usize): void;
  function load64_zero(ptr: usize): v128;
  function store64_lane(ptr: usize, vec: v128, idx: u8): void;
  function and(a: v128, b: v128): v128;
  function or(a: v128, b: v128): v128;
  function xor(a: v128, b: v128): v128;
  function bitselect(v1: v128, v2: v128, mask: v128): v128;
  function shuffle<T>(a: v128, b: v128, ...lanes: u8[]): v128;
}
declare namespace i32x4 {
  function splat(x: i32): v128;
  function replace_lane(x: v128, idx: u8, value: i32): v128;
  function add(a: v128, b: v128): v128;
  function mul(a: v128, b: v128): v128;
  function shl(a: v128, b: i32): v128;
  function shr_u(a: v128, b: i32): v128;
}
declare function i32x4(a: i32, b: i32, c: i32, d: i32): v128;
declare namespace i64x2 {
  function splat(x: i64): v128;
  function extract_lane(x: v128, idx: u8): i64;
  function replace_lane(x: v128, idx: u8, value: i64): v128;
}
declare namespace f32x4 {
  function demote_f64x2_zero(a: v128): v128;
}
declare namespace f64x2 {
  function splat(x: f64): v128;
  function extract_lane(x: v128, idx: u8): f64;
  function replace_lane(x: v128, idx: u8, value: f64): v128;
  function add(a: v128, b: v128): v128;
  function sub(a: v128, b: v128): v128;
  function mul(a: v128, b: v128): v128;
  function div(a: v128, b: v128): v128;
  function abs(a: v128): v128;
  function pmin(a: v128, b: v128): v128;
  function pmax(a: v128, b: v128): v128;
  function lt(a: v128, b: v128): v128;
  function le(a: v128, b: v128): v128;
  function gt(a: v128, b: v128): v128;
  function ge(a: v128, b: v128): v128;
  function convert_low_i32x4_s(a: v128): v128;
  function promote_low_f32x4(a: v128): v128;
}
