// The unit tests as Stryker runs them (npm run test:mutation): the tests of vite.config.ts but
// the three that time the scenario parser against the wall clock. Instrumented code runs
// slower, and on a busy machine those fail before any mutant is tried; a mutant should be
// killed by what the code does, not by how fast it does it (speed is `npm run bench`'s job).
// MUTATION_TESTS=<folder> runs only the tests in that folder: nearly every test imports the
// scenario schema, so a mutant of src/scenario would otherwise run the model's slow tests too.
import { defineConfig } from 'vitest/config';
import base from './vite.config.ts';

const TIMED = ['in well under a second', 'a huge string at once, without counting it', 'quickly and without a stack overflow'];
const only = process.env.MUTATION_TESTS;

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: only ? [`${only.replace(/\/$/, '')}/**/*.test.ts`] : base.test?.include,
    testNamePattern: new RegExp(`^(?!.*(${TIMED.join('|')}))`),
  },
});
