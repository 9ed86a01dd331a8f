import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The built page's Content-Security-Policy: scripts, workers, styles and connections only
// from the page's own origin, no inline script and no eval. 'wasm-unsafe-eval' lets the
// worker compile the WebAssembly kernel (and nothing else); data: is the favicon, blob: the
// chart PNG export (an SVG drawn onto a canvas). Style attributes stay allowed: Svelte and D3
// set inline styles on chart elements. Only in the build: the dev server injects scripts.
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'loyalty-lab:csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { target: 'es2022' },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    // CI machines are shared and slow at times: a test that spawns processes or runs a model for
    // a while must not fail on a clock (speed is measured in `npm run bench`, not in tests)
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
