/**
 * The one question the host asks a person before it writes a file: where. Electron answers it with a native save
 * dialog; the loopback test host answers it with a configured output directory. Services depend only on this.
 */
import type { SaveExportRequest } from '../../shared/ipc/files';

export type ExportMediaType = SaveExportRequest['mediaType'];

export interface SaveDialog {
  /** Resolves to an absolute file path, or `undefined` when the person cancels. */
  chooseSavePath(suggestedName: string, mediaType: ExportMediaType): Promise<string | undefined>;
}

const EXTENSIONS: Readonly<Record<ExportMediaType, { readonly extension: string; readonly label: string }>> = {
  'application/json': { extension: 'json', label: 'JSON' },
  'text/csv': { extension: 'csv', label: 'CSV' },
  'text/plain': { extension: 'txt', label: 'Text' },
  'application/octet-stream': { extension: 'bin', label: 'Evidence file' },
  'application/pdf': { extension: 'pdf', label: 'PDF' },
};

export function fileTypeFor(mediaType: ExportMediaType): { readonly extension: string; readonly label: string } {
  return EXTENSIONS[mediaType];
}
