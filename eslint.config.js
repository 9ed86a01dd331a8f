// ESLint (flat config): the recommended rules that the code already keeps, plus the two
// boundaries of the model (STYLE.md 1 and 5): src/model imports no UI, worker, CLI, i18n,
// Svelte, D3 or Comlink code, and never calls Math.random (randomness is injected and seeded).
// test/unit/lint/boundaries.test.ts proves that both rules fire. The kernel
// (src/model/kernel, src/model/drivers) is portable AssemblyScript, valid TypeScript, and is
// linted like the rest of the model.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

/** What the model may not import: its callers and the browser's libraries. */
export const MODEL_FORBIDDEN_IMPORTS = [
  { group: ['**/ui/**', '**/ui'], message: 'src/model is pure: no UI code (STYLE.md 1).' },
  { group: ['**/workers/**', '**/workers'], message: 'src/model is pure: workers call the model, not the reverse.' },
  { group: ['**/cli/**', '**/cli'], message: 'src/model is pure: the CLI calls the model, not the reverse.' },
  { group: ['**/i18n/**', '**/i18n'], message: 'src/model is pure: no translated text in the model.' },
  { group: ['**/lessons/**'], message: 'src/model is pure: lessons read the model, not the reverse.' },
  { group: ['svelte', 'svelte/**', '*.svelte', '**/*.svelte', '**/*.svelte.ts'], message: 'src/model runs without Svelte.' },
  { group: ['d3', 'd3-*'], message: 'src/model draws nothing: no D3.' },
  { group: ['comlink'], message: 'src/model knows no worker transport: no Comlink.' },
];

const modelRules = {
  'no-restricted-imports': ['error', { patterns: MODEL_FORBIDDEN_IMPORTS }],
  'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'The model draws only from its seeded streams (STYLE.md 5).' }],
  'no-restricted-globals': ['error', { name: 'crypto', message: 'The model draws only from its seeded streams (STYLE.md 5).' }],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      'test-artifacts/**',
      'src/model/wasm/*.wasm.ts',
      'src/model/**/*.as.ts',
      'test/lint/fixtures/**',
      '.stryker-tmp*/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // paired assignments are written as one comma expression: `if (x > best) (best = x), (type = k);`
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // an unused import in a test is noise, not a bug: reported, not failed
      '@typescript-eslint/no-unused-vars': 'warn',
      // tests that mutate parsed JSON at arbitrary paths type it as `any` on purpose
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  { files: ['src/model/**/*.ts'], rules: modelRules },
  {
    // every driver has the same apply(from, to, K, t) shape (src/model/drivers/index.ts), used or
    // not; the AssemblyScript builtins' declarations keep asc's generic signatures
    files: ['src/model/drivers/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none', varsIgnorePattern: '^_' }] },
  },
  { files: ['src/model/kernel/*.d.ts'], rules: { '@typescript-eslint/no-unused-vars': 'off' } },
);
