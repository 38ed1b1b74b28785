/** The binary IPC convention: bytes recognised whatever made them, size-capped, split from and joined to a message. */
import { describe, expect, it } from 'vitest';
import {
  decodeIpcHeader,
  encodeIpcHeader,
  ipcBytesSchema,
  isIpcBytes,
  joinBytes,
  splitBytes,
} from '../../../shared/ipc/binary';

describe('binary IPC messages', () => {
  it('takes Uint8Arrays and Buffers, and nothing else', () => {
    expect(isIpcBytes(new Uint8Array(3))).toBe(true);
    expect(isIpcBytes(Buffer.from('abc'))).toBe(true);
    for (const other of ['AAAA', [1, 2], new Uint16Array(2), new ArrayBuffer(4), { length: 2 }, null])
      expect(isIpcBytes(other)).toBe(false);
  });

  it('refuses text and oversized chunks in words', () => {
    const schema = ipcBytesSchema(4, 'A chunk');
    expect(schema.safeParse(new Uint8Array(4)).success).toBe(true);
    const text = schema.safeParse('AAAA');
    expect(text.success ? '' : text.error.issues[0]?.message).toBe('A chunk must be sent as bytes.');
    const large = ipcBytesSchema(8 * 1024 * 1024, 'A chunk').safeParse(new Uint8Array(8 * 1024 * 1024 + 1));
    expect(large.success ? '' : large.error.issues[0]?.message).toBe('A chunk is larger than 8 MiB.');
  });

  it('splits a message into its bytes and the rest, and joins them back', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const split = splitBytes({ importId: 'x', offset: 8, bytes });
    expect(split?.bytes).toBe(bytes);
    expect(split?.rest).toEqual({ importId: 'x', offset: 8 });
    const header = encodeIpcHeader(split!.rest);
    expect(header).toMatch(/^[\x21-\x7e]+$/);
    expect(joinBytes(decodeIpcHeader(header)!, bytes)).toEqual({ importId: 'x', offset: 8, bytes });
    expect(splitBytes({ bytes: 'AAAA' })).toBeUndefined();
    expect(splitBytes({ other: 1 })).toBeUndefined();
    expect(splitBytes(null)).toBeUndefined();
  });

  it('reads only a JSON object of bounded length from the header', () => {
    expect(decodeIpcHeader(undefined)).toBeUndefined();
    expect(decodeIpcHeader('%E0%A4%A')).toBeUndefined();
    expect(decodeIpcHeader(encodeURIComponent('[1]'))).toBeUndefined();
    expect(decodeIpcHeader(encodeURIComponent('"text"'))).toBeUndefined();
    expect(decodeIpcHeader(encodeIpcHeader({ padding: 'x'.repeat(9000) }))).toBeUndefined();
    expect(decodeIpcHeader(encodeIpcHeader({ site: 'Zürich' }))).toEqual({ site: 'Zürich' });
  });
});
