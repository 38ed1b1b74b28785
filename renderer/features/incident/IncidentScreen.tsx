/**
 * One incident: header and lifecycle, overview, regulatory clocks and timeline on the left, times, roles and impact on
 * the right.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { SplashScreen } from '../../app/SplashScreen';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { liveIncident } from '../../db/incidents/queries';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { ChecklistPanel } from '../checklist/ChecklistPanel';
import { EscalationsPanel } from '../team/EscalationsPanel';
import { ResponseTeamPanel } from '../team/ResponseTeamPanel';
import { ChangePhaseDialog } from './ChangePhaseDialog';
import { ImpactPanel } from './ImpactPanel';
import { IncidentHeader } from './IncidentHeader';
import { IncidentNotFound } from './IncidentNotFound';
import { useIncidentViewStore } from './incidentViewStore';
import { KeyTimesPanel } from './KeyTimesPanel';
import { LifecycleStepper } from './LifecycleStepper';
import { OverviewPanel } from './OverviewPanel';
import { RegulatoryClocksPanel } from '../regulatory/RegulatoryClocksPanel';
import { NotificationPlanPanel } from '../stakeholders/NotificationPlanPanel';
import { FilingsPanel } from '../filings/FilingsPanel';
import { MessagesPanel } from '../filings/MessagesPanel';
import { ReportsPanel } from '../reports/ReportsPanel';
import { ReviewPanel } from '../reviews/ReviewPanel';
import { TimelinePanel } from './TimelinePanel';
import { PracticeIncidentBanner } from '../exercises/PracticeIncidentBanner';
import { LinksPanel } from '../observables/LinksPanel';
import { ObservablesPanel } from '../observables/ObservablesPanel';

export function IncidentScreen({ id }: { readonly id: string }) {
  const db = useDatabase();
  const incident = useLiveQuery(async () => (await liveIncident(db, id)) ?? null, [db, id]);
  const phaseDialog = useIncidentViewStore((state) => state.phaseDialog);
  const closePhaseDialog = useIncidentViewStore((state) => state.closePhaseDialog);
  useDocumentTitle(incident ? `${incident.ref} ${incident.title}` : 'Incident');
  useEffect(() => closePhaseDialog, [closePhaseDialog]);

  if (incident === undefined) return <SplashScreen message="Opening the incident…" />;
  if (incident === null) return <IncidentNotFound />;
  return (
    <div className="screen screen-incident">
      {incident.exercise ? <PracticeIncidentBanner exercise={incident.exercise} /> : null}
      <IncidentHeader incident={incident} />
      <LifecycleStepper incident={incident} />
      <div className="incident-layout">
        <div className="incident-primary">
          <OverviewPanel incident={incident} />
          <RegulatoryClocksPanel incident={incident} />
          <FilingsPanel incident={incident} />
          <MessagesPanel incident={incident} />
          <ChecklistPanel incident={incident} />
          <EvidencePanel incident={incident} />
          <ObservablesPanel incident={incident} />
          <TimelinePanel incident={incident} />
        </div>
        <aside className="incident-secondary" aria-label="Incident details">
          <KeyTimesPanel incident={incident} />
          <NotificationPlanPanel incident={incident} />
          <EscalationsPanel incident={incident} />
          <ResponseTeamPanel incident={incident} />
          <ImpactPanel incident={incident} />
          <LinksPanel incident={incident} />
          <ReviewPanel incident={incident} />
          <ReportsPanel incident={incident} />
        </aside>
      </div>
      {phaseDialog ? <ChangePhaseDialog incident={incident} mode={phaseDialog} onClose={closePhaseDialog} /> : null}
    </div>
  );
}
