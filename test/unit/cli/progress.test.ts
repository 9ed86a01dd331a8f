import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/cli/progress.ts';

describe('progress', () => {
  it('writes only the closing line when stderr is not a terminal', () => {
    let out = '';
    let t = 0;
    const p = createProgress(
      10,
      'Ran it',
      (s) => (out += s),
      false,
      () => t,
    );
    for (let i = 0; i < 10; i++) {
      t += 60;
      p.tick();
    }
    p.finish();
    expect(out).toBe('Ran it in 0.6 s\n');
  });
  it('redraws a bar on a terminal at most every 100 ms, then clears it', () => {
    let out = '';
    let t = 0;
    const p = createProgress(
      4,
      'Ran it',
      (s) => (out += s),
      true,
      () => t,
    );
    for (let i = 0; i < 4; i++) {
      t += 75; // draws at 75 ms (the first) and 225 ms (150 ms later), not at 150 or 300
      p.tick();
    }
    p.finish();
    expect(out.match(/\r\[/g)).toHaveLength(2);
    expect(out).toContain(' 75%, 0.1 s left');
    expect(out.endsWith('\r\u001b[KRan it in 0.3 s\n')).toBe(true);
  });
});
