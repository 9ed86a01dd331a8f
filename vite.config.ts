import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // the model's kernel is one source for asc and for JavaScript: 0 selects its JavaScript paths
  // (src/model/kernel/platform.ts)
  define: { ASC_TARGET: '0' },
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
