/**
 * One incident: header and lifecycle, overview, regulatory clocks and timeline on the left, times, roles and impact on
 * the right.
 *
 * One frame per write: the incident is read again after every write that touches it, and many writes only re-stamp
 * it (a timeline entry or a checklist step bumps its revision so other windows see the change). The fields of a new
 * read that equal the last one keep the last one's objects (`shareUnchanged`), and every panel is memoised on the
 * incident's fields but its stamps (`sameExcept`), so a re-stamp re-renders no panel. A phase change writes only the
 * lifecycle fields (phase, phaseEnteredAt): each panel says how much of them it shows — all of it (header, stepper,
 * checklist, key times), only whether the incident is closed (panels that stop offering changes then), or nothing —
 * so a phase change re-renders the panels that show the phase and no others. Each panel's own lists (checklist rows,
 * timeline entries) are memoised on their rows in turn.
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
/** The stamps and the fields a phase change writes (see `phaseChange` in db/incidents/incidents.ts). */
const STAMPS_AND_LIFECYCLE: ReadonlySet<string> = new Set([...STAMPS, 'phase', 'phaseEnteredAt']);

interface PanelProps {
  readonly incident: Incident;
}

/**
 * How much of the lifecycle a panel (and every dialog it opens) reads: `phase` — the phase or when each began;
 * `closed` — only whether the incident is closed; `none` — neither, so a phase change leaves it as it is.
 */
type LifecycleShown = 'phase' | 'closed' | 'none';

const SAME_PROPS: Readonly<Record<LifecycleShown, (a: PanelProps, b: PanelProps) => boolean>> = {
  phase: (a, b) => sameExcept(a.incident, b.incident, STAMPS),
  closed: (a, b) =>
    (a.incident.phase === 'closed') === (b.incident.phase === 'closed') &&
    sameExcept(a.incident, b.incident, STAMPS_AND_LIFECYCLE),
  none: (a, b) => sameExcept(a.incident, b.incident, STAMPS_AND_LIFECYCLE),
};

/** A panel of the page, memoised on the incident's body and the part of its lifecycle it shows (see the top). */
function panel(Component: ComponentType<PanelProps>, shows: LifecycleShown): ComponentType<PanelProps> {
  return memo(Component, SAME_PROPS[shows]);
}

const Header = panel(IncidentHeader, 'phase');
const Stepper = panel(LifecycleStepper, 'phase');
const Overview = panel(OverviewPanel, 'none');
const RegulatoryClocks = panel(RegulatoryClocksPanel, 'none');
const Filings = panel(FilingsPanel, 'none');
const Messages = panel(MessagesPanel, 'none');
const Checklist = panel(ChecklistPanel, 'phase');
const Evidence = panel(EvidencePanel, 'none');
const Observables = panel(ObservablesPanel, 'closed');
const Timeline = panel(TimelinePanel, 'closed');
const KeyTimes = panel(KeyTimesPanel, 'phase');
const NotificationPlan = panel(NotificationPlanPanel, 'none');
const Escalations = panel(EscalationsPanel, 'closed');
const ResponseTeam = panel(ResponseTeamPanel, 'closed');
const Impact = panel(ImpactPanel, 'none');
const Links = panel(LinksPanel, 'none');
const Review = panel(ReviewPanel, 'none');
const Reports = panel(ReportsPanel, 'none');

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
