/** Editing an incident with the declare form; the change is recorded on the timeline field by field. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { editIncident } from '../../db/incidents/incidents';
import { liveIncident } from '../../db/incidents/queries';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate, useRouteStore } from '../../app/routeStore';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { showToast } from '../../ui/toastStore';
import { IncidentNotFound } from '../incident/IncidentNotFound';
import { SplashScreen } from '../../app/SplashScreen';
import { incidentValues } from './incidentFormValues';
import { IncidentForm } from './IncidentForm';

function EditForm({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const { actor } = useSession();
  // The form starts from the record as it was when opened; later writes do not reset what is being typed.
  const [defaults] = useState(() => incidentValues(incident));
  const back = (): void => navigate({ name: 'incident', id: incident.id });
  return (
    <IncidentForm
      defaultValues={defaults}
      submitLabel="Save changes"
      onCancel={back}
      onSubmit={async (draft) => {
        const saved = await editIncident(db, actor, incident.id, draft);
        useRouteStore.getState().setGuarded(false);
        back();
        if (saved.rev === incident.rev) showToast('info', 'Nothing had changed, so nothing was saved.');
        else showToast('success', `Saved changes to ${saved.ref}.`);
      }}
    />
  );
}

export function EditIncidentScreen({ id }: { readonly id: string }) {
  const db = useDatabase();
  const incident = useLiveQuery(async () => (await liveIncident(db, id)) ?? null, [db, id]);
  useDocumentTitle(incident ? `Edit ${incident.ref}` : 'Edit incident');
  if (incident === undefined) return <SplashScreen message="Opening the incident…" />;
  if (incident === null) return <IncidentNotFound />;
  return (
    <div className="screen screen-form">
      <header className="screen-header">
        <div className="screen-heading">
          <p className="screen-eyebrow mono">{incident.ref}</p>
          <h1>Edit incident</h1>
          <p className="screen-subtitle">Every change is recorded on the timeline with its before and after.</p>
        </div>
      </header>
      <EditForm incident={incident} />
    </div>
  );
}
