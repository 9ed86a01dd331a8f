// The engine these tests run: LOYALTY_ENGINE=typescript|wasm (default wasm, what the app runs),
// so a bug planted in either engine can be checked against the same tests.
import type { Engine } from '../../../src/model/index.ts';

function engineFromEnv(): Engine {
  const name = process.env.LOYALTY_ENGINE ?? 'wasm';
  if (name !== 'wasm' && name !== 'typescript') throw new Error(`LOYALTY_ENGINE must be "wasm" or "typescript", not "${name}"`);
  return name;
}

export const ENGINE: Engine = engineFromEnv();
