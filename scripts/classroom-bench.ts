// npm run bench (last part): the classroom game at class scale. 30 teams in 4 markets of up to
// 8 firms (a scenario holds at most 8), each market 200,000 customers, 8 rounds of one quarter
// (3 monthly periods). Times closing a round (every market re-run from period 0 through the
// round, the cost grows with the round) on the server's round workers, the longest the main
// thread's event loop was held up meanwhile (what a ping or a late decision waits at most), and
// building and serialising every screen's view. The last round is run once more on the main
// thread, as the server did before round workers, for comparison in the same run.
// This file is also its round workers' entry (one bundle: scripts/run-ts.mjs).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { handle, type Session } from '../src/classroom/handle.ts';
import { inThread, roundWorkers, defaultWorkers, type RoundPool } from '../src/classroom/roundPool.ts';
import { isRoundWorker, serveRounds } from '../src/classroom/roundWorker.ts';
import { closingJobs, finishRound, freezeRound } from '../src/classroom/rounds.ts';
import { createGame, type GameState } from '../src/classroom/state.ts';
import { teacherView, teamView } from '../src/classroom/views.ts';

const TEAMS = Number(process.env.BENCH_TEAMS ?? 30);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 200_000);
const ROUNDS = 8;

/** One round closed as the server closes it; returns its time and the event loop's worst delay. */
async function timedRound(g: GameState, pool: RoundPool): Promise<{ game: GameState; ms: number; maxDelayMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  // one turn of the loop first: the monitor's timer only samples once the loop has run it
  await new Promise((r) => setTimeout(r, 20));
  const t0 = performance.now();
  const frozen = freezeRound(g);
  const results = await pool.run(closingJobs(frozen));
  const game = finishRound(frozen, results, 0);
  const ms = performance.now() - t0;
  // a last tick, so a delay that ends with the round is counted
  await new Promise((r) => setTimeout(r, 20));
  delay.disable();
  return { game, ms, maxDelayMs: delay.max / 1e6 };
}

async function main(): Promise<void> {
  const scenario = {
    schemaVersion: 1,
    population: { size: CUSTOMERS },
    firms: Array.from({ length: 8 }, (_, k) => ({ name: `Firm ${k + 1}`, initialShare: 1 / 8 })),
  };
  let n = 0;
  const deps = (now: number) => ({ now, secret: () => `bench-secret-${String(++n).padStart(8, '0')}`, library: () => scenario });
  let g: GameState = createGame('BENCH1', 'bench-teacher-key-000');
  const teacher: Session = { role: 'teacher' };
  const send = (s: Session, msg: Parameters<typeof handle>[2]) => {
    const out = handle(g, s, msg, deps(0));
    g = out.game;
    return out.session;
  };
  send(teacher, { t: 'setup', scenario: { library: 'x' }, rounds: ROUNDS, periodsPerRound: 3, deadlineSeconds: 300, budget: null });
  const teams = Array.from({ length: TEAMS }, (_, i) => send({ role: 'guest' }, { t: 'join', code: 'BENCH1', name: `Team ${i + 1}` }));
  send(teacher, { t: 'start' });

  const workers = roundWorkers(new URL(import.meta.url));
  const lines: string[] = [];
  let worstDelay = 0;
  let beforeLast = g;
  for (let r = 0; r < ROUNDS; r++) {
    teams.forEach((s, i) =>
      send(s, {
        t: 'submit',
        round: r,
        decision: {
          quality: 3.5 + ((i + r) % 5) * 0.2,
          price: 0.9 + (i % 4) * 0.05,
          programme: r % 3 === 0 ? 0.04 : 0,
          recoveryRate: 0.3,
          lockIn: 0,
          promise: 0,
          personalisation: (i % 3) * 0.2,
          focusHighValue: 0,
          acquisitionSpend: 1000 * (i % 5),
        },
      }),
    );
    beforeLast = g;
    const round = await timedRound(g, workers);
    g = round.game;
    worstDelay = Math.max(worstDelay, round.maxDelayMs);
    const t1 = performance.now();
    let bytes = JSON.stringify(teacherView(g, new Set(), 0, [])).length;
    for (const t of g.teams) bytes += JSON.stringify(teamView(g, t.id, 0)).length;
    const views = performance.now() - t1;
    lines.push(
      `round ${r + 1}: ${(round.ms / 1000).toFixed(2)} s to run, event loop held up at most ${round.maxDelayMs.toFixed(0)} ms; ` +
        `${views.toFixed(0)} ms for ${TEAMS + 1} views (${(bytes / 1e6).toFixed(1)} MB)`,
    );
  }
  await workers.close();
  const here = await timedRound(beforeLast, inThread());
  console.log(
    `classroom: ${TEAMS} teams in ${g.markets} markets × ${CUSTOMERS.toLocaleString('en')} customers, rounds of one quarter (3 periods), ` +
      `on ${Math.min(defaultWorkers(), g.markets)} round workers (round 1 includes starting them):`,
  );
  for (const line of lines) console.log(`  ${line}`);
  console.log(
    `  round ${ROUNDS} again on the main thread (no workers): ${(here.ms / 1000).toFixed(2)} s, event loop held up ${here.maxDelayMs.toFixed(0)} ms ` +
      `(worst delay on workers / on the main thread: ${(worstDelay / here.maxDelayMs).toFixed(3)})`,
  );
}

if (isRoundWorker()) serveRounds();
else await main();
