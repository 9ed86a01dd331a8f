// The customer loop of a period, for every customer in chunks of CHUNK: the chunk's random
// words, then every registered mechanism over the chunk (drivers/index.ts). Nothing a customer
// does depends on another customer within a period (word of mouth acts next period), so a
// chunk's state stays in the fastest cache from one mechanism to the next, where whole-
// population passes would stream it from memory five times a period.
//
// This is the entry point asc compiles to WebAssembly (npm run wasm) and the module the
// TypeScript engine runs as it is (kernelMemory.ts): one source, two builds.
import { CHUNK, DRAWS_PER_CUSTOMER } from './constants.ts';
import { fillDraws, rngW, setStream, streamAt } from './draws.ts';
import { layout } from './layout.generated.ts';
import { recordRivals } from './utility.ts';
import { applyDrivers } from '../drivers/index.ts';
import { minInt } from './platform.ts';
import { attributeOne, attributedMargin } from '../drivers/loyalty.ts';

/** Reads the memory's layout from the table at `table` (kernelMemory.ts writes it). */
export function bindLayout(table: usize): void {
  layout(table);
}

/** Period t for customers 0..size−1 of K firms, the random stream at index ri and Weyl counter
 *  rw. Returns the stream's index; rngW() gives its counter. */
export function step(size: i32, K: i32, t: i32, ri: i32, rw: i32): i32 {
  setStream(ri, rw);
  recordRivals(K);
  for (let from = 0; from < size; from += CHUNK) {
    const to = minInt(size, from + CHUNK);
    fillDraws((to - from) * DRAWS_PER_CUSTOMER);
    applyDrivers(from, to, K, t);
  }
  return streamAt();
}

// for kernelMemory.ts: the stream's counter, and one customer's attribution (the inspector)
export { rngW, attributeOne, attributedMargin };
