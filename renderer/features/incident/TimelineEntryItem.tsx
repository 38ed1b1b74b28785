/**
 * One timeline entry: its kind, what was written, who wrote it, and both times, labelled — when it happened and when
 * it was recorded. Edits list each field's before and after; phase changes show their reason. A corrected entry
 * stays, struck through and marked "Corrected", with a button to its correction; a correction names what it
 * corrects and why.
 */
import { memo } from 'react';
import type { CorrectionEntry, TimelineEntry } from '../../../shared/domain/timeline';
import { ENTRY_KIND_LABELS, isCorrectable } from '../../../shared/domain/timeline';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { formatDateTime, formatTime, formatUtc, isSameLocalDay } from '../../ui/formatTime';

/** Moves focus to another entry of the timeline (a correction or what it corrects), scrolling it into view. */
function focusEntry(id: string): void {
  const target = document.getElementById(`entry-${id}`);
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

function EntryBody({ entry }: { readonly entry: TimelineEntry }) {
  switch (entry.kind) {
    case 'edit':
      return (
        <>
          <p className="entry-text">{entry.text}</p>
          <ul className="change-list">
            {entry.changes.map((change) => (
              <li key={change.field}>
                <span className="change-label">{change.label}:</span>{' '}
                <span className="change-before">{change.before}</span> <span aria-hidden="true">→</span>
                <span className="visually-hidden">changed to</span> <span className="change-after">{change.after}</span>
              </li>
            ))}
          </ul>
        </>
      );
    case 'phase-change':
    case 'checklist-step':
      return (
        <>
          <p className="entry-text">{entry.text}</p>
          {entry.reason ? (
            <p className="entry-reason">
              <span className="change-label">Reason:</span> {entry.reason}
            </p>
          ) : null}
        </>
      );
    case 'gate-override':
      return (
        <>
          <p className="entry-text">{entry.text}</p>
          <p className="entry-reason">
            <span className="change-label">Override reason:</span> {entry.reason}
          </p>
          <ul className="change-list" aria-label="Critical steps left open">
            {entry.openSteps.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      );
    case 'milestone':
      return (
        <>
          <p className="entry-text">{entry.text}</p>
          {entry.replacedAt ? (
            <p className="entry-reason">
              <span className="change-label">Previously recorded as:</span> {formatDateTime(entry.replacedAt)}
            </p>
          ) : null}
          {entry.note ? (
            <p className="entry-reason">
              <span className="change-label">Note:</span> {entry.note}
            </p>
          ) : null}
        </>
      );
    case 'correction':
      return (
        <>
          <p className="entry-text">{entry.text}</p>
          <p className="entry-reason">
            <span className="change-label">Reason:</span> {entry.reason}
          </p>
        </>
      );
    default:
      return <p className="entry-text">{entry.text}</p>;
  }
}

export interface TimelineEntryItemProps {
  readonly entry: TimelineEntry;
  /** The newest correction of this entry, when it was corrected. */
  readonly correction?: CorrectionEntry | undefined;
  /** For a correction: the entry it corrects. */
  readonly corrects?: TimelineEntry | undefined;
  /** Offered on entries a responder wrote while the timeline may change. */
  readonly onCorrect?: ((entry: TimelineEntry) => void) | undefined;
}

function TimelineEntryItemView({ entry, correction, corrects, onCorrect }: TimelineEntryItemProps) {
  const recorded = isSameLocalDay(entry.occurredAt, entry.createdAt)
    ? formatTime(entry.createdAt)
    : formatDateTime(entry.createdAt);
  const kind = ENTRY_KIND_LABELS[entry.kind];
  return (
    <li
      id={`entry-${entry.id}`}
      tabIndex={-1}
      className={`entry entry-${entry.kind}${correction ? ' is-corrected' : ''}`}
      aria-label={correction ? `${kind} by ${entry.createdBy}, corrected` : undefined}
    >
      <span className="entry-dot" aria-hidden="true" />
      <div className="entry-main">
        <div className="entry-head">
          <span className={`entry-kind kind-${entry.kind}`}>{kind}</span>
          <span className="entry-author">{entry.createdBy}</span>
          {correction ? <Badge tone="warning">Corrected</Badge> : null}
        </div>
        {correction ? (
          <p className="entry-text">
            <del className="entry-superseded">{entry.text}</del>
          </p>
        ) : (
          <EntryBody entry={entry} />
        )}
        {corrects ? (
          <p className="entry-reason">
            Corrects the {ENTRY_KIND_LABELS[corrects.kind].toLowerCase()} {corrects.createdBy} wrote at{' '}
            {formatDateTime(corrects.createdAt)}.{' '}
            <Button size="sm" variant="ghost" onClick={() => focusEntry(corrects.id)}>
              Show the original
            </Button>
          </p>
        ) : null}
        <p className="entry-times">
          occurred{' '}
          <time dateTime={entry.occurredAt} title={formatUtc(entry.occurredAt)}>
            {formatDateTime(entry.occurredAt)}
          </time>{' '}
          · recorded{' '}
          <time dateTime={entry.createdAt} title={formatUtc(entry.createdAt)}>
            {recorded}
          </time>
        </p>
        {correction || (onCorrect && isCorrectable(entry.kind)) ? (
          <div className="entry-actions">
            {correction ? (
              <Button size="sm" variant="ghost" onClick={() => focusEntry(correction.id)}>
                See the correction
              </Button>
            ) : null}
            {onCorrect && isCorrectable(entry.kind) ? (
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Correct the ${kind.toLowerCase()} of ${formatDateTime(entry.occurredAt)}`}
                onClick={() => onCorrect(entry)}
              >
                Correct
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
    </li>
  );
}

/** Memoised on the entry's revision: a new entry on a long timeline renders one item, not all of them. */
export const TimelineEntryItem = memo(
  TimelineEntryItemView,
  (a, b) =>
    a.entry.id === b.entry.id &&
    a.entry.rev === b.entry.rev &&
    a.correction?.id === b.correction?.id &&
    a.corrects?.id === b.corrects?.id &&
    a.onCorrect === b.onCorrect,
);
