// What the browser bench and the e2e test both watch: redraws of the retention chart and the
// longest gap between animation frames, over `ms` milliseconds, measured inside the page.
import type { Page } from 'playwright-core';

export async function watchRedraws(p: Page, ms: number): Promise<{ updates: number; maxFrameGap: number }> {
  return p.evaluate(
    (duration) =>
      new Promise<{ updates: number; maxFrameGap: number }>((resolve) => {
        const path = document.querySelector('[data-chart="retention"] svg.chart path.mark')!;
        let updates = 0;
        const mo = new MutationObserver(() => updates++);
        mo.observe(path, { attributes: true, attributeFilter: ['d'] });
        let last = performance.now();
        let maxFrameGap = 0;
        const end = last + duration;
        const frame = (now: number) => {
          maxFrameGap = Math.max(maxFrameGap, now - last);
          last = now;
          if (now < end) requestAnimationFrame(frame);
          else {
            mo.disconnect();
            resolve({ updates, maxFrameGap });
          }
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
}
