import { describe, expect, it } from 'vitest';
import { isBase64 } from '../../../shared/domain/bundles/ipc';

describe('isBase64', () => {
  it('accepts what Node encodes, with and without padding', () => {
    for (let size = 0; size < 40; size += 1) {
      const text = Buffer.from(Array.from({ length: size }, (_, index) => (index * 37 + size) % 256)).toString('base64');
      expect(isBase64(text)).toBe(true);
    }
    expect(isBase64('+/+/')).toBe(true);
  });

  it('refuses other alphabets, padding in the middle, too much padding and non-ASCII', () => {
    for (const text of ['ab-_', 'ab=c', 'abc===', 'ab c', 'abé=', 'ab\u0000c', '=ab', 'a\nbc'])
      expect(isBase64(text), text).toBe(false);
  });
});
