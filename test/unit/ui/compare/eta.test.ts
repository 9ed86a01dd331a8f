import { describe, expect, it } from 'vitest';
import { Eta } from '../../../../src/ui/compare/eta.ts';

describe('time left in a comparison', () => {
  it('is close at 1% done although the workers took 3 s to start (elapsed/done would be 7× off)', () => {
    // 10 000 periods at 100 per second, after a 3 s start; reports every 0.1 s
    const total = 10_000;
    const eta = new Eta(total);
    let est: number | null = null;
    for (let at = 3.1; ; at += 0.1) {
      const done = Math.round((at - 3) * 100);
      est = eta.observe(done, at);
      if (done >= total / 100) {
        const truth = (total - done) / 100;
        expect(est).not.toBeNull();
        expect(Math.abs(est! - truth) / truth).toBeLessThan(0.1);
        const naive = (at * (total - done)) / done;
        expect(naive / truth).toBeGreaterThan(3); // what the old estimate said
        break;
      }
    }
  });
  it('has no estimate from one report, and none left when all is done', () => {
    const eta = new Eta(100);
    expect(eta.observe(5, 1)).toBeNull();
    expect(eta.observe(100, 2)).toBe(0);
  });
});
