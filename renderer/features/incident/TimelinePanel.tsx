/**
 * The incident's timeline: the add form, the order toggle, and every entry (newest or oldest first); written entries
 * can be corrected, and a corrected entry stays visible beside its correction. The entries follow the audit log
 * (`useTimeline`): a new entry reads that one row, and the entries already shown keep their objects, so only the new
 * entry's item renders; an entry added here is listed as committed at once, in the commit that clears the form.
 */
import { memo, useMemo, useState } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { latestCorrections, type TimelineEntry } from '../../../shared/domain/timeline';
import { useReadOnly } from '../../app/useLegalReview';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { AddTimelineEntryForm } from './AddTimelineEntryForm';
import { CorrectEntryDialog } from './CorrectEntryDialog';
import { useIncidentViewStore, type TimelineOrder } from './incidentViewStore';
import { TimelineEntryItem } from './TimelineEntryItem';
import { useTimelineRows } from './useTimeline';

/**
 * The add form re-renders when the incident opens or closes, not with every entry added to the list below it nor with
 * a phase change.
 */
const Form = memo(AddTimelineEntryForm);

const ORDER_OPTIONS = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
] as const satisfies ReadonlyArray<{ value: TimelineOrder; label: string }>;

const chronological = (a: TimelineEntry, b: TimelineEntry): number =>
  a.occurredAt.localeCompare(b.occurredAt) || a.createdAt.localeCompare(b.createdAt) || a.hlc.localeCompare(b.hlc);

export function TimelinePanel({ incident }: { readonly incident: Incident }) {
  const reviewOn = useReadOnly();
  const order = useIncidentViewStore((state) => state.timelineOrder);
  const setOrder = useIncidentViewStore((state) => state.setTimelineOrder);
  const { rows: entries, take } = useTimelineRows(incident.id);
  const { sorted, corrections, byId } = useMemo(() => {
    const inOrder = entries ? [...entries].sort(chronological) : [];
    if (order === 'newest') inOrder.reverse();
    return {
      sorted: inOrder,
      corrections: latestCorrections(entries ?? []),
      byId: new Map((entries ?? []).map((entry) => [entry.id, entry])),
    };
  }, [entries, order]);
  const [correcting, setCorrecting] = useState<TimelineEntry | null>(null);
  const canCorrect = !reviewOn && incident.phase !== 'closed';

  return (
    <section className="panel panel-timeline" aria-labelledby="timeline-title">
      <div className="panel-header">
        <h2 id="timeline-title" className="panel-title">
          Timeline
          {entries ? <span className="panel-count">{sorted.length}</span> : null}
        </h2>
        <SegmentedControl label="Timeline order" hideLabel value={order} options={ORDER_OPTIONS} onChange={setOrder} />
      </div>
      {reviewOn ? null : <Form incidentId={incident.id} closed={incident.phase === 'closed'} onAdded={take} />}
      {entries === undefined ? (
        <p className="muted">Loading the timeline…</p>
      ) : (
        <ol className="timeline" aria-label={`Timeline entries, ${order === 'newest' ? 'newest' : 'oldest'} first`}>
          {sorted.map((entry) => (
            <TimelineEntryItem
              key={entry.id}
              entry={entry}
              correction={corrections.get(entry.id)}
              corrects={entry.kind === 'correction' ? byId.get(entry.correctsId) : undefined}
              onCorrect={canCorrect ? setCorrecting : undefined}
            />
          ))}
        </ol>
      )}
      {correcting ? (
        <CorrectEntryDialog
          incidentId={incident.id}
          entry={correcting}
          currentText={corrections.get(correcting.id)?.text ?? correcting.text}
          onClose={() => setCorrecting(null)}
        />
      ) : null}
    </section>
  );
}
