// Browser tests: Debian's Chromium driven by playwright-core against `vite preview` of dist/.
// `node scripts/test-all.mjs build e2e` builds first; run the build yourself otherwise.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // the suites read tables of the app (the chart registry) whose modules use Svelte's runes
  plugins: [svelte()],
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
