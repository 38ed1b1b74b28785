/** Conflicts: legal-weight fields two sites changed at once, with each value, who set it and when; keeping one is an audited write with a reason. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/DatabaseContext';
import { liveConflicts } from '../../db/bundles/conflicts';
import { EmptyState } from '../../ui/EmptyState';
import { SettingsSection } from '../settings/SettingsSection';
import { ConflictRow } from './ConflictRow';

export function ConflictsPanel() {
  const db = useDatabase();
  const conflicts = useLiveQuery(() => liveConflicts(db), [db]);
  return (
    <SettingsSection
      title="Conflicts"
      description="Severity, incident types, detection and awareness times, phase, legal hold and regulatory facts are never chosen by the clock: when two sites changed one at once, a person decides."
    >
      <div className="stack bundle-panel">
        {conflicts && conflicts.length === 0 ? (
          <EmptyState icon="check" title="No conflicts">
            Bundles merged so far agree on every legal-weight field.
          </EmptyState>
        ) : null}
        {(conflicts ?? []).map((conflict) => (
          <ConflictRow key={`${conflict.entity}:${conflict.id}:${conflict.field}`} conflict={conflict} />
        ))}
      </div>
    </SettingsSection>
  );
}
