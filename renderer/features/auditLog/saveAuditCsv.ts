/** Saves the audit log view as CSV through the host's one export channel (a save dialog in the app). */
import { auditLogCsv, type AuditLogRow } from '../../../shared/domain/auditLog/view';
import { hostClient } from '../../host/hostClient';
import { showToast } from '../../ui/toastStore';

export async function saveAuditCsv(rows: readonly AuditLogRow[], day: string): Promise<void> {
  const result = await hostClient().invoke('files:saveExport', {
    suggestedName: `audit-log-${day}.csv`,
    mediaType: 'text/csv',
    content: auditLogCsv(rows),
  });
  if (!result.ok) showToast('error', result.error.message);
  else if (result.value.status === 'saved') showToast('success', `Saved ${result.value.path}`);
}
