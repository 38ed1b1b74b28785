import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../electron/services/atomicWrite';
import { createDirectorySaveDialog } from '../../../electron/services/directorySaveDialog';
import type { SaveDialog } from '../../../electron/services/dialogs';
import { saveExport } from '../../../electron/services/exports';
import { temporaryFolder } from '../helpers';

describe('saveExport', () => {
  it('writes the export where the dialog says and reports its size in bytes', async () => {
    const folder = await temporaryFolder();
    const content = 'reference,title\nINC-1,Prompt injection – ü\n';
    const result = await saveExport(
      { suggestedName: 'incidents', mediaType: 'text/csv', content },
      createDirectorySaveDialog(folder),
    );
    const expectedPath = path.join(folder, 'incidents.csv');
    // Bytes, not characters: "–" and "ü" take more than one byte in UTF-8.
    expect(result).toEqual({ status: 'saved', path: expectedPath, bytes: content.length + 3 });
    expect(await readFile(expectedPath, 'utf8')).toBe(content);
    expect(await readdir(folder)).toEqual(['incidents.csv']);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const cancelling: SaveDialog = { chooseSavePath: async () => undefined };
    expect(
      await saveExport({ suggestedName: 'x.json', mediaType: 'application/json', content: '{}' }, cancelling),
    ).toEqual({
      status: 'cancelled',
    });
  });
});

describe('createDirectorySaveDialog', () => {
  it('never overwrites: a taken name gets the next free one', async () => {
    const folder = await temporaryFolder();
    const dialog = createDirectorySaveDialog(folder);
    await writeFile(path.join(folder, 'report.json'), 'older');
    await writeFile(path.join(folder, 'report (2).json'), 'older');
    expect(await dialog.chooseSavePath('report.json', 'application/json')).toBe(path.join(folder, 'report (3).json'));
  });

  it('creates the output folder and refuses names that leave it', async () => {
    const folder = path.join(await temporaryFolder(), 'Firebreak exports');
    const dialog = createDirectorySaveDialog(folder);
    expect(await dialog.chooseSavePath('notes', 'text/plain')).toBe(path.join(folder, 'notes.txt'));
    for (const name of ['..', '.', '../escape.txt', 'a/b.txt', 'a\\b.txt', 'C:evil.txt', 'nul\0.txt', '  ']) {
      await expect(dialog.chooseSavePath(name, 'text/plain'), name).rejects.toThrow(/not a plain file name/);
    }
  });
});

describe('writeFileAtomically', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    const folder = await temporaryFolder();
    const target = path.join(folder, 'bundle.json');
    await writeFile(target, 'old content');
    expect(await writeFileAtomically(target, 'new')).toBe(3);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['bundle.json']);
  });

  it('explains in words when the folder cannot be written, keeping the old file', async () => {
    const folder = await temporaryFolder();
    await expect(writeFileAtomically(path.join(folder, 'missing', 'x.json'), '{}')).rejects.toThrow(
      `The folder ${path.join(folder, 'missing')} does not exist. Choose another folder.`,
    );
    if (process.getuid?.() !== 0) {
      const locked = path.join(folder, 'locked');
      await mkdir(locked);
      await writeFile(path.join(locked, 'x.json'), 'kept');
      await chmod(locked, 0o555);
      await expect(writeFileAtomically(path.join(locked, 'x.json'), '{}')).rejects.toThrow(/not allowed to write/);
      await chmod(locked, 0o755);
      expect(await readFile(path.join(locked, 'x.json'), 'utf8')).toBe('kept');
    }
  });
});
