// npm run bench (last part): the classroom game at class scale. 30 teams in 4 markets of up to
// 8 firms (a scenario holds at most 8), each market 200,000 customers, 8 rounds of one quarter
// (3 monthly periods). Times closing a round (every market re-run from period 0 through the
// round, the cost grows with the round) and building and serialising every screen's view.
import { handle, type Session } from '../src/classroom/handle.ts';
import { closeRound } from '../src/classroom/rounds.ts';
import { createGame, type GameState } from '../src/classroom/state.ts';
import { teacherView, teamView } from '../src/classroom/views.ts';

const TEAMS = Number(process.env.BENCH_TEAMS ?? 30);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 200_000);
const ROUNDS = 8;
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

const times: string[] = [];
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
  const t0 = performance.now();
  g = closeRound(g, 0);
  const run = performance.now() - t0;
  const t1 = performance.now();
  let bytes = JSON.stringify(teacherView(g, new Set(), 0, [])).length;
  for (const t of g.teams) bytes += JSON.stringify(teamView(g, t.id, 0)).length;
  const views = performance.now() - t1;
  times.push(`round ${r + 1}: ${(run / 1000).toFixed(2)} s to run, ${views.toFixed(0)} ms for ${TEAMS + 1} views (${(bytes / 1e6).toFixed(1)} MB)`);
}
console.log(`classroom: ${TEAMS} teams in ${g.markets} markets × ${CUSTOMERS.toLocaleString('en')} customers, rounds of one quarter (3 periods):`);
for (const line of times) console.log(`  ${line}`);
