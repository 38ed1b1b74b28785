/**
 * Breaks text into lines that fit a width: at spaces where it can, inside a word only when one word (a hash, a
 * path, a URL) is wider than the line. Explicit newlines are kept.
 */
import type { FontFace, FontMetrics } from './fontMetrics';

function breakWord(word: string, maxWidth: number, face: FontFace, size: number, metrics: FontMetrics): string[] {
  const pieces: string[] = [];
  let current = '';
  // `width` adds the characters' advances left to right and scales the sum: the same sum is kept here as the piece
  // grows (in the same order, so the same number), so each character is measured once instead of the whole piece
  // again for every character added.
  let currentUnits = 0;
  for (const char of word) {
    const charUnits = metrics.width(char, face, 1);
    if (current !== '' && (currentUnits + charUnits) * size > maxWidth) {
      pieces.push(current);
      current = char;
      currentUnits = 0 + charUnits;
    } else {
      current += char;
      currentUnits += charUnits;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

export function wrapText(text: string, maxWidth: number, face: FontFace, size: number, metrics: FontMetrics): string[] {
  const lines: string[] = [];
  const spaceWidth = metrics.width(' ', face, size);
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/[ \t]+/)) {
      if (word === '') continue;
      const wordWidth = metrics.width(word, face, size);
      if (line !== '' && lineWidth + spaceWidth + wordWidth <= maxWidth) {
        line += ` ${word}`;
        lineWidth += spaceWidth + wordWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      if (wordWidth <= maxWidth) {
        line = word;
        lineWidth = wordWidth;
      } else {
        const pieces = breakWord(word, maxWidth, face, size, metrics);
        line = pieces.pop() ?? '';
        lines.push(...pieces);
        lineWidth = metrics.width(line, face, size);
      }
    }
    lines.push(line);
  }
  return lines;
}
