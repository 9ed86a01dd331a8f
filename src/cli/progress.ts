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
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
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
