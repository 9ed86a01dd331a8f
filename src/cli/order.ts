// The bookkeeping of a pooled run, apart from the threads so it can be tested alone: which
// replicate a free worker takes next, and which periods can be handed on, in replicate order
// (so the output is byte-identical to a sequential run). Periods of the replicate being
// written pass straight through; those of replicates that run ahead wait, and a worker may
// start a replicate only `lookahead` replicates past the one being written, which bounds the
// periods waiting to (lookahead − 1) replicates' worth.

export class InOrder<T> {
  private readonly waiting = new Map<number, T[]>();
  private readonly finished = new Set<number>();
  private nextToWrite = 0;
  private nextToStart = 0;

  constructor(
    private readonly replicates: number,
    private readonly lookahead: number,
  ) {}

  /** The replicate a free worker should run, or null: none left, or too far ahead. */
  take(): number | null {
    if (this.nextToStart >= this.replicates || this.nextToStart >= this.nextToWrite + this.lookahead) return null;
    this.waiting.set(this.nextToStart, []);
    return this.nextToStart++;
  }

  /** A period of `replicate` arrived; returns what can be handed on now, in order. */
  add(replicate: number, item: T): [number, T][] {
    this.waiting.get(replicate)!.push(item);
    return this.drain();
  }

  /** `replicate` has no more periods; returns what can be handed on now, in order. */
  finish(replicate: number): [number, T][] {
    this.finished.add(replicate);
    return this.drain();
  }

  /** Every replicate handed on. */
  get done(): boolean {
    return this.nextToWrite >= this.replicates;
  }

  /** Periods held back, waiting for their replicate's turn. */
  get held(): number {
    let n = 0;
    for (const q of this.waiting.values()) n += q.length;
    return n;
  }

  private drain(): [number, T][] {
    const out: [number, T][] = [];
    while (this.nextToWrite < this.replicates) {
      const queue = this.waiting.get(this.nextToWrite);
      if (queue) {
        for (const item of queue) out.push([this.nextToWrite, item]);
        queue.length = 0;
      }
      if (!this.finished.has(this.nextToWrite)) break;
      this.waiting.delete(this.nextToWrite);
      this.nextToWrite++;
    }
    return out;
  }
}
