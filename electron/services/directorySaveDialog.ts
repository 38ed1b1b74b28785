/**
 * A SaveDialog with no person in front of it: every export lands in one configured folder. Used by the loopback test
 * host. The suggested name may not leave the folder, and an existing file is never overwritten: the export gets the
 * next free name instead ("report (2).json"), as a careful person at a real dialog would choose.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFor } from './dialogs';
import type { ExportMediaType, SaveDialog } from './dialogs';

export function createDirectorySaveDialog(outputDir: string): SaveDialog {
  const folder = path.resolve(outputDir);
  return {
    async chooseSavePath(suggestedName: string, mediaType: ExportMediaType): Promise<string> {
      const fileName = withExtension(safeFileName(suggestedName), fileTypeFor(mediaType).extension);
      await mkdir(folder, { recursive: true });
      return firstFreePath(folder, fileName);
    },
  };
}

/** Refuses any name that would resolve outside the folder (separators, `..`, drive letters, NUL). */
export function safeFileName(name: string): string {
  const trimmed = name.trim();
  const refused =
    trimmed.length === 0 ||
    trimmed === '.' ||
    trimmed === '..' ||
    /[\\/:]/.test(trimmed) ||
    trimmed.includes('\0') ||
    path.basename(trimmed) !== trimmed;
  if (refused) {
    throw new Error(`"${name}" is not a plain file name; an export may not leave its folder.`);
  }
  return trimmed;
}

function withExtension(fileName: string, extension: string): string {
  return path.extname(fileName).length > 0 ? fileName : `${fileName}.${extension}`;
}

async function firstFreePath(folder: string, fileName: string): Promise<string> {
  const extension = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  for (let attempt = 1; attempt <= 1000; attempt += 1) {
    const candidate = path.join(folder, attempt === 1 ? fileName : `${stem} (${attempt})${extension}`);
    if (!(await exists(candidate))) {
      return candidate;
    }
  }
  throw new Error(`${folder} already holds 1000 files named like ${fileName}. Move some away and try again.`);
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await stat(filePath);
    return true;
  } catch {
    return false;
  }
}
