/**
 * One incident: header and lifecycle, overview, regulatory clocks and timeline on the left, times, roles and impact on
 * the right.
 *
 * One frame per write: the incident is read again after every write that touches it, and many writes only re-stamp
 * it (a timeline entry or a checklist step bumps its revision so other windows see the change). The fields of a new
 * read that equal the last one keep the last one's objects (`shareUnchanged`), and every panel is memoised on the
 * incident's fields but its stamps (`sameExcept`), so a re-stamp re-renders no panel and a phase change re-renders
 * only the panels whose props changed — each panel's own lists (checklist rows, timeline entries) are memoised on
 * their rows in turn.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { shareUnchanged, sameExcept } from '../../../shared/domain/structuralSharing';
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

/** The fields every write stamps: no panel shows them, so a write that only re-stamps the incident re-renders none. */
const STAMPS: ReadonlySet<string> = new Set(['rev', 'hlc', 'updatedAt', 'updatedBy', 'updatedById']);

interface PanelProps {
  readonly incident: Incident;
}

function samePanelProps(a: PanelProps, b: PanelProps): boolean {
  return sameExcept(a.incident, b.incident, STAMPS);
}

/** A panel of the page, memoised on the incident's body (see the note at the top). */
function panel(Component: ComponentType<PanelProps>): ComponentType<PanelProps> {
  return memo(Component, samePanelProps);
}

const Header = panel(IncidentHeader);
const Stepper = panel(LifecycleStepper);
const Overview = panel(OverviewPanel);
const RegulatoryClocks = panel(RegulatoryClocksPanel);
const Filings = panel(FilingsPanel);
const Messages = panel(MessagesPanel);
const Checklist = panel(ChecklistPanel);
const Evidence = panel(EvidencePanel);
const Observables = panel(ObservablesPanel);
const Timeline = panel(TimelinePanel);
const KeyTimes = panel(KeyTimesPanel);
const NotificationPlan = panel(NotificationPlanPanel);
const Escalations = panel(EscalationsPanel);
const ResponseTeam = panel(ResponseTeamPanel);
const Impact = panel(ImpactPanel);
const Links = panel(LinksPanel);
const Review = panel(ReviewPanel);
const Reports = panel(ReportsPanel);

export function IncidentScreen({ id }: { readonly id: string }) {
  const db = useDatabase();
  // The last read, so the next one shares its unchanged fields (written by the live query and by a committed write,
  // never in render).
  const last = useRef<Incident | null>(null);
  // An incident this window has just committed (a phase change), shown at once instead of after the live query has
  // read it again; the live read replaces it once it holds that revision (sharing its fields, so nothing re-renders).
  const [committed, setCommitted] = useState<Incident | null>(null);
  const showCommitted = useCallback((next: Incident) => {
    const shared = last.current?.id === next.id ? shareUnchanged(last.current, next) : next;
    last.current = shared;
    setCommitted(shared);
  }, []);
  const read = useLiveQuery(async () => {
    const fresh = (await liveIncident(db, id)) ?? null;
    const shared = fresh && last.current?.id === fresh.id ? shareUnchanged(last.current, fresh) : fresh;
    last.current = shared;
    return shared;
  }, [db, id]);
  const incident = read && committed?.id === read.id && committed.rev > read.rev ? committed : read;
  const phaseDialog = useIncidentViewStore((state) => state.phaseDialog);
  const closePhaseDialog = useIncidentViewStore((state) => state.closePhaseDialog);
  useDocumentTitle(incident ? `${incident.ref} ${incident.title}` : 'Incident');
  useEffect(() => closePhaseDialog, [closePhaseDialog]);

  if (incident === undefined) return <SplashScreen message="Opening the incident…" />;
  if (incident === null) return <IncidentNotFound />;
  return (
    <div className="screen screen-incident">
      {incident.exercise ? <PracticeIncidentBanner exercise={incident.exercise} /> : null}
      <Header incident={incident} />
      <Stepper incident={incident} />
      <div className="incident-layout">
        <div className="incident-primary">
          <Overview incident={incident} />
          <RegulatoryClocks incident={incident} />
          <Filings incident={incident} />
          <Messages incident={incident} />
          <Checklist incident={incident} />
          <Evidence incident={incident} />
          <Observables incident={incident} />
          <Timeline incident={incident} />
        </div>
        <aside className="incident-secondary" aria-label="Incident details">
          <KeyTimes incident={incident} />
          <NotificationPlan incident={incident} />
          <Escalations incident={incident} />
          <ResponseTeam incident={incident} />
          <Impact incident={incident} />
          <Links incident={incident} />
          <Review incident={incident} />
          <Reports incident={incident} />
        </aside>
      </div>
      {phaseDialog ? (
        <ChangePhaseDialog
          incident={incident}
          mode={phaseDialog}
          onClose={closePhaseDialog}
          onChanged={showCommitted}
        />
      ) : null}
    </div>
  );
}
