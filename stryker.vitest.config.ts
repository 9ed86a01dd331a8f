// The unit tests as Stryker runs them (npm run test:mutation): the tests of vite.config.ts (none
// of which times anything: speed is `npm run bench`'s job, so a mutant is killed by what the
// code does, not by how fast instrumented code does it).
// MUTATION_TESTS=<folder>[,<folder>…] runs only the tests in those folders: nearly every test
// imports the scenario schema, so a mutant of src/scenario would otherwise run the model's slow
// tests too, and the model's kernel is best judged by the mechanism tests.
// MUTATION_SKIP=<words>[|<words>…] leaves out the tests whose full name contains any of them (any case)
// (a regular expression's alternatives), such as a file's one slow property or zip-bomb test,
// so that each mutant runs only the quick tests of its file (stryker.setup.ts skips them: the
// Vitest runner sets its own test name pattern for every run).
// The model runs on its JavaScript build (stryker.setup.ts): the only build a mutant reaches.
import { defineConfig } from 'vitest/config';
import base from './vite.config.ts';

const only = process.env.MUTATION_TESTS;

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: only
      ? only
          .split(',')
          .map((f) => f.trim().replace(/\/$/, ''))
          .map((f) => (f.endsWith('.ts') ? f : `${f}/**/*.test.ts`))
      : base.test?.include,
    setupFiles: ['./stryker.setup.ts'],
    env: { ...base.test?.env, LOYALTY_ENGINE: 'typescript' },
  },
});
