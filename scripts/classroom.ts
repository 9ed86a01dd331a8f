// `npm run classroom`: builds the app if dist/ is missing, starts the game server and prints the
// addresses and the join code. A saved game (--state) is resumed where it stopped. This file is
// also its round workers' entry (one bundle: scripts/run-ts.mjs): a worker only serves rounds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import { startClassroomServer } from '../src/classroom/server.ts';
import { isRoundWorker, serveRounds } from '../src/classroom/roundWorker.ts';
import { roundWorkers } from '../src/classroom/roundPool.ts';

const USAGE = `Usage: npm run classroom -- [--port 8080] [--state classroom/game.json] [--new]

  --port N      port to listen on (default 8080)
  --state FILE  where the game is saved after every round and submission (default
                classroom/game.json); a server started on an existing file resumes that game
  --dist DIR    the built app to serve (default dist; built with \`vite build\` when missing)
`;

function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return 'localhost';
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, state: { type: 'string' }, dist: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`classroom: --port must be a whole number 0–65535 (got ${values.port})\n\n${USAGE}`);
    process.exit(2);
  }
  const dist = values.dist ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) {
    process.stdout.write(`${dist}/ is missing: building the app first (vite build)…\n`);
    const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(1);
  }
  const host = lanAddress();
  try {
    const server = await startClassroomServer({
      port,
      dist,
      statePath: values.state ?? 'classroom/game.json',
      scenariosDir: 'scenarios',
      rounds: roundWorkers(new URL(import.meta.url)),
      publicUrl: (p) => `http://${host}:${p}/`,
    });
    process.stdout.write(
      `Loyalty Lab classroom ${server.resumed ? '(resumed a saved game)' : ''}\n` +
        `  join code:      ${server.code}\n` +
        `  students open:  ${server.joinUrl}\n` +
        `  teacher opens:  ${server.teacherUrl}\n` +
        `  (keep the teacher address to yourself: it carries the teacher's key)\n`,
    );
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    process.stderr.write(`classroom: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

if (isRoundWorker()) serveRounds();
else await main();
