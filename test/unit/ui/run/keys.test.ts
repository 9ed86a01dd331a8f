import { describe, expect, it } from 'vitest';
import { runKeys } from '../../../../src/ui/run/keys.ts';

function fakeRun(status: string) {
  const calls: string[] = [];
  return { status, calls, run: () => calls.push('run'), pause: () => calls.push('pause') };
}
const key = (k: string, target: unknown = { tagName: 'BODY' }, mods = {}) => ({
  key: k,
  target: target as EventTarget,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  preventDefault() {},
  ...mods,
});

describe('the run shortcut (R)', () => {
  it('runs when ready or paused, pauses when running, does nothing once the run has ended', () => {
    for (const [status, call] of [
      ['idle', 'run'],
      ['paused', 'run'],
      ['running', 'pause'],
    ] as const) {
      const r = fakeRun(status);
      expect(runKeys(key('r'), r)).toBe(true);
      expect(r.calls).toEqual([call]);
    }
    const done = fakeRun('done');
    expect(runKeys(key('R'), done)).toBe(false);
    expect(done.calls).toEqual([]);
  });
  it('never steals a key typed into a field or pressed with a modifier', () => {
    const r = fakeRun('idle');
    expect(runKeys(key('r', { tagName: 'INPUT' }), r)).toBe(false);
    expect(runKeys(key('r', { tagName: 'BODY' }, { ctrlKey: true }), r)).toBe(false);
    expect(runKeys(key('x'), r)).toBe(false);
    expect(r.calls).toEqual([]);
  });
});
