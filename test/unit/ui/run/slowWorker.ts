// A fake simulation worker that behaves like a real one in the way that matters for races:
// calls are handled one at a time, in the order they were sent, each after a delay; a
// terminated worker never answers again. The API itself runs in-process.
import type { Remote } from 'comlink';
import { createSimApi, type SimApi } from '../../../../workers/simApi.ts';
import type { SimWorker } from '../../../../src/ui/spawn.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const never = () => new Promise<never>(() => {});

/** A clock that advances `step` ms per reading: with BATCH_MS 70 and step 40, a batch is one period. */
export function tickingClock(step = 40): () => number {
  let ms = 0;
  return () => (ms += step);
}

export interface SlowWorkers {
  spawn: () => SimWorker;
  made: { terminated: boolean }[];
  /** Resolves once every live worker has answered everything it was sent. */
  idle(): Promise<void>;
}

export function slowWorkers(delay: () => number, clock: () => () => number = () => tickingClock()): SlowWorkers {
  const made: { terminated: boolean; queue: Promise<unknown> }[] = [];
  const spawn = (): SimWorker => {
    const api = createSimApi(clock()) as unknown as Record<string, (...a: unknown[]) => unknown>;
    const rec = { terminated: false, queue: Promise.resolve() as Promise<unknown> };
    made.push(rec);
    const remote = new Proxy(
      {},
      {
        get:
          (_, name: string) =>
          (...args: unknown[]) => {
            const answer = rec.queue.then(async () => {
              await sleep(delay());
              if (rec.terminated) return never();
              return api[name](...args);
            });
            rec.queue = answer.catch(() => undefined);
            return answer.then((v) => (rec.terminated ? never() : v));
          },
      },
    );
    return {
      api: remote as Remote<SimApi>,
      terminate: () => void (rec.terminated = true),
      onError: () => {},
    };
  };
  const idle = async () => {
    for (let i = 0; i < 3; i++) {
      await Promise.all(made.filter((m) => !m.terminated).map((m) => m.queue));
      await sleep(2);
    }
  };
  return { spawn, made, idle };
}
