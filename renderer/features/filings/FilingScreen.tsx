/**
 * One regulatory filing: the regime's required content item by item (pre-filled, editable, each with the provision
 * it answers), what is still missing before export, the deadline, approval by the incident's legal role, the signed
 * PDF through the reports pipeline, and recording the submission with the authority's reference (which starts the
 * next stage's clock). A submitted filing is read-only; legal review mode hides every change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { FILING_STATUS_LABELS, legalApprovalRefusal, type Filing } from '../../../shared/domain/filings/filing';
import { filingKindOf, missingItems, type FilingKind } from '../../../shared/domain/filings/requirements';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { incidentRegulatoryClocks } from '../../../shared/domain/regulatory/incidentClocks';
import type { RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';
import { FILING_REPORT_LABEL } from '../../../shared/reports/filingReport';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { SplashScreen } from '../../app/SplashScreen';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useReadOnly } from '../../app/useLegalReview';
import { approveFiling, isLate, saveFiling } from '../../db/filings/filings';
import { liveFiling } from '../../db/filings/queries';
import { liveIncident } from '../../db/incidents/queries';
import { liveRegulatoryProfile } from '../../db/regulatory/queries';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import { regimeName } from '../regulatory/regimeLabels';
import type { DocumentContext } from '../reports/useReportRender';
import { filingDocument } from './filingReportSource';
import { FilingSubmissionDialog } from './FilingSubmissionDialog';
import { SignedDocumentDialog } from './SignedDocumentDialog';

interface Loaded {
  readonly filing: Filing;
  readonly incident: Incident;
  readonly profile: RegulatoryProfile | undefined;
}

export function FilingScreen({ filingId }: { readonly filingId: string }) {
  const db = useDatabase();
  const data = useLiveQuery(async (): Promise<Loaded | null> => {
    const filing = await liveFiling(db, filingId);
    const incident = filing ? await liveIncident(db, filing.subject.id) : undefined;
    if (!filing || !incident) return null;
    return { filing, incident, profile: await liveRegulatoryProfile(db, incident.id) };
  }, [db, filingId]);
  useDocumentTitle(data ? `${data.filing.ref} filing` : 'Filing');
  if (data === undefined) return <SplashScreen message="Opening the filing…" />;
  const kind = data ? filingKindOf(data.filing.regime, data.filing.stage) : undefined;
  if (data === null || kind === undefined) {
    return (
      <div className="screen">
        <EmptyState title="This filing is not here" icon="alert">
          It may have been removed. Open the incident and draft the filing again from its Filings panel.
        </EmptyState>
      </div>
    );
  }
  // Keyed by revision: a saved (or synced) change reloads the form from the stored items.
  return <FilingView key={`${data.filing.id}:${data.filing.rev}`} {...data} kind={kind} />;
}

function FilingView({ filing, incident, profile, kind }: Loaded & { readonly kind: FilingKind }) {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  const [items, setItems] = useState<Record<string, string>>(() => ({ ...filing.items }));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<'pdf' | 'submit' | undefined>();
  const clock = incidentRegulatoryClocks(incident, profile).find(
    (candidate) => candidate.regime === filing.regime && candidate.stage === filing.stage,
  );
  const late = isLate(clock?.dueAt ?? null, filing.submission?.submittedAt, new Date().toISOString());
  const missing = missingItems(kind, items, late);
  const dirty = kind.items.some((item) => (items[item.id] ?? '') !== (filing.items[item.id] ?? ''));
  const editable = !readOnly && filing.status !== 'submitted';
  const approvalRefusal = legalApprovalRefusal(incident, actor.personId);
  const build = useCallback((context: DocumentContext) => filingDocument(db, filing, context), [db, filing]);

  const act = async (action: () => Promise<unknown>, done: string) => {
    setError(undefined);
    setBusy(true);
    try {
      await action();
      showToast('success', done);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="screen screen-form screen-filing">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>
            Filing {filing.ref}{' '}
            <Badge
              tone={filing.status === 'submitted' ? 'success' : filing.status === 'approved' ? 'accent' : 'warning'}
            >
              {FILING_STATUS_LABELS[filing.status]}
            </Badge>
          </h1>
          <p className="screen-subtitle">
            {kind.title} · to {kind.authority} · {incident.ref} {incident.title}
          </p>
        </div>
        <Button variant="ghost" size="sm" onClick={() => navigate({ name: 'incident', id: incident.id })}>
          Back to {incident.ref}
        </Button>
      </header>

      <section className="panel filing-status" aria-label="Deadline and status">
        {kind.note ? <p className="filing-note">{kind.note}</p> : null}
        <dl className="filing-facts">
          <dt>Regime</dt>
          <dd>{regimeName(filing.regime)}</dd>
          <dt>Deadline</dt>
          <dd>
            {clock?.dueAt ? (
              <>
                <DateTime iso={clock.dueAt} relative /> {late ? <Badge tone="danger">Late</Badge> : null}
              </>
            ) : clock ? (
              `No deadline yet: waiting for ${clock.waitingFor ?? 'an event'}.`
            ) : (
              'The regime no longer applies.'
            )}
          </dd>
          <dt>Rules</dt>
          <dd>
            Deadline rules {clock?.rulesVersion ?? filing.rulesVersion}; required content {filing.requirementsVersion}
          </dd>
          <dt>Approval</dt>
          <dd>
            {filing.approval ? (
              <>
                Approved for the legal role by {filing.approval.approver}, <DateTime iso={filing.approval.approvedAt} />
              </>
            ) : (
              'Not approved by the legal role yet.'
            )}
          </dd>
          <dt>Submission</dt>
          <dd>
            {filing.submission ? (
              <>
                Submitted <DateTime iso={filing.submission.submittedAt} />; authority’s reference{' '}
                <strong>{filing.submission.authorityReference}</strong> (recorded by {filing.submission.recordedBy})
              </>
            ) : (
              'Not submitted.'
            )}
          </dd>
        </dl>
        {missing.length > 0 ? (
          <div className="filing-missing" role="note" aria-label="Missing required items">
            <p className="filing-missing-title">
              {missing.length === 1 ? '1 required item is missing' : `${missing.length} required items are missing`}{' '}
              before approval and export:
            </p>
            <ul>
              {missing.map((item) => (
                <li key={item.id}>
                  {item.label} <span className="muted">({item.cite})</span>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="filing-complete">Every required item is filled in.</p>
        )}
        <div className="stack-inline">
          <Button icon="download" onClick={() => setDialog('pdf')}>
            Export signed PDF
          </Button>
          {editable && filing.status === 'draft' ? (
            <Button
              variant="primary"
              busy={busy}
              disabled={dirty || missing.length > 0 || approvalRefusal !== undefined}
              onClick={() => void act(() => approveFiling(db, actor, filing.id), `${filing.ref} approved.`)}
            >
              Approve for the legal role
            </Button>
          ) : null}
          {editable && filing.status === 'approved' ? (
            <Button variant="primary" onClick={() => setDialog('submit')}>
              Record submission
            </Button>
          ) : null}
        </div>
        {editable && filing.status === 'draft' ? (
          <p className="muted">
            {dirty
              ? 'Save the draft before approval.'
              : (approvalRefusal ??
                'Approval records you as the legal role’s approver; editing later returns it to draft.')}
          </p>
        ) : null}
        {error ? (
          <p className="form-alert" role="alert">
            {error}
          </p>
        ) : null}
      </section>

      <form
        className="panel filing-form"
        aria-label="Filing content"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void act(() => saveFiling(db, actor, filing.id, { items }), `${filing.ref} saved.`);
        }}
      >
        <h2 className="panel-title">Content</h2>
        {kind.items.map((item) => (
          <Field
            key={item.id}
            label={item.label}
            optional={item.required === false}
            hint={`${item.cite}${item.required === 'late' ? ' · required when late' : ''}${item.hint ? ` · ${item.hint}` : ''}`}
          >
            {(control) => (
              <textarea
                {...control}
                className="textarea"
                rows={Math.min(8, Math.max(2, (items[item.id] ?? '').split('\n').length + 1))}
                value={items[item.id] ?? ''}
                readOnly={!editable}
                onChange={(event) => setItems((current) => ({ ...current, [item.id]: event.target.value }))}
              />
            )}
          </Field>
        ))}
        {editable ? (
          <div className="form-footer">
            <Button type="submit" variant="primary" busy={busy} disabled={!dirty}>
              Save draft
            </Button>
            {filing.status === 'approved' ? (
              <span className="muted">Saving a change returns the filing to draft for a new approval.</span>
            ) : null}
          </div>
        ) : null}
      </form>

      {dialog === 'pdf' ? (
        <SignedDocumentDialog
          build={build}
          label={FILING_REPORT_LABEL}
          reference={filing.ref}
          fileName={`${filing.ref} regulatory filing.pdf`}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
      {dialog === 'submit' ? <FilingSubmissionDialog filing={filing} onClose={() => setDialog(undefined)} /> : null}
    </div>
  );
}
