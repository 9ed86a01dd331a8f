// Starts `vite preview` on the built dist/ for the browser tests and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

// E2E_PORT and E2E_DIST let two people run the browser tests at once on one machine
export const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
export const BASE_URL = `http://localhost:${PORT}/`;

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms} ms`);
}

let server: ChildProcess | undefined;

export async function setup(): Promise<void> {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/ is missing: run \`npx vite build\` first (scripts/test-all.mjs does)`);
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort', '--outDir', DIST], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  server.stderr?.on('data', (d) => (err += String(d)));
  const exited = new Promise<never>((_, reject) => server!.once('exit', (code) => reject(new Error(`vite preview exited (${code}): ${err}`))));
  await Promise.race([waitFor(BASE_URL, 20_000), exited]);
}

export async function teardown(): Promise<void> {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
  }
}
