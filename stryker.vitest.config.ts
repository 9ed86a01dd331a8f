// The unit tests as Stryker runs them (npm run test:mutation): every test of vite.config.ts but
// the three that time the scenario parser against the wall clock. Instrumented code runs
// slower, and on a busy machine those fail before any mutant is tried; a mutant should be
// killed by what the code does, not by how fast it does it (speed is `npm run bench`'s job).
import { mergeConfig } from 'vitest/config';
import base from './vite.config.ts';

const TIMED = ['in well under a second', 'a huge string at once, without counting it', 'quickly and without a stack overflow'];

export default mergeConfig(base, {
  test: { testNamePattern: new RegExp(`^(?!.*(${TIMED.join('|')}))`) },
});
