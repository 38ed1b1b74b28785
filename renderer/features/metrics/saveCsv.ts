/** Saves a table as a CSV file through the host's one export channel (a save dialog in the app). */
import { toCsv } from '../../../shared/csv';
import { safeFileName } from '../../../shared/ipc/fileName';
import { hostClient } from '../../host/hostClient';
import { showToast } from '../../ui/toastStore';

export async function saveCsv(name: string, header: readonly string[], rows: ReadonlyArray<readonly string[]>) {
  const result = await hostClient().invoke('files:saveExport', {
    suggestedName: safeFileName(`${name}.csv`, 'metrics.csv'),
    mediaType: 'text/csv',
    content: toCsv(header, rows),
  });
  if (!result.ok) showToast('error', result.error.message);
  else if (result.value.status === 'saved') showToast('success', `Saved ${result.value.path}`);
}
