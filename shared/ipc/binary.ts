/**
 * Bytes over IPC without base64. A channel whose request or response carries raw bytes declares them as one
 * top-level field named `bytes` (`ipcBytesSchema`: a Uint8Array, size-capped). In Electron the envelope travels by
 * structured clone, which carries a Uint8Array as it is. Over the loopback test host's HTTP (`POST /ipc/<channel>`)
 * such a message travels as an `application/octet-stream` body holding the bytes alone, with the rest of the message
 * — small JSON — percent-encoded in the `X-Firebreak-Ipc` header (`splitBytes`/`joinBytes`), so neither side ever
 * builds, parses or keeps a base64 string of the data. The receiving side puts the two back together and validates
 * the whole message with the channel's zod schema, exactly like a JSON message.
 */
import { z } from 'zod';

/** The field that carries a message's bytes. */
export const IPC_BYTES_FIELD = 'bytes';
/** The header that carries the rest of a binary message over HTTP. */
export const IPC_BINARY_HEADER = 'X-Firebreak-Ipc';
/** The content type of a binary message over HTTP. */
export const IPC_BINARY_CONTENT_TYPE = 'application/octet-stream';
/** The longest the header may be (Node refuses request headers past 16 KiB in all). */
export const IPC_BINARY_HEADER_MAX = 8 * 1024;

/** A Uint8Array (a Node Buffer is one), whatever realm made it: preload, page and host each have their own. */
export function isIpcBytes(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/** Raw bytes of at most `maxBytes`, described as `what` in refusals. */
export function ipcBytesSchema(maxBytes: number, what: string) {
  return z
    .custom<Uint8Array>(isIpcBytes, { message: `${what} must be sent as bytes.` })
    .refine((bytes) => bytes.byteLength <= maxBytes, {
      message: `${what} is larger than ${Math.round(maxBytes / (1024 * 1024))} MiB.`,
    });
}

/** A message without its bytes, and the bytes, when it carries any; otherwise undefined. */
export function splitBytes(message: unknown): { readonly rest: object; readonly bytes: Uint8Array } | undefined {
  if (typeof message !== 'object' || message === null || !Object.hasOwn(message, IPC_BYTES_FIELD)) return undefined;
  const { [IPC_BYTES_FIELD]: bytes, ...rest } = message as Record<string, unknown>;
  return isIpcBytes(bytes) ? { rest, bytes } : undefined;
}

/** The header value for a message's non-byte part. */
export function encodeIpcHeader(rest: object): string {
  return encodeURIComponent(JSON.stringify(rest));
}

/** Reads a header made by `encodeIpcHeader`; undefined when it is missing, too long or not a JSON object. */
export function decodeIpcHeader(header: string | null | undefined): Record<string, unknown> | undefined {
  if (typeof header !== 'string' || header.length > IPC_BINARY_HEADER_MAX) return undefined;
  try {
    const value: unknown = JSON.parse(decodeURIComponent(header));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Puts the bytes back into the message read from the header (a bytes field in the header itself is replaced). */
export function joinBytes(rest: Record<string, unknown>, bytes: Uint8Array): Record<string, unknown> {
  return { ...rest, [IPC_BYTES_FIELD]: bytes };
}
