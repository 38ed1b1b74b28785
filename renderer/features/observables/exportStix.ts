/** Saves an incident's observables as a STIX 2.1 bundle through the host's one export channel (a save dialog). */
import type { Incident } from '../../../shared/domain/incidents/incident';
import type { Observable } from '../../../shared/domain/observables/observable';
import { stixBundleOf } from '../../../shared/domain/observables/stix';
import { nowIso } from '../../../shared/domain/time';
import { safeFileName } from '../../../shared/ipc/fileName';
import { hostClient } from '../../host/hostClient';
import { showToast } from '../../ui/toastStore';

export async function exportStix(incident: Incident, observables: readonly Observable[]): Promise<void> {
  const bundle = stixBundleOf(incident, observables, nowIso());
  const result = await hostClient().invoke('files:saveExport', {
    suggestedName: safeFileName(`${incident.ref} observables.stix.json`, 'observables.stix.json'),
    mediaType: 'application/json',
    content: JSON.stringify(bundle, null, 2),
  });
  if (!result.ok) showToast('error', result.error.message);
  else if (result.value.status === 'saved') {
    showToast('success', `Saved ${observables.length} indicators as STIX 2.1 to ${result.value.path}`);
  }
}
