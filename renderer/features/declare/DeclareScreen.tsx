/** Declaring an incident: the form, then the new incident's page with a toast naming its reference. */
import { useMemo } from 'react';
import { declareIncident } from '../../db/incidents/incidents';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate, useRouteStore } from '../../app/routeStore';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { showToast } from '../../ui/toastStore';
import { emptyIncidentValues } from './incidentFormValues';
import { IncidentForm } from './IncidentForm';

export function DeclareScreen() {
  useDocumentTitle('Declare incident');
  const db = useDatabase();
  const { actor, profile } = useSession();
  const defaults = useMemo(() => emptyIncidentValues(), []);
  return (
    <div className="screen screen-form">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>Declare an incident</h1>
          <p className="screen-subtitle">
            Declared by {profile.name}. A reference such as INC-2026-0042 is assigned when you declare; everything can
            be refined afterwards.
          </p>
        </div>
      </header>
      <IncidentForm
        defaultValues={defaults}
        submitLabel="Declare incident"
        onCancel={() => navigate({ name: 'register' })}
        onSubmit={async (draft) => {
          const incident = await declareIncident(db, actor, draft);
          useRouteStore.getState().setGuarded(false);
          navigate({ name: 'incident', id: incident.id });
          showToast('success', `Declared ${incident.ref}: ${incident.title}`);
        }}
      />
    </div>
  );
}
