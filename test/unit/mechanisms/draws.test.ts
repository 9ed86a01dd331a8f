// The drivers' random words (kernel/draws.ts), pinned where the statistical tests of
// rng.test.ts leave them free (mutation testing, README "Mutation testing"): no two (step, word)
// rows of a stream share a key, and fillDraws() writes exactly words 0..count−1 (at most
// MAX_DRAWS rows) of customers from..to−1, each the word the formula gives, and nothing else of
// the memory. Called on the kernel's JavaScript build, bound to a quiet market's memory.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/model/index.ts';
import { kernelOf } from '../../../src/model/simulation.ts';
import { CHUNK, MAX_DRAWS } from '../../../src/model/kernel/constants.ts';
import { beginDraws, drawAt, fillDraws, secondKey, wordKey, wordOf } from '../../../src/model/kernel/draws.ts';
import { drawBuffer } from '../../../src/model/kernel/layout.generated.ts';
import { setU32, u32at } from '../../../src/model/kernel/platform.ts';
import { drawKey } from '../../../src/model/rng.ts';
import { quietScenario } from './customers.ts';

/** Binds a quiet market's memory (one period run) and returns nothing: the draw buffer is then live. */
function bind(): void {
  const sim = createSimulation(quietScenario(), 0, 'typescript');
  sim.step();
  kernelOf(sim).attribute(0);
}

const MARK = 0xdeadbeef;
/** Words of the draw buffer and the one after it, each set to MARK first. */
const WORDS = MAX_DRAWS * CHUNK + 1;
const marked = () => {
  for (let w = 0; w < WORDS; w++) setU32(drawBuffer, w, MARK);
};
/** The words that are no longer MARK, as [row, slot]. */
const written = (): [number, number][] => {
  const out: [number, number][] = [];
  for (let w = 0; w < WORDS; w++) if (u32at(drawBuffer, w) !== MARK) out.push([Math.floor(w / CHUNK), w % CHUNK]);
  return out;
};

/** Wellons' lowbias32, written out again from its definition. */
const H = (x: number): number => {
  x = (x ^ (x >>> 16)) | 0;
  x = Math.imul(x, 0x7feb352d);
  x = (x ^ (x >>> 15)) | 0;
  x = Math.imul(x, 0x846ca68b | 0);
  return (x ^ (x >>> 16)) | 0;
};
const PHI = 0x9e3779b9 | 0;

describe('the rows of a stream', () => {
  it('key word n of step s as the header states: k₀ = H(H(H(keyA + stream·φ) ^ keyB) ^ H(16·s + n)), k₁ = H(k₀ + φ) | 1', () => {
    const key = drawKey(5, 3);
    for (const [stream, s, n] of [
      [1, 0, 0],
      [2, 3, 1],
      [4, 7, 3],
      [3, 100, 2],
    ]) {
      beginDraws(key.a, key.b, s);
      const k0 = H(H(H((key.a + Math.imul(stream, PHI)) | 0) ^ key.b) ^ H((16 * s + n) | 0));
      expect(wordKey(stream, n)).toBe(k0);
      expect(secondKey(k0)).toBe(H((k0 + PHI) | 0) | 1);
      expect(wordOf(12, k0, secondKey(k0))).toBe(H((Math.imul(secondKey(k0), 12) + k0) | 0) >>> 0);
    }
  });
  it('give every (step, word) its own key: no step draws the words of another', () => {
    const key = drawKey(3, 1);
    const keys = new Set<number>();
    for (let s = 0; s < 6; s++) {
      beginDraws(key.a, key.b, s);
      for (let n = 0; n < 16; n++) keys.add(wordKey(2, n));
    }
    expect(keys.size).toBe(6 * 16);
  });
});

describe('fillDraws', () => {
  it('writes words 0..count−1 of customers from..to−1, the formula’s words, and nothing else', () => {
    bind();
    const key = drawKey(9, 0);
    beginDraws(key.a, key.b, 4);
    marked();
    // a chunk starting at customer 2048, holding customers 2048..2052
    fillDraws(7, 2, 2048, 2053);
    const expected: [number, number][] = [];
    for (const n of [0, 1]) for (let c = 0; c < 5; c++) expected.push([n, c]);
    expect(written()).toEqual(expected);
    for (const n of [0, 1]) {
      const k0 = wordKey(7, n);
      for (let i = 2048; i < 2053; i++) expect(drawAt(i, 2048, n)).toBe(wordOf(i, k0, secondKey(k0)));
    }
  });
  it('writes at most MAX_DRAWS rows, and a whole chunk’s rows end where the buffer does', () => {
    bind();
    beginDraws(1, 2, 0);
    marked();
    fillDraws(3, MAX_DRAWS + 2, 0, CHUNK);
    const w = written();
    expect(w.length).toBe(MAX_DRAWS * CHUNK);
    expect(u32at(drawBuffer, MAX_DRAWS * CHUNK)).toBe(MARK);
  });
});
