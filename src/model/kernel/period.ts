// The customer loop of a period, for every customer in chunks of CHUNK: every registered
// mechanism over the chunk (drivers/index.ts), each drawing its own random words
// (kernel/draws.ts). Nothing a customer
// does depends on another customer within a period (word of mouth acts next period), so a
// chunk's state stays in the fastest cache from one mechanism to the next, where whole-
// population passes would stream it from memory five times a period.
//
// This is the entry point asc compiles to WebAssembly (npm run wasm) and the module the
// TypeScript engine runs as it is (kernelMemory.ts): one source, two builds.
import { CHUNK } from './constants.ts';
import { beginDraws } from './draws.ts';
import { layout } from './layout.generated.ts';
import { recordRivals } from './utility.ts';
import { applyDrivers } from '../drivers/index.ts';
import { minInt } from './platform.ts';
import { attributeOne, attributedMargin } from '../drivers/loyalty.ts';

/** Reads the memory's layout from the table at `table` (kernelMemory.ts writes it). */
export function bindLayout(table: usize): void {
  layout(table);
}

/** Period t for customers 0..size−1 of K firms: the s-th step of the simulation whose random
 *  key is (keyA, keyB) (burn-in steps count, so no two steps draw the same words). */
export function step(size: i32, K: i32, t: i32, keyA: i32, keyB: i32, s: i32): void {
  beginDraws(keyA, keyB, s);
  recordRivals(K);
  for (let from = 0; from < size; from += CHUNK) applyDrivers(from, minInt(size, from + CHUNK), K, t);
}

// for kernelMemory.ts: one customer's attribution (the inspector)
export { attributeOne, attributedMargin };
