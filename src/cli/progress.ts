// Progress on stderr: a redrawn bar only on a terminal (never escape codes in a log or a
// pipe), and one closing line either way.

export interface Progress {
  tick(): void;
  finish(): void;
}

const WIDTH = 28;
/** Redraw at most 10 times a second. */
const REDRAW_MS = 100;

function seconds(ms: number): string {
  // round once, to what is shown, then split: rounding the seconds after flooring the minutes
  // printed 119.6 s as "1 min 60 s", and 59.96 s as "60.0 s"
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const whole = Math.round(ms / 1000);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/** `total` periods to run; `label` describes the run for the closing line. */
export function createProgress(
  total: number,
  label: string,
  write: (text: string) => void,
  isTTY: boolean,
  now: () => number = () => performance.now(),
): Progress {
  const start = now();
  let done = 0;
  let drawn = -Infinity;
  const draw = () => {
    const t = now();
    // never past the end, whatever was counted: a bar is never worth a crash
    const f = total > 0 ? Math.min(1, done / total) : 1;
    const fill = Math.round(f * WIDTH);
    const eta = done > 0 ? ((t - start) / done) * Math.max(0, total - done) : NaN;
    const etaText = Number.isFinite(eta) ? `, ${seconds(eta)} left` : '';
    write(`\r[${'#'.repeat(fill)}${'-'.repeat(WIDTH - fill)}] ${(100 * f).toFixed(0).padStart(3)}%${etaText}\u001b[K`);
    drawn = t;
  };
  return {
    tick() {
      done++;
      if (isTTY && now() - drawn >= REDRAW_MS) draw();
    },
    finish() {
      if (isTTY) write('\r\u001b[K');
      write(`${label} in ${seconds(now() - start)}\n`);
    },
  };
}
