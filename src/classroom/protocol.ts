// Every message a browser may send, checked with zod before anything reads it. Sizes are
// checked first (on bytes, before JSON.parse): only the teacher's setup may carry a scenario
// file; everything else is a few hundred bytes.
import { z } from 'zod';
import { MAX_FILE_BYTES } from '../scenario/parse.ts';
import { decisionSchema } from './decision.ts';

export const MAX_MESSAGE_BYTES = 16_384;
export const MAX_SETUP_BYTES = MAX_FILE_BYTES + 16_384;
/** 8–12 rounds are what business-game guides recommend; 24 leaves room for short practice ones. */
export const MAX_ROUNDS = 24;
export const MAX_PERIODS_PER_ROUND = 13;
export const RANKINGS = ['profit', 'clv', 'retention', 'nps'] as const;
export type Ranking = (typeof RANKINGS)[number];

const secret = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be the secret this server gave out');
const code = z.string().regex(/^[A-Z0-9]{6}$/, 'must be the 6-character join code');
const round = z.int().min(0).max(MAX_ROUNDS);

export const clientMessageSchema = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('teacher'), key: secret }),
  z.strictObject({ t: z.literal('join'), code, name: z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters') }),
  z.strictObject({ t: z.literal('resume'), code, secret }),
  z.strictObject({ t: z.literal('draft'), round, decision: decisionSchema }),
  z.strictObject({ t: z.literal('submit'), round, decision: decisionSchema }),
  z.strictObject({
    t: z.literal('setup'),
    scenario: z.union([
      z.strictObject({ library: z.string().regex(/^[a-z0-9-]{1,60}$/, 'must be a library scenario name') }),
      z.strictObject({ file: z.unknown() }),
    ]),
    rounds: z.int().min(1).max(MAX_ROUNDS),
    periodsPerRound: z.int().min(1).max(MAX_PERIODS_PER_ROUND),
    deadlineSeconds: z.int().min(1).max(3600),
    budget: z.number().min(0).max(1e9).nullable(),
  }),
  z.strictObject({ t: z.literal('start') }),
  z.strictObject({ t: z.literal('practice') }),
  z.strictObject({ t: z.literal('ping') }),
  z.strictObject({ t: z.literal('endRound') }),
  z.strictObject({ t: z.literal('reassign'), team: z.int().min(0).max(1000) }),
  z.strictObject({ t: z.literal('ranking'), by: z.enum(RANKINGS) }),
]);

export type ClientMessage = z.output<typeof clientMessageSchema>;

export type Checked = { ok: true; msg: ClientMessage } | { ok: false; error: string };

function describe(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : 'message'}: ${i.message}`)
    .join('; ');
}

/** Bytes → a typed message, or an error naming what is wrong. Never throws. */
export function readMessage(bytes: number, text: string): Checked {
  if (bytes > MAX_SETUP_BYTES) return { ok: false, error: `message: too large (${bytes} bytes; at most ${MAX_SETUP_BYTES})` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'message: not JSON' };
  }
  if (bytes > MAX_MESSAGE_BYTES && !(typeof value === 'object' && value !== null && (value as { t?: unknown }).t === 'setup'))
    return { ok: false, error: `message: too large (${bytes} bytes; at most ${MAX_MESSAGE_BYTES})` };
  const r = clientMessageSchema.safeParse(value);
  return r.success ? { ok: true, msg: r.data } : { ok: false, error: describe(r.error.issues) };
}
