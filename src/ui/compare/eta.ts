// Time left in a comparison. Elapsed time over work done overstates it early on: the first
// periods carry the workers' start (module compile, population set-up), about 7× too long at
// 1%. The rate is measured from the first progress report instead, once the pool is working.

export class Eta {
  private first: { done: number; at: number } | null = null;

  constructor(private readonly total: number) {}

  /** Records `done` periods at time `at` (seconds); returns the seconds left, or null while
   *  there is no rate yet (a single report). */
  observe(done: number, at: number): number | null {
    if (done >= this.total) return 0;
    if (!this.first) {
      this.first = { done, at };
      return null;
    }
    const rate = (done - this.first.done) / (at - this.first.at);
    return rate > 0 && Number.isFinite(rate) ? (this.total - done) / rate : null;
  }
}
