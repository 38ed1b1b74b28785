/**
 * Writes a file so that readers see either the old file or the whole new one, never half of it: the bytes go to a
 * temporary file in the same folder (same file system, so the rename is atomic), are flushed, then renamed over the
 * target. A failure removes the temporary file and reports the problem in words.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomically(targetPath: string, content: string | Uint8Array): Promise<number> {
  const directory = path.dirname(targetPath);
  const tempPath = path.join(directory, `.${path.basename(targetPath)}.${randomBytes(6).toString('hex')}.partial`);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  try {
    const handle = await open(tempPath, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, targetPath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw new Error(describeWriteError(error, targetPath), { cause: error });
  }
  return bytes.byteLength;
}

/** Turns a file system error code into a sentence that says what went wrong and what to do. */
export function describeWriteError(error: unknown, targetPath: string): string {
  const folder = path.dirname(targetPath);
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk holding ${folder} is full. Free some space or choose another folder.`;
    case 'EACCES':
    case 'EPERM':
      return `Firebreak is not allowed to write to ${folder}. Choose another folder.`;
    case 'EROFS':
      return `${folder} is on a read-only disk. Choose another folder.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder ${folder} does not exist. Choose another folder.`;
    case 'EISDIR':
      return `${targetPath} is a folder, not a file. Choose another name.`;
    default:
      return `Could not write ${targetPath}${error instanceof Error ? ` (${error.message})` : ''}.`;
  }
}
