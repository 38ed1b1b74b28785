/** One audit entry in full: who, when, what, and every hash (the record's value before and after, the chain links). */
import { AUDIT_OPERATION_LABELS, auditEntityWords, type AuditLogRow } from '../../../shared/domain/auditLog/view';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';

export function AuditEntryDetails({ row, onClose }: { readonly row: AuditLogRow; readonly onClose: () => void }) {
  const { entry, beforeHash } = row;
  return (
    <section className="audit-details panel" aria-label={`Entry ${entry.seq}`}>
      <div className="audit-details-header">
        <h2>Entry {entry.seq}</h2>
        <Button size="sm" variant="ghost" icon="x" onClick={onClose}>
          Close details
        </Button>
      </div>
      <dl className="audit-facts">
        <dt>When</dt>
        <dd>
          <DateTime iso={entry.at} />
        </dd>
        <dt>Actor</dt>
        <dd>
          {entry.actor}
          {entry.actorId ? <code className="audit-id"> {entry.actorId}</code> : null}
        </dd>
        <dt>Action</dt>
        <dd>{AUDIT_OPERATION_LABELS[entry.op]}</dd>
        <dt>Subject</dt>
        <dd>
          {auditEntityWords(entry.entity)} <code className="audit-id">{entry.entityId}</code>
        </dd>
        <dt>Value before</dt>
        <dd>{beforeHash === null ? 'None: this entry created the record' : <code>{beforeHash}</code>}</dd>
        <dt>Value after</dt>
        <dd>
          <code>{entry.valueHash}</code>
        </dd>
        <dt>Previous entry’s hash</dt>
        <dd>
          <code>{entry.prevHash}</code>
        </dd>
        <dt>This entry’s hash</dt>
        <dd>
          <code>{entry.hash}</code>
        </dd>
      </dl>
    </section>
  );
}
