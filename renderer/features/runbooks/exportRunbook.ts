/** Saves a runbook version as a shareable JSON file through the host's one export channel. */
import { runbookFile, type RunbookContent } from '../../../shared/domain/runbooks/runbook';
import { hostClient } from '../../host/hostClient';
import { showToast } from '../../ui/toastStore';

function fileName(title: string, version: number): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `runbook-${slug || 'untitled'}-v${version}.json`;
}

export async function exportRunbook(runbook: RunbookContent & { readonly version: number }): Promise<void> {
  const result = await hostClient().invoke('files:saveExport', {
    suggestedName: fileName(runbook.title, runbook.version),
    mediaType: 'application/json',
    content: `${JSON.stringify(runbookFile(runbook), null, 2)}\n`,
  });
  if (!result.ok) showToast('error', result.error.message);
  else if (result.value.status === 'saved') showToast('success', `Runbook exported to ${result.value.path}`);
}
