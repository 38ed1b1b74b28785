/**
 * Breaks text into lines that fit a width: at spaces where it can, inside a word only when one word (a hash, a
 * path, a URL) is wider than the line. Explicit newlines are kept.
 */
import type { FontFace, FontMetrics } from './fontMetrics';

function breakWord(word: string, maxWidth: number, face: FontFace, size: number, metrics: FontMetrics): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of word) {
    if (current !== '' && metrics.width(current + char, face, size) > maxWidth) {
      pieces.push(current);
      current = char;
    } else {
      current += char;
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
