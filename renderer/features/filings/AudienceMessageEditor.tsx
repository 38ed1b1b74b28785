/** One audience's message: draft it, edit and save versions, approve for the legal role, export as text or signed PDF. */
import { useCallback, useState } from 'react';
import {
  MESSAGE_AUDIENCE_LABELS,
  isLatestApproved,
  latestVersion,
  type AudienceMessage,
  type MessageAudience,
} from '../../../shared/domain/filings/audienceMessage';
import { legalApprovalRefusal } from '../../../shared/domain/filings/filing';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { safeFileName } from '../../../shared/ipc/fileName';
import { MESSAGE_REPORT_LABEL, messageAsText } from '../../../shared/reports/filingReport';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { approveMessage, saveMessageVersion } from '../../db/filings/messages';
import { hostClient } from '../../host/hostClient';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import type { DocumentContext } from '../reports/useReportRender';
import { messageDocument } from './filingReportSource';
import { SignedDocumentDialog } from './SignedDocumentDialog';

export function AudienceMessageEditor({
  incident,
  audience,
  message,
  readOnly,
}: {
  readonly incident: Incident;
  readonly audience: MessageAudience;
  readonly message: AudienceMessage | undefined;
  readonly readOnly: boolean;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const label = MESSAGE_AUDIENCE_LABELS[audience].toLowerCase();
  const latest = message ? latestVersion(message) : undefined;
  const [body, setBody] = useState(latest?.body ?? '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [pdfOpen, setPdfOpen] = useState(false);
  const build = useCallback(
    (context: DocumentContext) => (message ? messageDocument(db, message, context) : Promise.reject(new Error())),
    [db, message],
  );

  const act = async (action: () => Promise<unknown>) => {
    setError(undefined);
    setBusy(true);
    try {
      await action();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  const exportText = async () => {
    if (!message) return;
    const result = await hostClient().invoke('files:saveExport', {
      suggestedName: safeFileName(`${incident.ref} message to ${label}.txt`, 'message.txt'),
      mediaType: 'text/plain',
      content: messageAsText(message, incident.ref),
    });
    if (!result.ok) showToast('error', result.error.message);
    else if (result.value.status === 'saved') showToast('success', `Saved ${result.value.path}`);
  };

  if (!message || !latest) {
    return (
      <div className="message-empty">
        <p className="muted">
          No message to {label} yet.{' '}
          {audience === 'affected-users' ? 'It is drafted in plain language, without jargon or references. ' : ''}
          Draft it from what the incident records, then edit it.
        </p>
        {readOnly ? null : (
          <Button
            variant="primary"
            size="sm"
            busy={busy}
            onClick={() => void act(() => saveMessageVersion(db, actor, incident.id, { audience }))}
          >
            Draft message to {label}
          </Button>
        )}
        {error ? (
          <p className="form-alert" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    );
  }
  const approved = isLatestApproved(message);
  const refusal = legalApprovalRefusal(incident, actor.personId);
  const dirty = body !== latest.body;
  return (
    <div className="message-editor">
      <p>
        Version {latest.version}, saved <DateTime iso={latest.savedAt} /> by {latest.savedBy}{' '}
        {approved ? (
          <Badge tone="success">Approved by {message.approval?.approver}</Badge>
        ) : (
          <Badge tone="warning">Not approved</Badge>
        )}
      </p>
      <Field label={`Message to ${label}`}>
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={10}
            value={body}
            readOnly={readOnly}
            onChange={(event) => setBody(event.target.value)}
          />
        )}
      </Field>
      <div className="stack-inline">
        {readOnly ? null : (
          <Button
            variant="primary"
            size="sm"
            busy={busy}
            disabled={!dirty}
            onClick={() => void act(() => saveMessageVersion(db, actor, incident.id, { audience, body }))}
          >
            Save as version {latest.version + 1}
          </Button>
        )}
        {readOnly || approved ? null : (
          <Button
            size="sm"
            busy={busy}
            disabled={dirty || refusal !== undefined}
            onClick={() => void act(() => approveMessage(db, actor, incident.id, audience))}
          >
            Approve version {latest.version} for the legal role
          </Button>
        )}
        <Button size="sm" variant="ghost" icon="download" disabled={dirty} onClick={() => void exportText()}>
          Export text
        </Button>
        <Button size="sm" variant="ghost" icon="download" disabled={dirty} onClick={() => setPdfOpen(true)}>
          Export signed PDF
        </Button>
      </div>
      {!readOnly && !approved && refusal !== undefined ? <p className="muted">{refusal}</p> : null}
      {dirty ? <p className="muted">Save the change as a new version before approving or exporting it.</p> : null}
      {error ? (
        <p className="form-alert" role="alert">
          {error}
        </p>
      ) : null}
      <details className="message-versions">
        <summary>Versions ({message.versions.length})</summary>
        <ol aria-label={`Versions of the message to ${label}`}>
          {message.versions.toReversed().map((version) => (
            <li key={version.version}>
              <p>
                <strong>Version {version.version}</strong>, <DateTime iso={version.savedAt} /> by {version.savedBy}
                {message.approval?.version === version.version ? ` · approved by ${message.approval.approver}` : ''}
              </p>
              <p className="message-version-body">{version.body}</p>
            </li>
          ))}
        </ol>
      </details>
      {pdfOpen ? (
        <SignedDocumentDialog
          build={build}
          label={`${MESSAGE_REPORT_LABEL} to ${label}`}
          reference={incident.ref}
          fileName={`${incident.ref} message to ${label}.pdf`}
          onClose={() => setPdfOpen(false)}
        />
      ) : null}
    </div>
  );
}
