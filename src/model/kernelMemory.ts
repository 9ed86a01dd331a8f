// A simulation's memory and the kernel that runs on it. Everything the per-customer loop reads or
// writes lives in one buffer laid out by layout.ts: the customers (every Population array is a
// view of it), the tallies, the firms' tables, the period's scalars and the random state. The
// kernel (kernel/period.ts) is one source with two builds that see the same bytes:
//   'wasm'        compiled by asc (npm run wasm), the buffer is the module's linear memory;
//   'typescript'  the same source run as JavaScript (the reference; mutation testing), the
//                 buffer an ArrayBuffer seen through typed arrays (kernel/platform.ts).
// Nothing is copied in or out but the firms' small tables and the scalars.
import type { Market } from './market.ts';
import type { Params } from './params.ts';
import { allocatePopulation, type Allocate, type Population } from './population.ts';
import type { DrawKey } from './rng.ts';
import type { DecisionPlan, Flows } from './plan.ts';
import { createTally } from './tally.ts';
import { FIRM_TABLES, INTEGERS, POINTERS, SCALARS } from './layout.ts';
import { CHUNK, MAX_DRAWS } from './kernel/constants.ts';
import * as js from './kernel/period.ts';
import { bindHeap } from './kernel/platform.ts';
import { PERIOD_WASM_BASE64 } from './wasm/period.wasm.ts';

/** How the customer loop runs: the kernel compiled to WebAssembly (the default, 2–3× faster),
 *  or the same source as JavaScript (the reference; wasm.test.ts checks they agree). */
export type Engine = 'wasm' | 'typescript';

interface KernelExports {
  bindLayout(table: number): void;
  step(size: number, K: number, t: number, keyA: number, keyB: number, s: number): void;
  attributeOne(i: number, K: number): number;
  attributedMargin(): number;
}

let compiled: WebAssembly.Module | null = null;
/** Compiled once per thread; a few KB, so compiling synchronously is allowed everywhere. */
function periodModule(): WebAssembly.Module {
  return (compiled ??= new WebAssembly.Module(Uint8Array.from(atob(PERIOD_WASM_BASE64), (c) => c.charCodeAt(0))));
}

const PAGE = 65536;
const scalarNames = () => Object.keys(SCALARS) as (keyof typeof SCALARS)[];
const integerNames = () => Object.keys(INTEGERS) as (keyof typeof INTEGERS)[];

/** A bump allocator over `buffer`, 8-byte aligned, from byte 8 (0 stays a null pointer). */
function arena(buffer: () => ArrayBuffer): Allocate {
  let next = 8;
  return (Type, length) => {
    const at = next;
    next = (next + length * Type.BYTES_PER_ELEMENT + 7) & ~7;
    if (next > buffer().byteLength) throw new Error(`kernel memory: ${next} bytes do not fit in ${buffer().byteLength}`);
    return new Type(buffer(), at, length);
  };
}

/** Bytes `allocateAll` asks for from an arena, without allocating them. */
function bytesOf(allocateAll: (allocate: Allocate) => void): number {
  let bytes = 8;
  allocateAll((Type, length) => {
    bytes += (length * Type.BYTES_PER_ELEMENT + 7) & ~7;
    return new Type(0);
  });
  return bytes;
}

/** The kernel's own buffers (layout.ts KERNEL_BUFFERS but the tallies, which the simulation
 *  allocates) and the table of offsets. */
function allocateKernel(allocate: Allocate, K: number) {
  return {
    tables: FIRM_TABLES.map(([, Type, length]) => allocate<Float64Array | Uint8Array>(Type, length(K))),
    moves: allocate(Float64Array, (K + 1) * (K + 1)),
    scalars: allocate(Float64Array, scalarNames().length),
    drawBuffer: allocate(Uint32Array, CHUNK * MAX_DRAWS),
    rivalRecords: allocate(Float64Array, K * K * 4),
    table: allocate(Uint32Array, POINTERS.length + integerNames().length),
  };
}

export interface Kernel {
  readonly engine: Engine;
  /** Allocates the population and the tallies in the kernel's memory. */
  readonly allocate: Allocate;
  /** Runs period t for every customer, as step `draws.steps` of the simulation keyed `draws`
   *  (which it then counts); adds the moves to `flows` and the tallies to `acc`. `pop` and
   *  `acc` must come from `allocate`. */
  step(pop: Population, m: Market, p: Params, plan: DecisionPlan, draws: DrawKey, flows: Flows, acc: Float64Array, t: number): void;
  /** Loyalty type and margin of customer i (a current customer) under the tables of the last
   *  step or prepare(); also sets its loyaltyType and jsClass. */
  attribute(i: number): { type: number; margin: number };
  /** Writes the firms' tables and the scalars of market m, as a step does first. */
  prepare(m: Market, p: Params, plan: DecisionPlan): void;
  /** Binds the kernel to a population and tallies from `allocate` (a step does it itself). */
  attach(pop: Population, acc: Float64Array): void;
}

/** Memory for `size` customers of `firms` firms, and the kernel on it. */
export function createKernel(size: number, firms: number, engine: Engine = 'wasm'): Kernel {
  const K = firms;
  const bytes = bytesOf((a) => {
    allocateKernel(a, K);
    allocatePopulation(size, K, a);
    createTally(K, a);
  });
  const pages = Math.ceil(bytes / PAGE);
  let kernel: KernelExports;
  let buffer: () => ArrayBuffer;
  if (engine === 'wasm') {
    const memory = new WebAssembly.Memory({ initial: pages });
    buffer = () => memory.buffer;
    kernel = new WebAssembly.Instance(periodModule(), {
      env: {
        memory,
        abort() {
          throw new Error('kernel: abort');
        },
      },
    }).exports as unknown as KernelExports;
  } else {
    const heap = new ArrayBuffer(pages * PAGE);
    buffer = () => heap;
    kernel = js;
  }
  const allocate = arena(buffer);
  const own = allocateKernel(allocate, K);
  let pop: Population | null = null;
  let acc: Float64Array | null = null;

  /** Points the kernel at this memory: every step in JavaScript, where the kernel's module
   *  state is shared by every simulation of the thread, so interleaved simulations are safe. */
  function bind(): void {
    if (engine === 'typescript') bindHeap(buffer());
    kernel.bindLayout(own.table.byteOffset);
  }

  function prepare(m: Market, p: Params, plan: DecisionPlan): void {
    FIRM_TABLES.forEach(([, , , source], n) => own.tables[n].set(source(m, p, plan)));
    scalarNames().forEach((name, n) => (own.scalars[n] = SCALARS[name](m, p)));
  }

  function layoutFor(population: Population, tally: Float64Array): void {
    const { moves, scalars, drawBuffer, rivalRecords } = own;
    const views: Record<string, ArrayBufferView> = { moves, scalars, drawBuffer, rivalRecords, acc: tally };
    FIRM_TABLES.forEach(([name], n) => (views[name] = own.tables[n]));
    const arrays = POINTERS.map((name) => (name in views ? views[name] : (population[name as keyof Population] as ArrayBufferView)));
    if (!arrays.every((a) => a.buffer === buffer())) throw new Error('kernel: the population and tallies must be allocated by it');
    own.table.set(arrays.map((a) => a.byteOffset));
    own.table.set(
      integerNames().map((name) => INTEGERS[name]()),
      POINTERS.length,
    );
    pop = population;
    acc = tally;
    if (engine === 'wasm') bind();
  }

  function step(population: Population, m: Market, p: Params, plan: DecisionPlan, draws: DrawKey, flows: Flows, tally: Float64Array, t: number): void {
    if (population !== pop || tally !== acc) layoutFor(population, tally);
    if (engine === 'typescript') bind();
    prepare(m, p, plan);
    own.moves.fill(0);
    kernel.step(population.size, K, t, draws.a, draws.b, draws.steps++);
    for (let n = 0; n < own.moves.length; n++) flows.moves[n] += own.moves[n];
  }

  function attribute(i: number): { type: number; margin: number } {
    if (!pop || !acc) throw new Error('kernel: attribute() before a population is attached');
    bind();
    const type = kernel.attributeOne(i, K);
    return { type, margin: kernel.attributedMargin() };
  }

  return { engine, allocate, step, attribute, prepare, attach: layoutFor };
}
