/**
 * Text from a file someone else made, made safe to show: terminal escape sequences, C0 and C1 control characters
 * (CR and LF included, so a field cannot start a fake line), DEL, and the Unicode bidirectional and line-separator
 * controls that can make text read differently from what it is. The verifier prints only text passed through this.
 */

// ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC), ESC P/X/^/_ … ESC \ (DCS and friends), then any other ESC
// with the one character after it. Matching control characters is the point of these patterns.
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]?|\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b./gsu;
const C1_CSI = /\u009b[0-?]*[ -/]*[@-~]?/gu;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/gu;

/** One line of text with every control character removed (tabs and line breaks become spaces). */
export function printable(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCES, '')
    .replace(C1_CSI, '')
    .replace(/[\t\n\r\u2028\u2029]/g, ' ')
    .replace(CONTROLS, '');
}
