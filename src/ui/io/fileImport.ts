// Reading a user's scenario file. The size is checked before a byte is read, so a huge file
// (or a disk image dropped by mistake) is refused without loading it into memory.
import { MAX_FILE_BYTES, parseScenarioBytes, type ParseResult } from '../../scenario/parse.ts';

/** Files above this show a busy state while they are read and checked (~10 ms of parsing). */
export const BUSY_BYTES = 100_000;

export function tooLargeError(bytes: number): string {
  return `(file): ${(bytes / 1e6).toFixed(2)} MB is larger than the ${MAX_FILE_BYTES / 1e6} MB limit for a scenario`;
}

export async function readScenarioFile(file: Blob): Promise<ParseResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, errors: [tooLargeError(file.size)] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, errors: ['(file): could not be read (it may have been moved or deleted)'] };
  }
  // decoded as the command line decodes it: UTF-8, or UTF-16 with a byte-order mark
  return parseScenarioBytes(bytes);
}

/** Whether a drag carries files (text or links dragged from a page carry none). */
export function carriesFiles(types: readonly string[] | undefined): boolean {
  return types?.includes('Files') ?? false;
}
