// A token bucket per connection: a slider dragged on a phone sends a few drafts a second; a
// client sending more than `burst` messages at once, or more than `perSecond` sustained, is
// told so and its extra messages are dropped unread.
export interface Bucket {
  tokens: number;
  at: number;
}

export const RATE = { perSecond: 10, burst: 30 } as const;

export function createBucket(now: number): Bucket {
  return { tokens: RATE.burst, at: now };
}

/** Whether a message may pass now; takes a token if so. */
export function take(b: Bucket, now: number): boolean {
  b.tokens = Math.min(RATE.burst, b.tokens + ((now - b.at) / 1000) * RATE.perSecond);
  b.at = now;
  if (b.tokens < 1) return false;
  b.tokens -= 1;
  return true;
}
