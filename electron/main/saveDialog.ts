/** The Electron SaveDialog: a native "Save as" sheet attached to the console window, opening in Documents. */
import path from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, SaveDialogOptions } from 'electron';
import { fileTypeFor } from '../services/dialogs';
import type { ExportMediaType, SaveDialog } from '../services/dialogs';

export function createElectronSaveDialog(currentWindow: () => BrowserWindow | undefined): SaveDialog {
  return {
    async chooseSavePath(suggestedName: string, mediaType: ExportMediaType): Promise<string | undefined> {
      const fileType = fileTypeFor(mediaType);
      const options: SaveDialogOptions = {
        title: 'Save export',
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: fileType.label, extensions: [fileType.extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = currentWindow();
      const result =
        window === undefined ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
      return result.canceled || result.filePath === undefined || result.filePath === '' ? undefined : result.filePath;
    },
  };
}
