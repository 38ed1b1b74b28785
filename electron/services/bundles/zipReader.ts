/**
 * A strict reader for the ZIP profile `zipWriter.ts` writes, and nothing looser: stored entries with ZIP64 sizes and
 * a ZIP64 data descriptor, laid end to end from byte 0, then the central directory, the ZIP64 end records and an end
 * record with no comment, with no byte unaccounted for. Every size and offset is checked against the file's real
 * size before anything is allocated, so a forged count or size cannot make it allocate or read beyond the file.
 *
 * It refuses, in words: truncated or padded files, compressed or encrypted entries, symlinks and other non-regular
 * entries, overlapping or hidden entries (a local header the directory does not point at), a local header that
 * disagrees with the directory, duplicate names (also when they differ only by case), unsafe names
 * (`entryNameRefusal`), and more entries or a larger directory than the caps. Content (CRC, SHA-256) is checked
 * while an entry is streamed (`streamEntry`); whether the entries are the right ones is the bundle verifier's job.
 */
import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { entryNameRefusal } from '../../../shared/domain/bundles/entryNames';
import { ExplainedError } from '../../../shared/errors';
import { ZIP_SIGNATURES } from './zipWriter';

/** A bundle that fails a check; nothing was written anywhere. The message says which check, in words. */
export class BundleRefusedError extends ExplainedError {
  override name = 'BundleRefusedError';
}

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxDirectoryBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 200_000, maxDirectoryBytes: 64 * 1024 * 1024 };

export interface ZipEntry {
  readonly name: string;
  readonly size: number;
  readonly crc: number;
  /** Where the entry's bytes start in the file. */
  readonly dataOffset: number;
}

const END_BYTES = 22;
const LOCATOR_BYTES = 20;
const ZIP64_END_BYTES = 56;
const DESCRIPTOR_BYTES = 24;

function refuse(message: string): never {
  throw new BundleRefusedError(message);
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  // Every byte is overwritten, or the read is refused: no need to zero the buffer first.
  const buffer = Buffer.allocUnsafe(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead !== length) refuse('The bundle is truncated: it ends in the middle of its ZIP structure.');
  return buffer;
}

function safeInteger(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) refuse(`The bundle declares an impossible ${what}.`);
  return Number(value);
}

async function readDirectoryLocation(file: FileHandle, fileSize: number, limits: ZipLimits) {
  const tail = END_BYTES + LOCATOR_BYTES + ZIP64_END_BYTES;
  if (fileSize < tail) refuse('The bundle is truncated or is not a ZIP file.');
  const end = await readAt(file, fileSize - tail, tail);
  if (end.readUInt32LE(76) !== ZIP_SIGNATURES.end || end.readUInt16LE(96) !== 0)
    refuse('The bundle is truncated, has bytes after its end, or is not a ZIP file.');
  if (end.readUInt32LE(56) !== ZIP_SIGNATURES.zip64Locator || end.readUInt32LE(0) !== ZIP_SIGNATURES.zip64End)
    refuse('The bundle is not a ZIP64 file as Firebreak writes them.');
  if (safeInteger(end.readBigUInt64LE(64), 'ZIP64 end offset') !== fileSize - tail)
    refuse('The bundle has bytes where its ZIP64 end record should be.');
  const count = safeInteger(end.readBigUInt64LE(32), 'entry count');
  const directorySize = safeInteger(end.readBigUInt64LE(40), 'directory size');
  const directoryOffset = safeInteger(end.readBigUInt64LE(48), 'directory offset');
  if (count > limits.maxEntries) refuse(`The bundle has ${count} entries; at most ${limits.maxEntries} are accepted.`);
  if (directorySize > limits.maxDirectoryBytes) refuse('The bundle has a directory larger than any bundle needs.');
  if (directoryOffset + directorySize !== fileSize - tail)
    refuse('The bundle is truncated or has hidden bytes: its directory does not end where its end records start.');
  return { count, directorySize, directoryOffset };
}

function zip64Values(extra: Buffer, count: number, name: string): number[] {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      if (size !== 8 * count || at + 4 + size > extra.length) break;
      return Array.from({ length: count }, (_, index) =>
        safeInteger(extra.readBigUInt64LE(at + 4 + 8 * index), `size for ${name}`),
      );
    }
    at += 4 + size;
  }
  return refuse(`${name} lacks the ZIP64 sizes every bundle entry carries.`);
}

interface DirectoryRecord {
  readonly name: string;
  readonly size: number;
  readonly crc: number;
  readonly offset: number;
}

function parseDirectory(directory: Buffer, count: number): DirectoryRecord[] {
  const records: DirectoryRecord[] = [];
  const folded = new Set<string>();
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== ZIP_SIGNATURES.centralHeader)
      refuse('The bundle directory is damaged: it holds fewer entries than it declares.');
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > directory.length) refuse('The bundle directory is damaged: an entry runs past its end.');
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    const shown = JSON.stringify(name.slice(0, 120));
    const nameRefusal = entryNameRefusal(name);
    if (nameRefusal) refuse(nameRefusal);
    if (folded.has(name.toLowerCase()))
      refuse(`The bundle holds the entry ${shown} twice (names that differ only by case count as the same).`);
    folded.add(name.toLowerCase());
    const flags = directory.readUInt16LE(at + 8);
    if (flags & 0x0001) refuse(`The entry ${shown} is encrypted inside the ZIP; bundles never are.`);
    if (directory.readUInt16LE(at + 10) !== 0) refuse(`The entry ${shown} is compressed; bundle entries are stored.`);
    const fileType = (directory.readUInt32LE(at + 38) >>> 16) & 0o170000;
    if (directory.readUInt8(at + 5) === 3 && fileType !== 0o100000 && fileType !== 0)
      refuse(`The entry ${shown} is a link or a special file, not a plain file.`);
    const [size = 0, compressedSize = 0, offset = 0] = zip64Values(
      directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength),
      3,
      shown,
    );
    if (size !== compressedSize) refuse(`The entry ${shown} declares two different sizes.`);
    records.push({ name, size, crc: directory.readUInt32LE(at + 16), offset });
    at = next;
  }
  if (at !== directory.length) refuse('The bundle directory has bytes after its last entry.');
  return records;
}

/** Reads and checks a bundle's ZIP structure; returns the entries in file order. Reads no entry's content. */
export async function readZipEntries(file: FileHandle, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipEntry[]> {
  const fileSize = (await file.stat()).size;
  const { count, directorySize, directoryOffset } = await readDirectoryLocation(file, fileSize, limits);
  const records = parseDirectory(await readAt(file, directoryOffset, directorySize), count);
  const entries: ZipEntry[] = [];
  let cursor = 0;
  for (const record of records) {
    const shown = JSON.stringify(record.name);
    if (record.offset !== cursor)
      refuse(`The entry ${shown} is not where the one before it ends: the bundle has hidden or overlapping data.`);
    const header = await readAt(file, cursor, 30);
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const local = await readAt(file, cursor + 30, nameLength + extraLength);
    if (header.readUInt32LE(0) !== ZIP_SIGNATURES.localHeader || local.toString('utf8', 0, nameLength) !== record.name)
      refuse(`The local header of ${shown} does not match the bundle directory.`);
    if (header.readUInt16LE(8) !== 0 || (header.readUInt16LE(6) & 0x0008) === 0)
      refuse(`The entry ${shown} is not stored with a data descriptor as bundle entries are.`);
    const dataOffset = cursor + 30 + nameLength + extraLength;
    const descriptorOffset = dataOffset + record.size;
    if (descriptorOffset + DESCRIPTOR_BYTES > directoryOffset)
      refuse(`The entry ${shown} claims more bytes than the bundle holds.`);
    const descriptor = await readAt(file, descriptorOffset, DESCRIPTOR_BYTES);
    if (
      descriptor.readUInt32LE(0) !== ZIP_SIGNATURES.dataDescriptor ||
      descriptor.readUInt32LE(4) !== record.crc ||
      descriptor.readBigUInt64LE(8) !== BigInt(record.size) ||
      descriptor.readBigUInt64LE(16) !== BigInt(record.size)
    )
      refuse(`The data descriptor of ${shown} does not match the bundle directory.`);
    entries.push({ name: record.name, size: record.size, crc: record.crc, dataOffset });
    cursor = descriptorOffset + DESCRIPTOR_BYTES;
  }
  if (cursor !== directoryOffset) refuse('The bundle has bytes between its last entry and its directory.');
  return entries;
}

/** Streams an entry's bytes in chunks, checking its CRC-32 at the end (the SHA-256 is the caller's to check). */
export async function* streamEntry(
  file: FileHandle,
  entry: ZipEntry,
  chunkSize = 4 * 1024 * 1024,
): AsyncIterable<Buffer> {
  let crc = 0;
  for (let done = 0; done < entry.size;) {
    const chunk = await readAt(file, entry.dataOffset + done, Math.min(chunkSize, entry.size - done));
    crc = crc32(chunk, crc);
    done += chunk.length;
    yield chunk;
  }
  if (crc !== entry.crc) refuse(`${entry.name} is damaged: its CRC-32 does not match.`);
}

/** An entry read whole, for the small fixed entries only; refuses one larger than `maxBytes` before reading it. */
export async function readSmallEntry(file: FileHandle, entry: ZipEntry, maxBytes: number): Promise<Buffer> {
  if (entry.size > maxBytes) refuse(`${entry.name} is ${entry.size} bytes; at most ${maxBytes} are accepted.`);
  const chunks: Buffer[] = [];
  for await (const chunk of streamEntry(file, entry)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
