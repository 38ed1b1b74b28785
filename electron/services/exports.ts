/** Answers 'files:saveExport': asks the SaveDialog where to put the export, then writes it atomically. */
import type { SaveExportRequest, SaveExportResult } from '../../shared/ipc/files';
import { writeFileAtomically } from './atomicWrite';
import type { SaveDialog } from './dialogs';

export async function saveExport(request: SaveExportRequest, dialog: SaveDialog): Promise<SaveExportResult> {
  const targetPath = await dialog.chooseSavePath(request.suggestedName, request.mediaType);
  if (targetPath === undefined) {
    return { status: 'cancelled' };
  }
  const bytes = await writeFileAtomically(targetPath, request.content);
  return { status: 'saved', path: targetPath, bytes };
}
