// What the kernel needs from the machine (src/model/kernel/platform.ts), its JavaScript bodies
// pinned against hand-worked values (mutation testing, README "Mutation testing"): reading and
// writing each element type by byte offset and index, the heap bound and bound again, and the
// arithmetic the WebAssembly bodies must match bit for bit (pmin/pmax on ±0 and NaN, clamp, the
// uniforms, the 32-bit integer rules). The WebAssembly bodies are held to the same rules by
// wasm.test.ts, which compares whole runs of the two builds.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addTwo,
  bindHeap,
  bit,
  bump,
  ceilInt,
  choose,
  chooseInt,
  clamp,
  f32at,
  f64at,
  floorInt,
  highestBit,
  i32at,
  i8at,
  minInt,
  mul32,
  pmax,
  pmin,
  positivePart,
  setF32,
  setF64,
  setI32,
  setU16,
  setU32,
  setU8,
  toF64,
  toU32,
  u16at,
  u32at,
  u8at,
  unit16,
  unit32,
} from '../../../src/model/kernel/platform.ts';

/** A byte offset that is not 0, 8-byte aligned, so index and offset mistakes both show. */
const BASE = 64;

describe('the memory, by byte offset and element index', () => {
  let heap: ArrayBuffer;
  beforeEach(() => {
    heap = new ArrayBuffer(1024);
    bindHeap(heap);
  });

  it('writes and reads each type at byte BASE + index × its size', () => {
    setU8(BASE, 3, 200);
    expect(new Uint8Array(heap)[BASE + 3]).toBe(200);
    expect(u8at(BASE, 3)).toBe(200);
    expect(i8at(BASE, 3)).toBe(200 - 256); // the same byte read as int8
    setU16(BASE, 3, 0xbeef);
    expect(new Uint16Array(heap)[BASE / 2 + 3]).toBe(0xbeef);
    expect(u16at(BASE, 3)).toBe(0xbeef);
    setI32(BASE, 5, -7);
    expect(new Int32Array(heap)[BASE / 4 + 5]).toBe(-7);
    expect(i32at(BASE, 5)).toBe(-7);
    expect(u32at(BASE, 5)).toBe(2 ** 32 - 7);
    setU32(BASE, 6, 0xdeadbeef);
    expect(new Uint32Array(heap)[BASE / 4 + 6]).toBe(0xdeadbeef);
    expect(u32at(BASE, 6)).toBe(0xdeadbeef);
    setF32(BASE, 9, 0.1); // rounded to float32 once
    expect(new Float32Array(heap)[BASE / 4 + 9]).toBe(Math.fround(0.1));
    expect(f32at(BASE, 9)).toBe(Math.fround(0.1));
    setF64(BASE, 7, 0.1);
    expect(new Float64Array(heap)[BASE / 8 + 7]).toBe(0.1);
    expect(f64at(BASE, 7)).toBe(0.1);
    // nothing else written: one byte, one u16, two words and a float32 and a float64
    const touched = new Uint8Array(heap).reduce((n, x) => n + +(x !== 0), 0);
    expect(touched).toBeLessThanOrEqual(1 + 2 + 4 + 4 + 4 + 8);
    expect(new Uint8Array(heap).subarray(0, BASE).every((x) => x === 0)).toBe(true);
  });
  it('reads as far as the last float32 and float64 of the heap', () => {
    setF32(0, 1024 / 4 - 1, 2.5); // the last 4 bytes
    expect(f32at(0, 255)).toBe(2.5);
    setF64(0, 1024 / 8 - 1, -3.25); // the last 8 bytes
    expect(f64at(0, 127)).toBe(-3.25);
  });
  it('bump adds exactly one; addTwo adds a to counter n and b to counter n + 1 only', () => {
    setF64(BASE, 2, 10);
    bump(BASE, 2);
    expect(f64at(BASE, 2)).toBe(11);
    setF64(BASE, 4, 1);
    setF64(BASE, 5, 2);
    addTwo(BASE, 4, 0.5, 7);
    expect([f64at(BASE, 3), f64at(BASE, 4), f64at(BASE, 5), f64at(BASE, 6)]).toEqual([0, 1.5, 9, 0]);
  });
  it('binds another heap, and the first one again', () => {
    setU32(0, 0, 11);
    const other = new ArrayBuffer(512);
    bindHeap(other);
    expect(u32at(0, 0)).toBe(0);
    setU32(0, 0, 22);
    expect(f64at(0, 63)).toBe(0); // the views are the new heap's, 512 bytes long
    bindHeap(heap);
    expect(u32at(0, 0)).toBe(11);
    bindHeap(heap); // already bound: the same views
    expect(u32at(0, 0)).toBe(11);
    expect(new Uint32Array(other)[0]).toBe(22);
  });
});

describe('arithmetic with the same bits in both builds', () => {
  const same = (x: number, y: number) => expect(Object.is(x, y)).toBe(true);
  it('pmin is b < a ? b : a and pmax a < b ? b : a, down to ±0 and NaN (WebAssembly pmin/pmax)', () => {
    expect([pmin(2, 1), pmin(1, 2), pmax(2, 1), pmax(1, 2)]).toEqual([1, 1, 2, 2]);
    same(pmin(0, -0), 0);
    same(pmin(-0, 0), -0);
    same(pmax(0, -0), 0);
    same(pmax(-0, 0), -0);
    same(pmin(NaN, 1), NaN);
    same(pmin(1, NaN), 1);
    same(pmax(NaN, 1), NaN);
    same(pmax(1, NaN), 1);
  });
  it('clamp holds x to [lo, hi] and leaves it alone inside, at and beyond each bound', () => {
    expect([clamp(-1, 0.5, 5), clamp(0.5, 0.5, 5), clamp(0.75, 0.5, 5), clamp(5, 0.5, 5), clamp(6, 0.5, 5)]).toEqual([0.5, 0.5, 0.75, 5, 5]);
    expect(clamp(-3, -2, -1)).toBe(-2);
    expect(clamp(3, 1, 2)).toBe(2);
  });
  it('positivePart is max(0, x)', () => {
    expect([positivePart(3.5), positivePart(0), positivePart(-2)]).toEqual([3.5, 0, 0]);
  });
  it('choose and chooseInt pick a when true, b when false; bit is 1 or 0', () => {
    expect([choose(true, 1.5, 2.5), choose(false, 1.5, 2.5), chooseInt(true, 3, 4), chooseInt(false, 3, 4)]).toEqual([1.5, 2.5, 3, 4]);
    expect([bit(true), bit(false)]).toEqual([1, 0]);
  });
  it('integer rules: toF64, floor, ceil, min, highest bit, the low 32 bits of a product, unsigned bits', () => {
    expect([toF64(-5), toF64(2 ** 31 - 1)]).toEqual([-5, 2 ** 31 - 1]);
    expect([floorInt(-1.5), floorInt(2.5), ceilInt(-1.5), ceilInt(2.5)]).toEqual([-2, 2, -1, 3]);
    expect([minInt(3, 2), minInt(2, 3), minInt(-4, -4)]).toEqual([2, 2, -4]);
    expect([highestBit(1), highestBit(0x50), highestBit(0x7fffffff)]).toEqual([0, 6, 30]);
    expect(mul32(0x10001, 0x10001)).toBe(0x20001); // 0x1_0002_0001 keeps its low 32 bits
    expect(mul32(0x7fffffff, 2)).toBe(-2);
    expect([toU32(-1), toU32(5)]).toEqual([2 ** 32 - 1, 5]);
  });
  it('the uniforms: a 32-bit draw over 2³², its low 16 bits over 2¹⁶', () => {
    expect([unit32(0), unit32(0x80000000), unit32(-1)]).toEqual([0, 0.5, 1 - 2 ** -32]);
    expect([unit16(0x18000), unit16(0xffff), unit16(0x10000)]).toEqual([0.5, 1 - 2 ** -16, 0]);
  });
});
