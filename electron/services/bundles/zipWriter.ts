/**
 * A streaming ZIP64 writer for bundles. Every entry is stored (no compression: evidence is usually compressed
 * already, stored entries have no zip-bomb ratio, and the bytes in the ZIP are the bytes `SHA256SUMS` lists), and
 * every entry carries ZIP64 sizes, so the path that multi-GB evidence needs is the path every test takes. An entry
 * is streamed once: its CRC-32 and SHA-256 are computed while it is written and follow it in a data descriptor, and
 * its size and SHA-256 must equal what the caller declared (what the signed manifest says) or the write fails.
 *
 * It protects against an entry changing between being described and being written (the write fails). It does not
 * protect anything by itself: integrity and authorship come from the signed manifest.
 */
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { ExplainedError } from '../../../shared/errors';
import { fileSink, type ByteSink } from './byteSink';

/** An entry as the manifest declares it. */
export interface ZipEntryInfo {
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
}

export interface ZipEntrySource extends ZipEntryInfo {
  read(): AsyncIterable<Uint8Array>;
}

/** The refusal of `size` bytes (or more) for an entry that declared fewer. */
export function entryTooLongMessage(info: ZipEntryInfo, size: number): string {
  return (
    `${info.name} changed while the bundle was written (${size} bytes or more; expected ${info.size} bytes, ` +
    `${info.sha256}). Nothing was kept; try again.`
  );
}

/** The entry being written by `begin`/`write`/`end`. */
interface OpenEntry {
  readonly info: ZipEntryInfo;
  readonly name: Buffer;
  readonly offset: number;
  readonly hash: ReturnType<typeof createHash>;
  crc: number;
  size: number;
}

interface WrittenEntry {
  readonly name: Buffer;
  readonly offset: number;
  readonly size: number;
  readonly crc: number;
}

const VERSION = 45; // 4.5: ZIP64
const FLAG_DATA_DESCRIPTOR = 0x0008;
const UINT32_MAX = 0xffffffff;
export const ZIP_SIGNATURES = {
  localHeader: 0x04034b50,
  dataDescriptor: 0x08074b50,
  centralHeader: 0x02014b50,
  zip64End: 0x06064b50,
  zip64Locator: 0x07064b50,
  end: 0x06054b50,
} as const;

/** MS-DOS date and time of an instant, in UTC (ZIP has no time zone; UTC keeps bundles byte-for-byte repeatable). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function zip64Extra(values: readonly number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, index) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * index));
  return extra;
}

export class ZipWriter {
  private offset = 0;
  private readonly written: WrittenEntry[] = [];
  private readonly stamp: { time: number; date: number };
  private readonly sink: ByteSink;
  private open: OpenEntry | undefined;

  /** Writes to a file from its start, or appends to a sink (an age encryptor, `age.ts`). */
  constructor(output: FileHandle | ByteSink, modified: Date) {
    this.sink = 'appendMany' in output ? output : fileSink(output);
    this.stamp = dosDateTime(modified);
  }

  private async put(bytes: Uint8Array): Promise<void> {
    await this.sink.append(bytes);
    this.offset += bytes.length;
  }

  /** Bytes written so far. */
  get bytesWritten(): number {
    return this.offset;
  }

  /** Writes a whole entry from its source. */
  async add(entry: ZipEntrySource): Promise<void> {
    await this.begin(entry);
    for await (const chunk of entry.read()) await this.write(chunk);
    await this.end();
  }

  /** Starts an entry whose bytes follow through `write`, then `end`. */
  async begin(info: ZipEntryInfo): Promise<void> {
    if (this.open) throw new Error(`${this.open.info.name} is still being written.`);
    const name = Buffer.from(info.name, 'utf8');
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(ZIP_SIGNATURES.localHeader, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAG_DATA_DESCRIPTOR, 6);
    header.writeUInt16LE(0, 8); // stored
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt32LE(0, 14); // CRC-32 follows in the data descriptor
    header.writeUInt32LE(UINT32_MAX, 18);
    header.writeUInt32LE(UINT32_MAX, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(20, 28);
    await this.put(Buffer.concat([header, name, zip64Extra([0, 0])]));
    this.open = { info, name, offset, hash: createHash('sha256'), crc: 0, size: 0 };
  }

  /** Appends to the open entry; refuses bytes beyond the size it declared. */
  async write(chunk: Uint8Array): Promise<void> {
    const entry = this.open;
    if (!entry) throw new Error('No entry is open to write to.');
    if (entry.size + chunk.length > entry.info.size) this.refuse(entry, entry.size + chunk.length, 'more bytes than');
    entry.crc = crc32(chunk, entry.crc);
    entry.hash.update(chunk);
    entry.size += chunk.length;
    await this.put(chunk);
  }

  /** Ends the open entry: its size and SHA-256 must be what it declared. */
  async end(): Promise<void> {
    const entry = this.open;
    if (!entry) throw new Error('No entry is open to end.');
    this.open = undefined;
    const sha256 = entry.hash.digest('hex');
    if (entry.size !== entry.info.size || sha256 !== entry.info.sha256) this.refuse(entry, entry.size, sha256);
    const descriptor = Buffer.alloc(24);
    descriptor.writeUInt32LE(ZIP_SIGNATURES.dataDescriptor, 0);
    descriptor.writeUInt32LE(entry.crc, 4);
    descriptor.writeBigUInt64LE(BigInt(entry.size), 8);
    descriptor.writeBigUInt64LE(BigInt(entry.size), 16);
    await this.put(descriptor);
    this.written.push({ name: entry.name, offset: entry.offset, size: entry.size, crc: entry.crc });
  }

  private refuse(entry: OpenEntry, size: number, found: string): never {
    const { name, size: expectedSize, sha256: expected } = entry.info;
    throw new ExplainedError(
      found === 'more bytes than'
        ? entryTooLongMessage(entry.info, size)
        : `${name} changed while the bundle was written (${size} bytes, SHA-256 ${found}; expected ` +
          `${expectedSize} bytes, ${expected}). Nothing was kept; try again.`,
    );
  }

  /** Writes the central directory and the ZIP64 end records; returns the file's total size. */
  async finish(): Promise<number> {
    if (this.open) throw new Error(`${this.open.info.name} was not ended.`);
    const directoryOffset = this.offset;
    for (const entry of this.written) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(ZIP_SIGNATURES.centralHeader, 0);
      header.writeUInt16LE((3 << 8) | VERSION, 4); // made by Unix, so the mode below is read
      header.writeUInt16LE(VERSION, 6);
      header.writeUInt16LE(FLAG_DATA_DESCRIPTOR, 8);
      header.writeUInt16LE(0, 10);
      header.writeUInt16LE(this.stamp.time, 12);
      header.writeUInt16LE(this.stamp.date, 14);
      header.writeUInt32LE(entry.crc, 16);
      header.writeUInt32LE(UINT32_MAX, 20);
      header.writeUInt32LE(UINT32_MAX, 24);
      header.writeUInt16LE(entry.name.length, 28);
      header.writeUInt16LE(28, 30);
      header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
      header.writeUInt32LE(UINT32_MAX, 42);
      await this.put(Buffer.concat([header, entry.name, zip64Extra([entry.size, entry.size, entry.offset])]));
    }
    const directorySize = this.offset - directoryOffset;
    const zip64EndOffset = this.offset;
    const end = Buffer.alloc(56 + 20 + 22);
    end.writeUInt32LE(ZIP_SIGNATURES.zip64End, 0);
    end.writeBigUInt64LE(44n, 4);
    end.writeUInt16LE((3 << 8) | VERSION, 12);
    end.writeUInt16LE(VERSION, 14);
    end.writeBigUInt64LE(BigInt(this.written.length), 24);
    end.writeBigUInt64LE(BigInt(this.written.length), 32);
    end.writeBigUInt64LE(BigInt(directorySize), 40);
    end.writeBigUInt64LE(BigInt(directoryOffset), 48);
    end.writeUInt32LE(ZIP_SIGNATURES.zip64Locator, 56);
    end.writeBigUInt64LE(BigInt(zip64EndOffset), 64);
    end.writeUInt32LE(1, 72);
    end.writeUInt32LE(ZIP_SIGNATURES.end, 76);
    end.writeUInt16LE(0xffff, 84);
    end.writeUInt16LE(0xffff, 86);
    end.writeUInt32LE(UINT32_MAX, 88);
    end.writeUInt32LE(UINT32_MAX, 92);
    await this.put(end);
    return this.offset;
  }
}
