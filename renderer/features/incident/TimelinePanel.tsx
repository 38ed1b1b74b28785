/** The incident's timeline: the add form, the order toggle, and every entry (newest or oldest first). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Incident } from '../../../shared/domain/incidents/incident';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import { useDatabase } from '../../app/DatabaseContext';
import { useReadOnly } from '../../app/useLegalReview';
import { liveTimelineOfSubject } from '../../db/timeline/queries';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { AddTimelineEntryForm } from './AddTimelineEntryForm';
import { useIncidentViewStore, type TimelineOrder } from './incidentViewStore';
import { TimelineEntryItem } from './TimelineEntryItem';

const ORDER_OPTIONS = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
] as const satisfies ReadonlyArray<{ value: TimelineOrder; label: string }>;

const chronological = (a: TimelineEntry, b: TimelineEntry): number =>
  a.occurredAt.localeCompare(b.occurredAt) || a.createdAt.localeCompare(b.createdAt) || a.hlc.localeCompare(b.hlc);

export function TimelinePanel({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const reviewOn = useReadOnly();
  const order = useIncidentViewStore((state) => state.timelineOrder);
  const setOrder = useIncidentViewStore((state) => state.setTimelineOrder);
  const entries = useLiveQuery(() => liveTimelineOfSubject(db, incident.id), [db, incident.id]);
  const sorted = entries ? [...entries].sort(chronological) : [];
  if (order === 'newest') sorted.reverse();

  return (
    <section className="panel panel-timeline" aria-labelledby="timeline-title">
      <div className="panel-header">
        <h2 id="timeline-title" className="panel-title">
          Timeline
          {entries ? <span className="panel-count">{sorted.length}</span> : null}
        </h2>
        <SegmentedControl label="Timeline order" hideLabel value={order} options={ORDER_OPTIONS} onChange={setOrder} />
      </div>
      {reviewOn ? null : <AddTimelineEntryForm incident={incident} />}
      {entries === undefined ? (
        <p className="muted">Loading the timeline…</p>
      ) : (
        <ol className="timeline" aria-label={`Timeline entries, ${order === 'newest' ? 'newest' : 'oldest'} first`}>
          {sorted.map((entry) => (
            <TimelineEntryItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
