// Text for a terminal. Firm names, keys and values come from strangers' files and pasted
// command lines, and a control character among them must never reach the terminal as itself:
// ESC starts the sequences that move the cursor, clear the screen or set the window title
// (CSI, OSC), U+009B is a one-character CSI on some terminals, and the bidirectional
// overrides reorder what is shown (Trojan Source). This is the one sanitiser for everything
// the CLI prints; only the progress bar writes escape codes, its own.

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_A_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text with line breaks kept and every other control character shown as '?'. */
export function printable(text: string): string {
  return text.replace(UNSAFE, '?');
}

/** One cell or name on one line: line breaks too become '?', so a table keeps its shape. */
export function printableLine(text: string): string {
  return text.replace(UNSAFE_IN_A_LINE, '?');
}
