/**
 * Editing an incident with the declare form; the change is recorded on the timeline field by field. Lowering the
 * severity asks why first (it shortens escalations, notifications and clocks); the reason goes on the timeline.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { editIncident } from '../../db/incidents/incidents';
import { liveIncident } from '../../db/incidents/queries';
import type { Incident, IncidentDraft } from '../../../shared/domain/incidents/incident';
import { isSeverityLowered, severityReasonSchema } from '../../../shared/domain/incidents/lifecycle';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { useReasonedAction } from '../../ui/useReasonedAction';
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
  const [lowering, setLowering] = useState<IncidentDraft | null>(null);
  const save = async (draft: IncidentDraft, severityReason = ''): Promise<void> => {
    const saved = await editIncident(db, actor, incident.id, draft, severityReason);
    useRouteStore.getState().setGuarded(false);
    back();
    if (saved.rev === incident.rev) showToast('info', 'Nothing had changed, so nothing was saved.');
    else showToast('success', `Saved changes to ${saved.ref}.`);
  };
  const reasoned = useReasonedAction(
    (reason) => (lowering ? save(lowering, reason) : Promise.resolve()),
    () => setLowering(null),
  );
  return (
    <>
      <IncidentForm
        defaultValues={defaults}
        submitLabel="Save changes"
        onCancel={back}
        onSubmit={async (draft) => {
          if (isSeverityLowered(incident.severity, draft.severity)) setLowering(draft);
          else await save(draft);
        }}
      />
      {lowering ? (
        <ReasonDialog
          title={`Lower the severity from ${incident.severity} to ${lowering.severity}?`}
          description="Lowering the severity changes who must be engaged and told, and by when. The reason goes on the timeline and in the audit log."
          fieldLabel="Why the severity is lowered"
          confirmLabel="Lower severity and save"
          textSchema={severityReasonSchema}
          error={reasoned.problem}
          busy={reasoned.busy}
          onConfirm={reasoned.run}
          onClose={() => setLowering(null)}
        />
      ) : null}
    </>
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
