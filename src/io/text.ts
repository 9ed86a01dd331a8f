// The bytes of a file as text, decided once for the command line and the browser: UTF-8
// (with or without a byte-order mark), or UTF-16 little- or big-endian with a byte-order mark
// (what Windows editors save as "Unicode"). Anything else is refused by name rather than read
// as mojibake: UTF-32, UTF-16 without a mark (no reliable way to tell its byte order), and
// bytes that are not valid UTF-8 (Latin-1, Windows-1252, a binary file).

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

const SAVE_AS = 'save it as UTF-8';

function decode(label: 'utf-8' | 'utf-16le', bytes: Uint8Array): string | null {
  try {
    // fatal: a byte sequence that is not text in this encoding is an error, never U+FFFD
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): Decoded {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff))
    return { ok: false, error: `is UTF-32 text, which is not read; ${SAVE_AS}` };
  if (a === 0xef && b === 0xbb && c === 0xbf) return utf8(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return utf16(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) {
    // big-endian: swapped to little-endian, which every TextDecoder has
    const swapped = new Uint8Array(bytes.length - 2);
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      swapped[i - 2] = bytes[i + 1];
      swapped[i - 1] = bytes[i];
    }
    if ((bytes.length - 2) % 2) return { ok: false, error: `is UTF-16 text with a broken last character; ${SAVE_AS}` };
    return utf16(swapped);
  }
  // JSON text starts with ASCII, so a zero byte among the first two is UTF-16 without a mark
  if (bytes.length >= 2 && (a === 0 || b === 0)) return { ok: false, error: `looks like UTF-16 text without a byte-order mark; ${SAVE_AS}` };
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): Decoded {
  const text = decode('utf-8', bytes);
  return text === null ? { ok: false, error: `is not UTF-8 text (perhaps Latin-1 or Windows-1252); ${SAVE_AS}` } : { ok: true, text };
}

function utf16(bytes: Uint8Array): Decoded {
  const text = bytes.length % 2 ? null : decode('utf-16le', bytes);
  return text === null ? { ok: false, error: `is UTF-16 text with a broken character; ${SAVE_AS}` } : { ok: true, text };
}
