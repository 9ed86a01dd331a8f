// The pooled run's bookkeeping (src/cli/order.ts) under every order in which workers may
// finish: periods come out in replicate order, and what waits in memory stays bounded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InOrder } from '../../../src/cli/order.ts';

/** Runs a pool of `workers` on `replicates` × `periods`, letting `pick` choose which busy
 *  worker reports next; returns the periods handed on and the most ever held back. */
function simulate(replicates: number, periods: number, workers: number, lookahead: number, pick: (busy: number) => number) {
  const order = new InOrder<string>(replicates, lookahead);
  const out: string[] = [];
  const running: { replicate: number; sent: number }[] = [];
  let idle = workers;
  let maxHeld = 0;
  const startIdle = () => {
    while (idle > 0) {
      const r = order.take();
      if (r === null) return;
      running.push({ replicate: r, sent: 0 });
      idle--;
    }
  };
  startIdle();
  while (!order.done) {
    expect(running.length).toBeGreaterThan(0); // never stuck
    const i = pick(running.length) % running.length;
    const job = running[i];
    let handed;
    if (job.sent < periods) handed = order.add(job.replicate, `${job.replicate}:${job.sent++}`);
    else {
      handed = order.finish(job.replicate);
      running.splice(i, 1);
      idle++;
    }
    for (const [, item] of handed) out.push(item);
    maxHeld = Math.max(maxHeld, order.held);
    startIdle();
  }
  return { out, maxHeld };
}

const inOrder = (replicates: number, periods: number) =>
  Array.from({ length: replicates }, (_, r) => Array.from({ length: periods }, (_, p) => `${r}:${p}`)).flat();

describe('InOrder', () => {
  it('hands every period on in replicate order, whatever order workers finish in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.infiniteStream(fc.nat()),
        (reps, periods, workers, per, picks) => {
          const it = picks[Symbol.iterator]();
          const { out } = simulate(reps, periods, workers, per * workers, () => it.next().value as number);
          expect(out).toEqual(inOrder(reps, periods));
        },
      ),
      { numRuns: 500 },
    );
  });
  it('holds back at most (lookahead − 1) replicates of periods', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 6 }),
        fc.infiniteStream(fc.nat()),
        (reps, periods, workers, picks) => {
          const it = picks[Symbol.iterator]();
          const lookahead = 2 * workers;
          const { maxHeld } = simulate(reps, periods, workers, lookahead, () => it.next().value as number);
          expect(maxHeld).toBeLessThanOrEqual((lookahead - 1) * periods);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('when the first replicate is the slowest, the others wait instead of piling up', () => {
    // worker 0 never reports until everything else can: the worst case for memory
    const reps = 40;
    const periods = 10;
    const { out, maxHeld } = simulate(reps, periods, 4, 8, (busy) => (busy > 1 ? 1 : 0));
    expect(out).toEqual(inOrder(reps, periods));
    expect(maxHeld).toBe(7 * periods);
  });
});
